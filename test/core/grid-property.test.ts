/**
 * Properties of the table reader, whatever the grid: it never throws, it finishes fast, and every
 * non-empty cell is either placed in the plan or reported (counted once, never lost).
 */
import fc from "fast-check";
import { misreadName } from "../../src/core/grid/misread";
import {
  importGrids,
  readCsv,
  type Grid,
  type GridCell,
  type GridImportResult,
} from "../../src/core/grid";
import { expectLinearGrowth } from "../helpers/linear-time";

const WORDS = [
  "",
  "",
  "",
  "Indicatore",
  "KPI",
  "Descrizione",
  "Algoritmo di calcolo",
  "Formula",
  "Unità di misura",
  "UdM",
  "Fonte",
  "Target",
  "Target 2021",
  "Valore atteso 2022",
  "Consuntivo",
  "Consuntivo al 30/09/2021",
  "30/09",
  "31/12",
  "2021",
  "2022",
  "triennio",
  "1° anno",
  "% raggiungimento",
  "Missione",
  "Programma",
  "Missione / Programma",
  "Obiettivo",
  "Obiettivo strategico",
  "Centro di responsabilità",
  "Peso",
  "Note",
  "Polarità",
  "Missione 011 – Competitività e sviluppo delle imprese",
  "Programma 005 – Promozione",
  "MISSIONE 32",
  "Programma 011.005",
  "Obiettivo strategico: crescere",
  "Regolazione dei mercati",
  "011",
  "011.005",
  "11",
  "005 - Promozione e attuazione",
  "≥ 90%",
  ">= 8,00%",
  "<= 5 gg",
  "entro il 30/06/2021",
  "€ 1,2 milioni",
  "2 947 171",
  "n.d.",
  "sì",
  "buono",
  "93,33%",
  "1.234,5",
  "Equilibrio economico",
  "crescente",
  "x".repeat(90),
  "=SUM(A1)",
  "Fonte: elaborazioni",
];

const cell: fc.Arbitrary<GridCell> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 3000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) }
);

const grid: fc.Arbitrary<Grid> = fc
  .tuple(
    fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }),
    fc.array(
      fc.record({
        top: fc.integer({ min: -1, max: 14 }),
        left: fc.integer({ min: -1, max: 9 }),
        h: fc.integer({ min: 0, max: 4 }),
        w: fc.integer({ min: 0, max: 4 }),
      }),
      { maxLength: 5 }
    ),
    fc.constantFrom<Grid["origin"]>(
      { kind: "sheet", sheet: "Foglio1", row: 1, col: 1 },
      { kind: "sheet", sheet: "Dati", row: 5, col: 3 },
      { kind: "csv", lines: [] },
      { kind: "docx", table: 1 }
    )
  )
  .map(([rows, merges, origin]) => ({
    rows,
    merges: merges.map((m) => ({
      top: m.top,
      left: m.left,
      bottom: m.top + m.h,
      right: m.left + m.w,
    })),
    origin,
  }));

function nonEmpty(g: Grid): number {
  let n = 0;
  for (const row of g.rows)
    for (const v of row) if (v !== null && !(typeof v === "string" && v.trim() === "")) n++;
  return n;
}

/** Placed + reported = the grid's non-empty cells; the plan is coherent or the failure says why. */
function accounted(grids: Grid[], r: GridImportResult): void {
  const total = grids.reduce((n, g) => n + nonEmpty(g), 0);
  const reported = r.report.notUnderstood.reduce((n, u) => n + u.cells, 0);
  expect(r.report.counts.placed + reported).toBe(total);
  for (const u of r.report.notUnderstood) {
    expect(u.text).not.toBe("");
    expect(u.cells).toBeGreaterThan(0);
  }
  if (r.ok) {
    expect(r.plan.indicators.length).toBeGreaterThan(0);
    const programmes = new Set(r.plan.programmes.map((p) => p.id));
    const ids = [...r.plan.programmes, ...r.plan.indicators].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of r.plan.indicators) {
      // never invent: no indicator named by a value, a unit or a field word is written
      expect(misreadName(i.name)).toBeNull();
      expect(programmes.has(i.programme)).toBe(true);
      expect(r.report.sources[i.id]).toBeDefined();
    }
    for (const p of r.plan.programmes) {
      expect(p.mission === "" || /^\d{3}$/.test(p.mission)).toBe(true);
      expect(p.programme === "" || /^\d{3}$/.test(p.programme)).toBe(true);
    }
  } else {
    expect(r.reason.it).not.toBe("");
    // nothing found (E920), or a layout misread and refused (E938)
    expect(r.report.diagnostics.some((d) => d.code === "PIRA-E920" || d.code === "PIRA-E938")).toBe(
      true
    );
  }
  expect(() => JSON.stringify(r)).not.toThrow();
}

