/** A1 cell addresses ↔ 1-based row and column numbers: "A" is column 1, "AA" column 27. */

/** 1 → "A", 27 → "AA"; "" for 0. */
export function columnLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 27, either case; the letters are not checked (see cellOfAddress). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    n = n * 26 + (c >= 97 ? c - 96 : c - 64);
  }
  return n;
}

/** (3, 2) → "B3". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "BC12" (either case, no "$") → {row: 12, col: 55}; null for anything else. */
export function cellOfAddress(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (col === 0 || i === ref.length) return null;
  for (let j = i; j < ref.length; j++) {
    const c = ref.charCodeAt(j);
    if (c < 48 || c > 57) return null;
  }
  const row = Number(ref.slice(i));
  return row > 0 ? { row, col } : null;
}
