/**
 * Diagnostic codes of what reading an analyst's file finds about the file itself (the 960 range),
 * beside the table reader's own (920): a CSV line, the text's encoding, a Word part not read.
 */
export const READING_CODES = {
  /** a CSV quote opened and never closed */
  quoteNotClosed: "PIRA-W960",
  /** a CSV line written with another delimiter */
  otherDelimiter: "PIRA-W961",
  /** bytes that are not in the encoding the file declares (a UTF-8 byte-order mark before Windows-1252 bytes) */
  encoding: "PIRA-W962",
  /** content of a Word document that is not read (altChunk, an embedded object, a chart) */
  wordNotRead: "PIRA-W963",
  /** a Word footnote or endnote that could not be made a note of an indicator */
  noteNotAttached: "PIRA-W964",
} as const;
