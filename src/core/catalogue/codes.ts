/**
 * Mission and programme codes. A code is always three digits ("011"); documents write "11", "011",
 * spreadsheets hold the number 11.
 */

/**
 * A mission or programme code as three digits: "11" → "011", 11 → "011", "011" → "011", " 5 " → "005".
 * Accepts 1 to 3 digits (surrounding spaces allowed) or an integer 1..999. Anything else → null
 * ("0", "1000", "11a", 11.5, "").
 */
export function normaliseCode(x: string | number): string | null {
  if (typeof x === "number") {
    if (!Number.isInteger(x) || x < 1 || x > 999) return null;
    return String(x).padStart(3, "0");
  }
  if (typeof x !== "string") return null;
  const t = x.trim();
  if (!/^\d{1,3}$/.test(t)) return null;
  if (Number(t) === 0) return null;
  return t.padStart(3, "0");
}

export interface ProgrammeCode {
  /** three digits */
  mission: string;
  /** three digits */
  programme: string;
}

/**
 * A programme code written with its mission: "011.005", "11.5", "011 005", "11-005", "011/005",
 * "11.005" → {mission: "011", programme: "005"}. The part after the separator is a code of its own
 * (left-padded), so "11.5" is 011.005, not 011.500. A number is read as its shortest decimal
 * writing (11.005 → "11.005"); note 11.050 in a cell is the number 11.05 → 011.005.
 * Invalid → null.
 */
export function parseProgrammeCode(x: string | number): ProgrammeCode | null {
  let text: string;
  if (typeof x === "number") {
    if (!Number.isFinite(x)) return null;
    text = String(x);
  } else if (typeof x === "string") {
    text = x;
  } else {
    return null;
  }
  const m = /^\s*(\d{1,3})(?:\s*[.\-/]|\s)\s*(\d{1,3})\s*$/.exec(text);
  if (!m) return null;
  const mission = normaliseCode(m[1]);
  const programme = normaliseCode(m[2]);
  if (mission === null || programme === null) return null;
  return { mission, programme };
}

/** "011.005" */
export function formatProgrammeCode(mission: string, programme: string): string {
  return `${mission}.${programme}`;
}
