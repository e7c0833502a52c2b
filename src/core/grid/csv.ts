/**
 * A CSV file's text into a grid: the delimiter detected (";" as Italian Excel writes, "," or tab;
 * a first line "sep=;" says it), fields quoted as RFC 4180 says ("" inside quotes, line breaks
 * inside quoted fields), CRLF, LF or CR line endings. Each record keeps the line it starts on, so a
 * diagnostic points at the file's line. Lenient where files are, and saying where: a quote inside
 * an unquoted field is a character, text after a closing quote is kept; a quote never closed is
 * read as a character (the rest of the file is not swallowed into one field); a line written with
 * another delimiter (one field holding as many of another delimiter as the table has columns) is
 * read with that delimiter. Bounded by the content: a run of blank lines is one blank record (it
 * separates tables as one does), and a record of more than MAX_FIELDS fields refuses the file.
 */
import { message, type Message } from "../message";
import { READING_CODES } from "../text";
import type { Grid } from "./types";

export type Delimiter = ";" | "," | "\t";

/** What reading found about the file itself, with the line it is on. */
export interface CsvProblem {
  code: string;
  line: number;
  message: Message;
}

export interface CsvRead {
  grid: Grid;
  delimiter: Delimiter;
  /** said where (each message names its line) */
  problems: Message[];
  /** the same, as diagnostics want them */
  found: CsvProblem[];
  /** set when the file cannot be read as a table (the grid is then empty) */
  refusal: Message | null;
}

const CSV_CODES = READING_CODES;

/** The widest record read (Excel's own limit: 16,384 columns). */
export const MAX_FIELDS = 16_384;

const CANDIDATES: Delimiter[] = [";", "\t", ","];
const SNIFF = 64 * 1024;

/** Counts of each candidate outside quotes, line by line, over the first part of the text. */
function detect(text: string): Delimiter {
  const end = Math.min(text.length, SNIFF);
  const counts: Record<Delimiter, number[]> = { ";": [], "\t": [], ",": [] };
  const line: Record<Delimiter, number> = { ";": 0, "\t": 0, ",": 0 };
  let quoted = false;
  let lineHasText = false;
  const flush = () => {
    if (lineHasText) for (const d of CANDIDATES) counts[d].push(line[d]);
    for (const d of CANDIDATES) line[d] = 0;
    lineHasText = false;
  };
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) flush();
    else if (!quoted && (ch === ";" || ch === "\t" || ch === ",")) {
      line[ch]++;
      lineHasText = true;
    } else if (ch !== " ") lineHasText = true;
  }
  flush();
  let best: Delimiter = ";";
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const list = counts[d].filter((n) => n > 0);
    if (list.length === 0) continue;
    const freq = new Map<number, number>();
    for (const n of list) freq.set(n, (freq.get(n) ?? 0) + 1);
    let mode = 0;
    for (const f of freq.values()) if (f > mode) mode = f;
    // lines sharing the most frequent count, then how many lines have the delimiter at all
    const score = mode * 1000 + list.length;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

interface Records {
  rows: string[][];
  lines: number[];
  /** [start, end) of each record in the text (its line ending excluded) */
  spans: [number, number][];
  /** lines where a quote was opened and never closed */
  unclosed: number[];
  /** the line of a record wider than MAX_FIELDS */
  tooWide: number | null;
}

/** The records of `text` from offset `i` (on line `line`), fields split on `d`. Linear. */
function records(text: string, i: number, line: number, d: string): Records {
  const out: Records = { rows: [], lines: [], spans: [], unclosed: [], tooWide: null };
  const n = text.length;
  let blankBefore = false;
  // where the quoted field whose text starts at a quote ends (-1: never), each quote asked once,
  // so quotes never closed cost one pass, not one pass each
  const memo = new Map<number, number>();
  const closeFrom = (x: number): number => {
    const chain: number[] = [];
    let q = text.indexOf('"', x);
    let result = -1;
    while (q >= 0) {
      const known = memo.get(q);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(q);
      if (text[q + 1] !== '"') {
        result = q;
        break;
      }
      q = text.indexOf('"', q + 2);
    }
    for (const c of chain) memo.set(c, result);
    return result;
  };
  while (i < n) {
    const row: string[] = [];
    const start = line;
    const from = i;
    for (;;) {
      let field = "";
      if (text[i] === '"') {
        // the closing quote: the next '"' not doubled; none → the quote is a character
        const close = closeFrom(i + 1);
        if (close < 0) {
          out.unclosed.push(line);
        } else {
          const inner = text.slice(i + 1, close);
          for (let k = 0; k < inner.length; k++) {
            const ch = inner[k];
            if (ch === "\n" || (ch === "\r" && inner[k + 1] !== "\n")) line++;
          }
          field = inner.split('""').join('"');
          i = close + 1;
        }
      }
      // unquoted text (or text after a closing quote) up to the delimiter or the line's end
      let j = i;
      while (j < n) {
        const ch = text[j];
        if (ch === d || ch === "\n" || ch === "\r") break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
      row.push(field);
      if (row.length > MAX_FIELDS) {
        out.tooWide = start;
        return out;
      }
      if (i >= n) break;
      if (text[i] === d) {
        i++;
        if (i >= n) {
          row.push("");
          break;
        }
        continue;
      }
      break;
    }
    const to = i;
    // the line end
    if (i < n) {
      if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
      else i++;
      line++;
    }
    // a run of blank lines is one blank record
    const blank = row.length === 1 && row[0] === "";
    if (blank && blankBefore) continue;
    blankBefore = blank;
    out.rows.push(row);
    out.lines.push(start);
    out.spans.push([from, to]);
  }
  return out;
}

/** The most frequent field count among records of more than one field (0 if none). */
function usualWidth(rows: readonly string[][]): number {
  const freq = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const r of rows) {
    if (r.length < 2) continue;
    const c = (freq.get(r.length) ?? 0) + 1;
    freq.set(r.length, c);
    if (c > bestCount) {
      best = r.length;
      bestCount = c;
    }
  }
  return best;
}

