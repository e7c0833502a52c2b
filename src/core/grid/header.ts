/**
 * Finding a table's header in a grid: the row naming an indicator and at least one other field,
 * and its second row when the header has two (`Target` merged over `2021 | 2022 | 2023`,
 * `Consuntivo` over `30/09 | 31/12`), or its parent row above. Each column's header is the parent
 * and the sub-header joined ("Target 2021", "Consuntivo 30/09").
 */
import { foldHeaderText } from "./header-text";
import { isSubHeader, readHeader } from "./read-header";
import type { HeaderReading } from "./vocabulary";
import type { GridView } from "./view";

/** Headers given by the user's mapping, folded: a row holding them is a header too. */
export type KnownHeaders = ReadonlySet<string>;

const MIN_CONFIDENCE = 0.75;

function isNameLike(r: HeaderReading): boolean {
  return (r.kind.f === "text" && r.kind.field === "name") || r.kind.f === "nameOrExtra";
}

/**
 * The row reads as a table header: an indicator-name column and at least one more field, and most
 * of its cells are header words (a data row may hold a word such as "nota" or "Indicatore 3").
 */
export function isHeaderRow(view: GridView, r: number, known: KnownHeaders): boolean {
  let name = false;
  let knownHits = 0;
  let headerish = 0;
  const fields = new Set<string>();
  const cells = view.filled(r);
  for (const c of cells) {
    const v = view.raw(r, c);
    if (typeof v !== "string") {
      if (typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100) headerish++;
      continue;
    }
    if (v.length > 80) return false;
    if (known.size > 0 && known.has(foldHeaderText(v))) knownHits++;
    const reading = readHeader(v);
    if (reading === null || reading.confidence < MIN_CONFIDENCE) continue;
    if (reading.kind.f === "extra") {
      if (reading.kind.why !== "unknown") headerish++;
      continue;
    }
    headerish++;
    if (isNameLike(reading)) name = true;
    else
      fields.add(
        reading.kind.f === "text" || reading.kind.f === "programme"
          ? `${reading.kind.f}.${reading.kind.field}`
          : `${reading.kind.f}@${c}`
      );
  }
  if (knownHits >= 2 && knownHits * 2 >= cells.length) return true;
  return name && fields.size >= 1 && headerish * 2 >= cells.length;
}

const NAME_START = /^\s*(?:indicator|kpi|descrizione|nome|denominazione|valenza)/i;

/**
 * Quick test before the full one, for rows inside a table: the cell under the name column is a
 * name header word itself ("Indicatore", not "Indicatore di soddisfazione …").
 */
export function mayBeHeaderRow(view: GridView, r: number, nameColumn: number): boolean {
  const v = view.raw(r, nameColumn);
  // a header word has no digits ("Indicatore", not "Indicatore n. 12")
  if (typeof v !== "string" || v.length > 40 || !NAME_START.test(v) || /\d/.test(v)) return false;
  const reading = readHeader(v);
  return reading !== null && isNameLike(reading) && reading.confidence >= 0.8;
}

/** A row of sub-headers under `upper`: years, dates, "1° anno", "triennio" (and header words). */
function isSubHeaderRow(view: GridView, r: number): boolean {
  const cells = view.filled(r);
  if (cells.length === 0) return false;
  let sub = 0;
  for (const c of cells) {
    const t = view.rawText(r, c);
    if (isSubHeader(t)) {
      sub++;
      continue;
    }
    const reading = readHeader(t);
    if (reading === null || reading.confidence < MIN_CONFIDENCE || reading.kind.f === "extra")
      return false;
  }
  return sub > 0;
}

/** Text of the upper header row at column c: its own cell, its merge's text, or a group to its left. */
function parentText(view: GridView, upper: number, lower: number, c: number): string {
  const own = view.rawText(upper, c);
  if (own !== "") return own;
  const [rr, cc] = view.owner(upper, c);
  if (rr === upper && cc !== c) return view.rawText(rr, cc);
  if (rr < upper) return view.rawText(rr, cc);
  // a group written once, its cells to the right left empty (a CSV has no merges)
  if (!isSubHeader(view.rawText(lower, c))) return "";
  for (let k = c - 1; k >= 0; k--) {
    if (!isSubHeader(view.rawText(lower, k))) return "";
    const t = view.rawText(upper, k);
    if (t !== "") return t;
  }
  return "";
}

export interface HeaderFound {
  /** grid rows of the header, top first */
  rows: number[];
  /** each column's header, the two rows joined */
  texts: string[];
  /** the first data row */
  dataStart: number;
}

function joined(view: GridView, upper: number, lower: number): string[] {
  const texts: string[] = [];
  for (let c = 0; c < view.width; c++) {
    const top = parentText(view, upper, lower, c);
    const bottom = view.isCovered(lower, c) ? "" : view.rawText(lower, c);
    texts.push(top === "" ? bottom : bottom === "" || bottom === top ? top : `${top} ${bottom}`);
  }
  return texts;
}

/** The header starting at row r (a header row), with its second row or its parent row. */
export function headerAt(view: GridView, r: number, floor: number): HeaderFound {
  if (r + 1 < view.height && isSubHeaderRow(view, r + 1)) {
    return { rows: [r, r + 1], texts: joined(view, r, r + 1), dataStart: r + 2 };
  }
  if (r - 1 >= floor && !view.blankRow(r - 1)) {
    const above = view.filled(r - 1);
    const parentOnly = above.every((c) => {
      const reading = readHeader(view.rawText(r - 1, c));
      if (reading === null || reading.kind.f === "extra") return false;
      const right = view.spanRight(r - 1, c);
      for (let k = c; k <= right; k++) if (isSubHeader(view.rawText(r, k))) return true;
      return isSubHeader(view.rawText(r, c));
    });
    if (parentOnly) return { rows: [r - 1, r], texts: joined(view, r - 1, r), dataStart: r + 1 };
  }
  const texts: string[] = [];
  for (let c = 0; c < view.width; c++) texts.push(view.isCovered(r, c) ? "" : view.rawText(r, c));
  // a header cell merged across columns names each of them
  for (let c = 0; c < view.width; c++) {
    if (texts[c] !== "") continue;
    const [rr, cc] = view.owner(r, c);
    if (rr === r && cc !== c) texts[c] = view.rawText(rr, cc);
  }
  return { rows: [r], texts, dataStart: r + 1 };
}
