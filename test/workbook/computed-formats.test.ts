/**
 * The computed cells carry number formats (issue 21 point 8): the analyst sees 1.050.000,00 €
 * beside their 1.050.000,00 € and 72,5% rather than 0.725. Amounts and counts take the source
 * cell's own format (else the unit's: € for euro), percentages a percent format, achievement
 * "0.0%"; yes/no flags, the outcome and the method none. In the fill in place (the analyst's
 * sheet), in the fill of a PIRA workbook and in the layout.
 */
import type { Grid, GridCell } from "../../src/core/grid/types";
import { analystFill, type AnalystFilled } from "../../src/workbook/analyst/analyst-fill";
import { patchCells } from "../../src/workbook/write/fill";
import { layout, tablesOfSpec } from "../../src/workbook";
import { COMPUTED_COLUMNS, COMPUTED_ORDER } from "../../src/workbook/columns/names";
import { sameFormat } from "../../src/workbook/columns/formats";
import { fillTables } from "../helpers/fill-tables";
import { referencePlan } from "../fixtures/plans";

type Cell = GridCell | { v: GridCell; fmt: string };

const HEADER = [
  "Missione",
  "Programma",
  "Indicatore",
  "Unità di misura",
  "Target 2021",
  "Consuntivo 31/12/2021",
];

function gridOf(rows: Cell[][]): Grid {
  const all = [HEADER, ...rows];
  const value = (x: Cell | undefined): GridCell =>
    x === undefined || x === null ? null : typeof x === "object" ? x.v : x;
  const format = (x: Cell | undefined): string | null =>
    x !== null && x !== undefined && typeof x === "object" ? x.fmt : null;
  return {
    rows: all.map((r) => HEADER.map((_, c) => value(r[c]))),
    formats: all.map((r) => HEADER.map((_, c) => format(r[c]))),
    merges: [],
    origin: { kind: "sheet", sheet: "Monitoraggio", row: 1, col: 1 },
  };
}

/** The format of each computed cell of the first indicator row, by key. */
function formatsOf(rows: Cell[][], style?: "native" | "values" | "pira"): Record<string, unknown> {
  const r = analystFill({ grid: gridOf(rows) }, style ? { style } : {});
  if (!r.ok) throw new Error(r.reason.en);
  const f: AnalystFilled = r;
  const cells = patchCells(f.patch).filter((c) => c.row === 2);
  return Object.fromEntries(
    COMPUTED_ORDER.map((k, i) => [k, cells[i]?.cell.format ?? null])
  ) as Record<string, unknown>;
}

const EURO = '#,##0.00 "€"';

describe("computed cells carry number formats", () => {
  test("amounts take the source column's own format; achievement 0.0%; outcome and method none", () => {
    for (const style of ["native", "values", "pira"] as const) {
      const f = formatsOf(
        [["011", "005", "Ricavi", "euro", { v: 1050000, fmt: EURO }, { v: 1000000, fmt: EURO }]],
        style
      );
      expect(f).toEqual({
        actual: EURO,
        target: EURO,
        achievement: "0.0%",
        deviation: EURO,
        outcome: null,
        method: null,
      });
    }
  });

  test("each figure its own cell's format; the deviation the actual's", () => {
    const f = formatsOf([
      ["011", "005", "Pratiche", "numero", { v: 150, fmt: "#,##0" }, { v: 120.5, fmt: "0.0" }],
    ]);
    expect([f.actual, f.target, f.deviation]).toEqual(["0.0", "#,##0", "0.0"]);
  });

  test("General cells: thousands grouped, € when the unit says euro, a date format never", () => {
    expect(formatsOf([["011", "005", "Imprese", "numero", 150, 120]]).actual).toBe("#,##0");
    expect(formatsOf([["011", "005", "Ricavi", "euro", 1050000, 1000000]]).actual).toBe(
      '#,##0 "€"'
    );
    expect(formatsOf([["011", "005", "Costo", "€", 10.5, 9.25]]).deviation).toBe('#,##0.00 "€"');
    const dated = formatsOf([
      ["011", "005", "Imprese", "numero", { v: 150, fmt: "dd/mm/yyyy" }, 120],
    ]);
    expect(dated.actual).toBe("#,##0");
  });

  test("percentages: the percent cell's format, the percent-points side shown as its partner", () => {
    const f = formatsOf([
      ["012", "004", "Quota", "%", { v: 0.9, fmt: "0%" }, { v: 0.725, fmt: "0.0%" }],
    ]);
    expect([f.actual, f.target, f.achievement, f.deviation]).toEqual([
      "0.0%",
      "0.0%",
      "0.0%",
      "0.0%",
    ]);
    const points = formatsOf([
      ["032", "003", "Pratiche evase entro 5 giorni", "%", { v: 0.8, fmt: "0%" }, 70],
    ]);
    expect([points.actual, points.target]).toEqual(["0%", "0%"]);
  });

  test("yes/no flags have no number format (1 and 0 as they are)", () => {
    const f = formatsOf([["011", "005", "Evento svolto", "sì/no", "sì", "no"]]);
    expect([f.actual, f.target, f.deviation]).toEqual([null, null, null]);
    expect(f.achievement).toBe("0.0%");
  });

  test("a PIRA workbook: each computed figure as the row's typed cells are formatted", () => {
    const plan = referencePlan();
    const tables = tablesOfSpec(layout(plan, { formulas: "none" }));
    const t = tables.indicators!;
    const r = fillTables(tables, {});
    const cells = patchCells(r.fill!.patch);
    const col = (h: string) => t.col + t.header.indexOf(h);
    const at = (name: string, header: string) => {
      const i = t.rows.findIndex((row) => row.includes(name));
      return cells.find((c) => c.row === t.row + 1 + i && c.col === col(header))?.cell.format;
    };
    // counts (4428 against 15500, "#,##0"): thousands grouped, not General
    expect(at("Attrattività eventi realizzati", COMPUTED_COLUMNS.actual)).toBe("#,##0");
    expect(at("Attrattività eventi realizzati", COMPUTED_COLUMNS.deviation)).toBe("#,##0");
    // two decimals as written (1,57 against 1)
    expect(
      at(
        "Livello di affluenza degli utenti al servizio di consulenza brevettuale",
        COMPUTED_COLUMNS.actual
      )
    ).toBe("#,##0.00");
    expect(at("Attrattività eventi realizzati", COMPUTED_COLUMNS.achievement)).toBe("0.0%");
    // the layout writes the same formats as the fill
    const sheet = layout(plan, {}).sheets.find((s) => s.name === "Indicatori")!;
    const table = sheet.tables[0];
    const i = plan.indicators.findIndex((x) => x.name === "Attrattività eventi realizzati");
    const k = table.columns.findIndex((c) => c.name === COMPUTED_COLUMNS.deviation);
    expect((table.rows[i][k] as { format?: string }).format).toBe("#,##0");
  });
});