/** The grid of a CSV text (already decoded; a leading byte-order mark is dropped). */
export function readCsv(input: string): CsvRead {
  let text = String(input ?? "");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const found: CsvProblem[] = [];
  let line = 1;
  let i = 0;
  let delimiter: Delimiter | null = null;
  const sep = /^sep=([;,\t])\r?\n?/i.exec(text.slice(0, 8));
  if (sep) {
    delimiter = sep[1] as Delimiter;
    i = sep[0].length;
    line = 2;
  }
  const d = delimiter ?? detect(text);
  const r = records(text, i, line, d);
  const empty = (refusal: Message): CsvRead => ({
    grid: { rows: [], merges: [], origin: { kind: "csv", lines: [] } },
    delimiter: d,
    problems: [refusal],
    found: [],
    refusal,
  });
  if (r.tooWide !== null)
    return empty(
      message(
        `Riga ${r.tooWide}: più di ${MAX_FIELDS.toLocaleString("it")} campi (il massimo di Excel): il file non è letto come tabella.`,
        `Line ${r.tooWide}: more than ${MAX_FIELDS.toLocaleString("en")} fields (Excel's maximum): the file is not read as a table.`
      )
    );
  for (const l of r.unclosed)
    found.push({
      code: CSV_CODES.quoteNotClosed,
      line: l,
      message: message(
        `Riga ${l}: virgolette aperte e mai chiuse; lette come un carattere del campo (il resto del file è letto riga per riga).`,
        `Line ${l}: a quote opened and never closed; read as a character of the field (the rest of the file is read line by line).`
      ),
    });
  // a line written with another delimiter: one field holding as many of it as the table has columns
  const width = usualWidth(r.rows);
  const shown = (x: string) => (x === "\t" ? "tab" : `«${x}»`);
  r.rows.forEach((row, k) => {
    if (row.length !== 1 || width < 3) return;
    const [from, to] = r.spans[k];
    const raw = text.slice(from, to);
    for (const other of CANDIDATES) {
      if (other === d || raw.indexOf(other) < 0) continue;
      const again = records(raw, 0, r.lines[k], other);
      const fields = again.rows.length === 1 ? again.rows[0].length : 0;
      if (fields === width) {
        r.rows[k] = again.rows[0];
        found.push({
          code: CSV_CODES.otherDelimiter,
          line: r.lines[k],
          message: message(
            `Riga ${r.lines[k]}: scritta con il separatore ${shown(other)} invece di ${shown(d)}; letta con ${shown(other)} (${fields} campi, come le altre righe).`,
            `Line ${r.lines[k]}: written with the delimiter ${shown(other)} instead of ${shown(d)}; read with ${shown(other)} (${fields} fields, as the other lines).`
          ),
        });
        return;
      }
      if (fields >= 3)
        found.push({
          code: CSV_CODES.otherDelimiter,
          line: r.lines[k],
          message: message(
            `Riga ${r.lines[k]}: un solo campo con ${fields - 1} ${shown(other)} dentro (le altre righe hanno ${width} campi separati da ${shown(d)}): forse scritta con un altro separatore; letta come un solo testo.`,
            `Line ${r.lines[k]}: a single field holding ${fields - 1} ${shown(other)} (the other lines have ${width} fields separated by ${shown(d)}): perhaps written with another delimiter; read as one text.`
          ),
        });
    }
  });
  found.sort((a, b) => a.line - b.line);
  return {
    grid: { rows: r.rows, merges: [], origin: { kind: "csv", lines: r.lines } },
    delimiter: d,
    problems: found.map((f) => f.message),
    found,
    refusal: null,
  };
}
