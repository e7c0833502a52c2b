/**
 * The PDF layout reasoning over plain positioned words, without PDFs: lines, columns from the
 * words' extents, rows from the line spacing, wrapped cells joined, a merged header, a table going
 * on over the next page with its header repeated, page furniture left out, footnotes as notes; and
 * on random words it never throws and its work stays within n log n.
 */
import fc from "fast-check";
import { importGrids } from "../../src/core/grid";
import { layoutPdf } from "../../src/core/pdf/document";
import type { PdfPage, PdfWord } from "../../src/core/pdf/types";
import { VERTICAL_ROWS, verticalFieldsMatch } from "../fixtures/vertical/sheet";

const SIZE = 9;
const CHAR = 4.5;

function word(text: string, x: number, y: number, size = SIZE): PdfWord {
  return { text, x, y, width: text.length * CHAR * (size / SIZE), size };
}

/** A table's rows as words: each row's cells (lines split by "\n") at the column's x. */
function tableWords(
  xs: number[],
  rows: string[][],
  top: number,
  pitch = 10.4,
  rowGap = 6
): { words: PdfWord[]; bottom: number } {
  const words: PdfWord[] = [];
  let y = top;
  for (const row of rows) {
    let lines = 1;
    row.forEach((cell, c) => {
      const parts = cell === "" ? [] : cell.split("\n");
      parts.forEach((p, k) => words.push(word(p, xs[c], y + k * pitch)));
      lines = Math.max(lines, parts.length);
    });
    y += (lines - 1) * pitch + pitch + rowGap;
  }
  return { words, bottom: y };
}

function page(number: number, words: PdfWord[], furniture = true): PdfPage {
  const all = [...words];
  if (furniture) {
    all.push(word("Camera di commercio di Pianoro – PIRA", 600, 40, 8));
    all.push(word(`Pagina ${number}`, 400, 560, 8));
  }
  return { number, width: 842, height: 595, words: all };
}

const XS = [72, 260, 430, 500, 570, 640];
const HEADER = [
  ["Indicatore", "Algoritmo di calcolo", "Unità di\nmisura", "Target", "", ""],
  ["", "", "", "2024", "2025", "2026"],
];

describe("tables from positioned words", () => {
  test("columns, wrapped cells, the merged Target header, headings; furniture left out", () => {
    const heading = [word("Missione 011 – Competitività e sviluppo delle imprese", 72, 80, 13)];
    const t = tableWords(
      XS,
      [
        ...HEADER,
        [
          "Imprese assistite nei percorsi\ndi transizione digitale",
          "Imprese assistite / imprese\nattive",
          "numero",
          "≥ 150",
          "≥ 160",
          "≥ 170",
        ],
        [
          "Tempo medio di evasione\ndelle pratiche",
          "Giorni / pratiche",
          "giorni",
          "≤ 5",
          "≤ 4",
          "≤ 4",
        ],
      ],
      110
    );
    const layout = layoutPdf([page(1, [...heading, ...t.words]), page(2, [word("Fine", 72, 100)])]);
    const grids = layout.blocks.filter((b) => b.kind === "grid");
    expect(grids).toHaveLength(1);
    const g = grids[0].kind === "grid" ? grids[0].grid : null;
    expect(g?.rows).toEqual([
      ["Indicatore", "Algoritmo di calcolo", "Unità di misura", "Target", null, null],
      [null, null, null, "2024", "2025", "2026"],
      [
        "Imprese assistite nei percorsi di transizione digitale",
        "Imprese assistite / imprese attive",
        "numero",
        "≥ 150",
        "≥ 160",
        "≥ 170",
      ],
      [
        "Tempo medio di evasione delle pratiche",
        "Giorni / pratiche",
        "giorni",
        "≤ 5",
        "≤ 4",
        "≤ 4",
      ],
    ]);
    expect(g?.merges).toEqual([{ top: 0, left: 3, bottom: 0, right: 5 }]);
    const texts = layout.blocks
      .filter((b) => b.kind === "text")
      .map((b) => (b.kind === "text" ? b.text : ""));
    expect(texts).toEqual(["Missione 011 – Competitività e sviluppo delle imprese", "Fine"]);
    const r = importGrids(layout.blocks, { entity: "Pianoro" });
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.plan.indicators.map((i) => i.targets["2025"]?.raw)).toEqual(["≥ 160", "≤ 4"]);
  });

  test("a table going on over the next page, its header repeated, is one table", () => {
    const rows = (from: number, n: number) =>
      Array.from({ length: n }, (_, k) => [
        `Indicatore numero ${from + k}`,
        "Conteggio",
        "numero",
        "10",
        "11",
        "12",
      ]);
    const p1 = tableWords(XS, [...HEADER, ...rows(1, 5)], 80);
    const p2 = tableWords(XS, [...HEADER, ...rows(6, 4)], 80);
    const layout = layoutPdf([page(1, p1.words), page(2, p2.words)]);
    const grids = layout.blocks.filter((b) => b.kind === "grid");
    expect(grids).toHaveLength(1);
    if (grids[0].kind !== "grid") return;
    expect(grids[0].grid.rows).toHaveLength(2 + 9);
    expect(grids[0].grid.rows[7][0]).toBe("Indicatore numero 6");
  });

  test("a footnote marker on a value: the note's text in a Note column, the marker off the value", () => {
    const t = tableWords(
      XS.slice(0, 3),
      [
        ["Indicatore", "Target 2024", "Unità di misura"],
        ["Pratiche evase", "≤ 5", "giorni"],
        ["Imprese assistite", "≥ 150", "numero"],
      ],
      100
    );
    const marker = word("1", XS[1] + 12, 100 + 16.8 - 3, 5.8);
    const note = [word("1", 72, 500, 5.8), word("Al netto delle sospensioni.", 76, 503, 8)];
    const layout = layoutPdf([page(1, [...t.words, marker, ...note])]);
    const g = layout.blocks.find((b) => b.kind === "grid");
    if (g?.kind !== "grid") throw new Error("no grid");
    expect(g.grid.rows.map((r) => r[3] ?? null)).toEqual([
      "Note",
      "Al netto delle sospensioni.",
      null,
    ]);
    expect(g.grid.rows[1][1]).toBe("≤ 5");
  });

  test("no words: no blocks, and the count of words says so (a scan)", () => {
    const layout = layoutPdf([page(1, [], false), page(2, [], false)]);
    expect(layout.words).toBe(0);
    expect(layout.blocks).toEqual([]);
  });
});

