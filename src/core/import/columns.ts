/**
 * Header words of the indicator tables, tolerant to the typos of real documents ("CONSUNTIVO O AL",
 * "Indicator e", "Tipologia indicator e"): a header cell is compared with its spaces removed.
 */
import { compact, foldLineText, type LineCell, type Line } from "./lines";

export type ColumnField =
  | { kind: "name" }
  | { kind: "formula" }
  | { kind: "typology" }
  | { kind: "unit" }
  | { kind: "source" }
  | { kind: "performance" }
  /** an actual at a date; `yearEnd` for "Stato 2020" / "Consuntivo 2020" */
  | { kind: "actual"; year: number; month: number; day: number }
  | { kind: "target"; year: number }
  | { kind: "triennium" };

const DATE = /(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})(?!\d)/;

/** "30.9.2020", "30/09/20" → {year, month, day}; null when the text holds no date. */
export function findDate(text: string): { year: number; month: number; day: number } | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = Number(m[3]);
  if (m[3].length === 2) year += 2000;
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return { year, month, day };
}

/** Header cells are short; longer text is data. */
const MAX_HEADER = 60;

/** What a header cell names, or null. */
export function classifyHeader(text: string): ColumnField | null {
  if (text.length > MAX_HEADER) return null;
  const c = compact(text);
  if (c === "") return null;
  if (c.includes("tipologia")) return { kind: "typology" };
  if (c.startsWith("valenza") || /^(nome)?indicatore$/.test(c) || c === "descrizioneindicatore")
    return { kind: "name" };
  if (c.includes("algoritmo") || c.startsWith("formula") || c.includes("mododicalcolo"))
    return { kind: "formula" };
  if (
    c === "udm" ||
    c === "u.d.m." ||
    c.includes("unitadimisura") ||
    c.startsWith("unita") ||
    c === "misura"
  )
    return { kind: "unit" };
  if (c.startsWith("fonte")) return { kind: "source" };
  if (c.startsWith("performance") || c.startsWith("gradodiraggiungimento"))
    return { kind: "performance" };
  const target = /^(?:target|valoreobiettivo|valoreatteso)(?:anno)?(\d{4})$/.exec(c);
  if (target) return { kind: "target", year: Number(target[1]) };
  if (/^(?:target|valoreobiettivo)(?:triennio|triennale|deltriennio)$/.test(c))
    return { kind: "triennium" };
  const yearEnd = /^(?:stato|consuntivo|valore|risultato)(?:al|anno)?(\d{4})$/.exec(c);
  if (yearEnd) return { kind: "actual", year: Number(yearEnd[1]), month: 12, day: 31 };
  const date = findDate(foldLineText(text));
  if (
    date &&
    (/^(consuntivo|valore|stato|risultato|al|dato|rilevazione)/.test(c) ||
      /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(c))
  )
    return { kind: "actual", ...date };
  return null;
}

export interface ColumnMap {
  /** column index → field */
  fields: Map<number, ColumnField>;
  /** header text of each column, for reasons */
  headers: Map<number, string>;
}

/** A column map when the line reads as an indicator table header, else null. */
export function readIndicatorHeader(line: Line): ColumnMap | null {
  const fields = new Map<number, ColumnField>();
  const headers = new Map<number, string>();
  let values = 0;
  let texts = 0;
  for (const cell of line.cells) {
    if (cell.text === "") continue;
    const f = classifyHeader(cell.text);
    headers.set(cell.index, cell.text);
    if (!f) continue;
    fields.set(cell.index, f);
    if (f.kind === "actual" || f.kind === "target" || f.kind === "triennium") values++;
    else texts++;
  }
  if (values === 0 || values + texts < 3) return null;
  const kinds = [...fields.values()].map((f) => f.kind);
  if (!kinds.includes("name") && !kinds.includes("formula")) return null;
  return { fields, headers };
}

/** Only header words besides the first cell: "Stato di Salute Finanziaria | | | Performance". */
export function isCaptionRow(line: Line): boolean {
  const filled = line.cells.filter((c) => c.text !== "");
  if (filled.length < 2 || filled[0].index !== 0) return false;
  if (classifyHeader(filled[0].text) || readLabel(filled[0].text)) return false;
  return filled.slice(1).every((c) => classifyHeader(c.text) !== null);
}

export type LabelKind =
  | "strategicArea"
  | "strategicProgramme"
  | "responsible"
  | "budget"
  | "benefits"
  | "stakeholders"
  | "objective"
  | "description"
  | "conditions"
  | "phases"
  | "progress"
  | "indicators";

const LABELS: [RegExp, LabelKind][] = [
  [/^area strategica$/, "strategicArea"],
  [/^programma( strategico)?$/, "strategicProgramme"],
  [
    /^(centro di )?responsabilita'?$|^responsabile$|^centro di responsabilita' amministrativa$/,
    "responsible",
  ],
  [/^budget( mastro( \d+)?)?( \(?(euro|€)\)?)?$|^risorse (finanziarie|assegnate)$/, "budget"],
  [/^benefici( attesi)?$/, "benefits"],
  [/^portatori d'? ?interess[ei]$|^portatori di interess[ei]$|^stakeholders?$/, "stakeholders"],
  [/^obiettiv[oi]( strategico)?$/, "objective"],
  [/^descrizione$/, "description"],
  [/^condizioni$/, "conditions"],
  [/^fasi$/, "phases"],
  [/^indicator[ei] di avanzamento$/, "progress"],
  [/^indicatori$/, "indicators"],
];

/** The row label a cell names ("Centro di Responsabilità", "Budget mastro 8"), or null. */
export function readLabel(text: string): LabelKind | null {
  if (text.length > MAX_HEADER) return null;
  let f = foldLineText(text);
  // trailing ":" and "." taken off by a scan ("[:.]+$" is quadratic on a run of them)
  let end = f.length;
  while (end > 0 && (f[end - 1] === ":" || f[end - 1] === ".")) end--;
  f = f.slice(0, end).trim();
  if (f === "") return null;
  for (const [re, kind] of LABELS) if (re.test(f)) return kind;
  return null;
}

/** The label cell of a row: the first cell, or the second when the first is empty (row shifted right). */
export function labelCell(line: Line): { cell: LineCell; kind: LabelKind } | null {
  const first = line.cells.find((c) => c.text !== "");
  if (!first || first.index > 1) return null;
  const kind = readLabel(first.text);
  return kind ? { cell: first, kind } : null;
}