test("never throws, and every non-empty cell is placed or reported", () => {
  fc.assert(
    fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (grids) => {
      const r = importGrids(grids.map((g) => ({ kind: "grid", grid: g })));
      accounted(grids, r);
    }),
    { numRuns: 400 }
  );
});

test("a header row over arbitrary data: still accounted for", () => {
  const header = [
    "Missione",
    "Programma",
    "Indicatore",
    "Algoritmo",
    "Target",
    null,
    "Consuntivo",
    null,
    "Note",
  ];
  const sub = [null, null, null, null, "2021", "2022", "30/09", "31/12", null];
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { minLength: 9, maxLength: 9 }), { maxLength: 20 }),
      (rows) => {
        const g: Grid = {
          rows: [header, sub, ...rows],
          merges: [
            { top: 0, left: 4, bottom: 0, right: 5 },
            { top: 0, left: 6, bottom: 0, right: 7 },
          ],
          origin: { kind: "sheet", sheet: "S", row: 1, col: 1 },
        };
        accounted([g], importGrids([{ kind: "grid", grid: g }]));
      }
    ),
    { numRuns: 300 }
  );
});

test("paragraphs and grids mixed (a Word document): never throws", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          grid.map((g) => ({ kind: "grid" as const, grid: g })),
          fc.record({
            kind: fc.constant("text" as const),
            text: fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 30 })),
            level: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
            paragraph: fc.nat(100),
          })
        ),
        { maxLength: 6 }
      ),
      (blocks) => {
        const r = importGrids(blocks);
        expect(typeof r.ok).toBe("boolean");
      }
    ),
    { numRuns: 300 }
  );
});

test("the CSV reader never throws and keeps every character of every field", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      const r = readCsv(text);
      expect([";", ",", "\t"]).toContain(r.delimiter);
      expect(r.grid.origin.kind === "csv" && r.grid.origin.lines.length).toBe(r.grid.rows.length);
    }),
    { numRuns: 500 }
  );
  // fields written by an RFC 4180 writer come back as they were
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.string({ maxLength: 8 }), { minLength: 2, maxLength: 5 }), {
        minLength: 1,
        maxLength: 6,
      }),
      (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        const full = rows.map((r) => [...r, ...new Array(width - r.length).fill("")]);
        const text = full
          .map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(";"))
          .join("\r\n");
        const back = readCsv(text);
        expect(back.grid.rows).toEqual(full);
      }
    ),
    { numRuns: 300 }
  );
});

test("a large grid reads in linear time (5,000 and 20,000 rows)", () => {
  const grid = (n: number): Grid => {
    const rows: GridCell[][] = [
      ["Missione", "Programma", "Indicatore", "Algoritmo", "Target 2021", "Target 2022", "Note"],
    ];
    for (let i = 0; i < n; i++)
      rows.push([
        "011",
        "005",
        `Indicatore ${i}`,
        "A / B",
        `≥ ${i % 100}%`,
        `${i},5`,
        i % 7 === 0 ? "nota" : null,
      ]);
    return { rows, merges: [], origin: { kind: "sheet", sheet: "S", row: 1, col: 1 } };
  };
  const r = importGrids([{ kind: "grid", grid: grid(20_000) }]);
  expect(r.ok && r.plan.indicators.length).toBe(20_000);
  const read = (g: Grid) => importGrids([{ kind: "grid", grid: g }]);
  expectLinearGrowth("importGrids", read, grid(5_000), grid(20_000));
});

test("pathological texts in cells: linear time (no backtracking patterns)", () => {
  const texts = (k: number) => [
    "Missione " + " ".repeat(12_500 * k) + "x",
    "Programma 1" + ".1".repeat(5_000 * k),
    "1 ".repeat(7_500 * k),
    "Target " + "2021 ".repeat(2_500 * k),
    "a:".repeat(7_500 * k),
    "0".repeat(25_000 * k),
  ];
  const read = (long: string[]) => {
    const rows: GridCell[][] = [
      ["Indicatore", "Target 2021"],
      ...long.map((t) => [t, t]),
      ...long.map((t) => [t]),
    ];
    importGrids([{ kind: "grid", grid: { rows, merges: [], origin: { kind: "csv", lines: [] } } }]);
    readCsv(long.join(";"));
  };
  expectLinearGrowth("importGrids and readCsv", read, texts(1), texts(4));
});
