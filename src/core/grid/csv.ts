/**
 * A CSV file's text into a grid: the delimiter detected (";" as Italian Excel writes, "," or tab;
 * a first line "sep=;" says it), fields quoted as RFC 4180 says ("" inside quotes, line breaks
 * inside quoted fields), CRLF, LF or CR line endings. Each record keeps the line it starts on, so a
 * diagnostic points at the file's line. Lenient where files are: a quote inside an unquoted field
 * is a character, text after a closing quote is kept, an unclosed quote runs to the end (and says so).
 */
import { message, type Message } from "../message";
import type { Grid } from "./types";

export type Delimiter = ";" | "," | "\t";

export interface CsvRead {
  grid: Grid;
  delimiter: Delimiter;
  problems: Message[];
}

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

/** The grid of a CSV text (already decoded; a leading byte-order mark is dropped). */
export function readCsv(input: string): CsvRead {
  let text = String(input ?? "");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const problems: Message[] = [];
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
  const rows: string[][] = [];
  const lines: number[] = [];
  const n = text.length;
  while (i < n) {
    const row: string[] = [];
    const start = line;
    for (;;) {
      let field = "";
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            field += text.slice(i);
            for (let k = i; k < n; k++)
              if (text[k] === "\n" || (text[k] === "\r" && text[k + 1] !== "\n")) line++;
            i = n;
            break;
          }
          const chunk = text.slice(i, q);
          field += chunk;
          for (let k = 0; k < chunk.length; k++) {
            const ch = chunk[k];
            if (ch === "\n" || (ch === "\r" && chunk[k + 1] !== "\n")) line++;
          }
          if (text[q + 1] === '"') {
            field += '"';
            i = q + 2;
            continue;
          }
          i = q + 1;
          closed = true;
          break;
        }
        if (!closed)
          problems.push(
            message(
              `Riga ${start}: virgolette aperte e mai chiuse; il campo arriva alla fine del file.`,
              `Line ${start}: a quote opened and never closed; the field runs to the end of the file.`
            )
          );
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
      if (i >= n) break;
      if (text[i] === d) {
        i++;
        if (i >= n) {
          row.push("");
          break;
        }
        continue;
      }
      // a line end
      if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
      else i++;
      line++;
      break;
    }
    rows.push(row);
    lines.push(start);
  }
  return { grid: { rows, merges: [], origin: { kind: "csv", lines } }, delimiter: d, problems };
}
