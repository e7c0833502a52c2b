/**
 * A PDF page as the layout reasoning sees it: plain positioned words (text runs), in points, y
 * growing downwards from the top of the page. What the PDF library gives is turned into this by
 * the adapter; everything after is ours and is tested without PDFs.
 */
export interface PdfWord {
  text: string;
  /** left edge */
  x: number;
  /** baseline, from the top of the page */
  y: number;
  width: number;
  /** font size (the text's height) */
  size: number;
}

export interface PdfPage {
  /** 1-based */
  number: number;
  width: number;
  height: number;
  words: PdfWord[];
}

/** Work done, counted (the property tests bound it by the input's size). */
export interface Steps {
  n: number;
}