describe("a workbook filled before the formats gets them on the next fill", () => {
  test("the analyst's sheet: cells equal but General count as changed; with their formats, not", () => {
    const rows: Cell[][] = [
      ["011", "005", "Ricavi", "euro", { v: 1050000, fmt: EURO }, { v: 1000000, fmt: EURO }],
    ];
    const grid = gridOf(rows);
    const first = analystFill({ grid });
    if (!first.ok) throw new Error(first.reason.en);
    // the sheet as an older fill left it: the same values and formulas, every format General
    const cells = patchCells(first.patch);
    const width = Math.max(...cells.map((c) => c.col));
    const widen = <T>(r: T[], empty: T) => [...r, ...Array(width - r.length).fill(empty)];
    const values = grid.rows.map((r) => widen(r, null as GridCell));
    const formulas = grid.rows.map((r) =>
      widen(
        r.map(() => null as string | null),
        null
      )
    );
    const general = grid.formats!.map((r) => widen(r, null as string | null));
    for (const { row, col, cell } of cells) {
      values[row - 1][col - 1] = cell.value ?? null;
      formulas[row - 1][col - 1] = cell.formula ?? null;
    }
    const record = first.record;
    const before = analystFill(
      { grid: { ...grid, rows: values, formats: general }, formulas },
      { stored: record }
    );
    if (!before.ok) throw new Error(before.reason.en);
    // the four number cells of the row (Consuntivo, Target, Raggiungimento, Scostamento)
    expect(before.changed).toBe(4);
    const formatted = general.map((r) => [...r]);
    for (const { row, col, cell } of cells) formatted[row - 1][col - 1] = cell.format ?? null;
    const after = analystFill(
      { grid: { ...grid, rows: values, formats: formatted }, formulas },
      { stored: record }
    );
    if (!after.ok) throw new Error(after.reason.en);
    expect(after.changed).toBe(0);
  });

  test('Excel\'s way of giving a format back (#,##0\\ "€") is the same format', () => {
    expect(sameFormat('#,##0\\ "€"', '#,##0 "€"')).toBe(true);
    expect(sameFormat("General", undefined)).toBe(true);
    expect(sameFormat("General", "#,##0")).toBe(false);
    expect(sameFormat("0%", "0.0%")).toBe(false);
  });
});

test("a PIRA workbook filled before: its computed cells without formats are written again", () => {
  const plan = referencePlan();
  const tables = tablesOfSpec(layout(plan, { formulas: "none" }));
  const t = tables.indicators!;
  const first = fillTables(tables, {}).fill!;
  const rows = t.rows.map((r) => [...r]);
  const formulas = t.rows.map((r, i) => r.map((_, j) => t.formulas?.[i]?.[j] ?? null));
  const formats = t.rows.map((r, i) => r.map((_, j) => t.formats?.[i]?.[j] ?? null));
  let formatted = 0;
  for (const { row, col, cell } of patchCells(first.patch)) {
    rows[row - t.row - 1][col - t.col] = cell.value ?? null;
    formulas[row - t.row - 1][col - t.col] = cell.formula ?? null;
    formats[row - t.row - 1][col - t.col] = null;
    if (cell.format) formatted++;
  }
  const old = { ...tables, indicators: { ...t, rows, formulas, formats } };
  expect(fillTables(old, {}).fill!.changed).toBe(formatted);
  for (const { row, col, cell } of patchCells(first.patch))
    formats[row - t.row - 1][col - t.col] = cell.format ?? null;
  expect(fillTables(old, {}).fill!.changed).toBe(0);
});