describe("property: random words", () => {
  const arbWord = fc.record({
    text: fc.oneof(
      fc.constantFrom("Indicatore", "≥ 90%", "1", "Target", "2024", " ", "Pagina 1"),
      fc.string({ maxLength: 12 })
    ),
    x: fc.oneof(fc.double({ min: -50, max: 900, noNaN: true }), fc.constantFrom(72, 260, 430)),
    y: fc.oneof(fc.double({ min: -50, max: 650, noNaN: true }), fc.constantFrom(100, 110.4, 120.8)),
    width: fc.double({ min: 0, max: 400, noNaN: true }),
    size: fc.oneof(fc.double({ min: 0.1, max: 40, noNaN: true }), fc.constantFrom(9, 5.8, 13)),
  });
  const arbPages = fc.array(fc.array(arbWord, { maxLength: 120 }), { minLength: 1, maxLength: 4 });

  test("never throws, its blocks are well formed, its work stays within n log n", () => {
    fc.assert(
      fc.property(arbPages, (pages) => {
        const input = pages.map((words, k) => ({ number: k + 1, width: 842, height: 595, words }));
        const n = pages.reduce((s, w) => s + w.length, 0);
        const layout = layoutPdf(input);
        expect(layout.steps).toBeLessThanOrEqual(200 + 60 * (n + 1) * Math.log2(n + 2));
        for (const b of layout.blocks)
          if (b.kind === "grid") {
            const width = b.grid.rows[0].length;
            for (const r of b.grid.rows) expect(r).toHaveLength(width);
          }
        expect(() => importGrids(layout.blocks)).not.toThrow();
      }),
      { numRuns: 300 }
    );
  });

  test("work grows linearly with the pages (a long document)", () => {
    const one = (k: number) =>
      page(
        k,
        tableWords(
          XS,
          [
            ...HEADER,
            ...Array.from({ length: 12 }, (_, i) => [
              `Indicatore ${k}.${i}`,
              "Conteggio",
              "numero",
              "10",
              "11",
              "12",
            ]),
          ],
          80
        ).words
      );
    const steps = (pages: number) =>
      layoutPdf(Array.from({ length: pages }, (_, k) => one(k + 1))).steps;
    const ratio = steps(200) / steps(20);
    expect(ratio).toBeGreaterThan(8);
    expect(ratio).toBeLessThan(13);
  });
});

describe("a vertical sheet printed to PDF", () => {
  test("its two columns rebuilt, then read as objective and indicator blocks", () => {
    const rows = VERTICAL_ROWS.slice(1);
    const half = Math.ceil(rows.length / 2);
    const p1 = tableWords([72, 330], rows.slice(0, half), 80, 10.4, 6).words;
    const p2 = tableWords([72, 330], rows.slice(half), 80, 10.4, 6).words;
    const layout = layoutPdf([page(1, p1), page(2, p2)]);
    const r = importGrids(layout.blocks);
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.plan.indicators).toHaveLength(2);
    expect(verticalFieldsMatch(r.plan).misses).toEqual([]);
  });
});
