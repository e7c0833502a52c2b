/** A Word document's paragraph: a marker, a scheda field, the document's title, or reported. */
import { paragraphPlace } from "./place";
import type { ReadState } from "./read-state";
import { GRID_REASONS } from "./report";
import { labelField, readMarker, splitLabel } from "./sections";

export function readParagraph(
  state: ReadState,
  input: string,
  level: number | null,
  paragraph: number
): void {
  const { report, schede, titles } = state;
  const text = input.replace(/\s+/g, " ").trim();
  if (text === "") return;
  const place = paragraphPlace(paragraph);
  const marker = readMarker(text);
  if (marker) {
    schede.open(marker, place);
    report.placed++;
    return;
  }
  const label = splitLabel(text);
  if (label) {
    const field = labelField(label.label);
    if (field && schede.field(field, label.label, label.value)) {
      report.placed++;
      return;
    }
  }
  if (level !== null && titles.title === null && state.options.title === undefined) {
    titles.title = text;
    titles.note(text);
    report.placed++;
    return;
  }
  if (level !== null) titles.note(text);
  report.reject(place, text, level !== null ? GRID_REASONS.heading : GRID_REASONS.prose);
}
