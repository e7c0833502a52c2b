/**
 * The analyst's own columns (a record's `extra`: original header → text) as columns of Programmi
 * and Indicatori, and back. A header is written as it is unless it would be taken for a PIRA
 * column (or repeats one already written): then it is written "Extra: <header>". Reading, every
 * column that is not a PIRA column is an extra column, its "Extra: " prefix removed.
 */
import { canonicalHeader } from "./headers";
import type { Scalar } from "../write/spec";

const EXTRA_PREFIX = "Extra: ";
const PREFIXED = /^Extra(?: \(\d{1,4}\))?: /;

export interface ExtraColumn {
  /** the key in `extra` */
  key: string;
  /** the column's header */
  header: string;
}

/** The extra columns of records, keys in first-seen order. `taken`: a folded header is a PIRA column. */
export function extraColumns(
  records: readonly { extra?: Record<string, string> }[],
  taken: (folded: string) => boolean
): ExtraColumn[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r.extra ?? {})) {
      if (seen.has(k)) continue;
      seen.add(k);
      keys.push(k);
    }
  }
  const used = new Set<string>();
  return keys.map((key) => {
    const plain = canonicalHeader(key);
    let header = key;
    // prefixed when it would read as a PIRA column, repeats another, or reads as prefixed itself
    if (plain === "" || taken(plain) || used.has(plain) || PREFIXED.test(key))
      header = EXTRA_PREFIX + key;
    for (let n = 2; used.has(canonicalHeader(header)); n++) header = `Extra (${n}): ${key}`;
    used.add(canonicalHeader(header));
    return { key, header };
  });
}

/** The key an extra column's header stands for. */
export function extraKeyOf(header: string): string {
  const m = PREFIXED.exec(header);
  return m ? header.slice(m[0].length) : header;
}

/** A cell of an extra column as text: numbers as written in the cell ("30%" for 0.3 shown as a percentage). */
export function extraText(v: Scalar, format: string | null): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v.trim() === "" ? null : v;
  if (typeof v === "boolean") return v ? "sì" : "no";
  if (typeof v === "number" && format !== null && format.includes("%"))
    return `${String(Math.round(v * 1e10) / 1e8).replace(".", ",")}%`;
  return String(v).replace(".", ",");
}
