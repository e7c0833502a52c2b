/**
 * Fill in place (pure): the computed columns beside an analyst's own table — where they go, the
 * A1 references into the analyst's cells, the values fallback for text the formulas cannot read,
 * the second fill that changes nothing, and the refusal of an analyst's own computed header.
 */
import type { Grid, GridCell } from "../../src/core/grid/types";
import { analystFill, type AnalystFilled } from "../../src/workbook/analyst/analyst-fill";
import { patchCells } from "../../src/workbook/write/fill";
import {
  mappingBlocks,
  readStoredMappings,
  MAPPING_PIECE,
  type StoredMapping,
} from "../../src/workbook/analyst/mapping-store";
import { FLAT_SHEET, TWO_ROW_SHEET, type SheetSpec } from "../fixtures/analyst/layouts";
import { columnNumber } from "../../src/core/a1";
import * as computedModule from "../../src/workbook/write/computed";
import * as slotsModule from "../../src/workbook/columns/slots";
import { COMPUTED_COLUMNS, COMPUTED_ORDER } from "../../src/workbook/columns/names";

function gridOf(spec: SheetSpec): Grid {
  const width = Math.max(...spec.rows.map((r) => r.length));
  const rows: GridCell[][] = spec.rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const x = r[c];
      return x === undefined || x === null ? null : typeof x === "object" ? x.v : x;
    })
  );
  const formats = spec.rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const x = r[c];
      return x !== null && typeof x === "object" ? x.fmt : null;
    })
  );
  const merges = spec.merges.map((m) => {
    const [a, b] = m.split(":");
    const p = (s: string) => {
      const x = /^([A-Z]+)(\d+)$/.exec(s) as RegExpExecArray;
      return { r: Number(x[2]) - 1, c: columnNumber(x[1]) - 1 };
    };
    const [s, e] = [p(a), p(b)];
    return { top: s.r, left: s.c, bottom: e.r, right: e.c };
  });
  return { rows, formats, merges, origin: { kind: "sheet", sheet: spec.name, row: 1, col: 1 } };
}

function filled(r: ReturnType<typeof analystFill>): AnalystFilled {
  if (!r.ok) throw new Error(r.reason.en);
  return r;
}

/** The grid after the patch, as a second read sees it (values, formulas and number formats). */
function applied(grid: Grid, f: AnalystFilled): { grid: Grid; formulas: (string | null)[][] } {
  const rows = grid.rows.map((r) => [...r]);
  const formulas: (string | null)[][] = rows.map((r) => r.map(() => null));
  const formats = rows.map((r, i) => r.map((_, c) => grid.formats?.[i]?.[c] ?? null));
  for (const { row, col, cell } of patchCells(f.patch)) {
    const i = row - 1;
    const c = col - 1;
    while (rows[i].length <= c) rows[i].push(null);
    while (formulas[i].length <= c) formulas[i].push(null);
    while (formats[i].length <= c) formats[i].push(null);
    rows[i][c] = cell.value ?? null;
    formulas[i][c] = cell.formula ?? null;
    formats[i][c] = cell.format ?? null;
  }
  return { grid: { ...grid, rows, formats }, formulas };
}

describe("analystFill", () => {
  const two = gridOf(TWO_ROW_SHEET);

  test("every computed header holds a colon (the sheet's texts without one are not folded)", () => {
    for (const key of COMPUTED_ORDER) expect(COMPUTED_COLUMNS[key]).toContain(":");
  });

  test("columns right of the table, headed on its last header row, one row per indicator", () => {
    const f = filled(analystFill({ grid: two }));
    expect(f.columns.map((c) => c.at)).toEqual(["K", "L", "M", "N", "O", "P"]);
    const cells = patchCells(f.patch);
    expect(cells.filter((c) => c.row === 3).map((c) => c.cell.value)).toEqual([
      "Calcolato: Consuntivo",
      "Calcolato: Target",
      "Calcolato: Raggiungimento",
      "Calcolato: Scostamento",
      "Calcolato: Esito",
      "Calcolato: Metodo",
    ]);
    expect([...new Set(cells.map((c) => c.row))]).toEqual([3, 4, 5, 6, 7]);
    // nothing of the analyst's (columns A–J) is written
    expect(cells.every((c) => c.col >= 11)).toBe(true);
    expect(f.rows).toBe(4);
  });

  test("a formula that shows blank, or what the file holds beyond the grid, is theirs: the columns go right of it", () => {
    const grid = gridOf(TWO_ROW_SHEET);
    const width = grid.rows[0].length;
    // K holds =IF(…;"";"sotto target") in every row: blank values, formulas beside them (Excel)
    const rows = grid.rows.map((r) => [...r, ""]);
    const formulas = rows.map((r, i) =>
      r.map((_, c) => (c === width && i >= 2 ? `IF(I${i + 1}>=H${i + 1},"","sotto target")` : null))
    );
    const f = filled(analystFill({ grid: { ...grid, rows }, formulas }));
    expect(f.columns[0].at).toBe("L");
    expect(patchCells(f.patch).every((c) => c.col >= 12)).toBe(true);
    // a file's cells the grid does not show (a formula with no cached value, a style only): held
    const held = new Map([[4, 14]]); // row 4 holds something up to column N
    const g = filled(analystFill({ grid, held }));
    expect(g.columns[0].at).toBe("O");
    expect(patchCells(g.patch).every((c) => c.col >= 15)).toBe(true);
  });

  test("native formulas refer to the analyst's own cells (A1); text values fall back to values", () => {
    const f = filled(analystFill({ grid: two }));
    const at = (row: number, col: string) =>
      patchCells(f.patch).find((c) => c.row === row && c.col === columnNumber(col))?.cell;
    // row 7: actual -8,5 (a number in I7), target "<= 0" (text): values, said so
    expect(at(7, "P")?.value).toBe("valore: formula non applicabile (testo «<= 0»)");
    expect(at(7, "M")?.formula).toBeUndefined();
    expect(at(7, "M")?.value).toBe(1);
    // row 4: "93%" as text (I4) → values; the core's achievement 93% / 90% capped to 1
    expect(at(4, "M")?.value).toBe(1);
    expect(String(at(4, "P")?.value)).toMatch(/testo «93%»/);
    expect(f.fallbacks).toBe(4);
  });

  test("each row's computed cells are made once, a row written as values included", () => {
    // the rows that fall back to values used to be computed twice (formulas first, then values)
    const spy = jest.spyOn(computedModule, "computeValues");
    try {
      const f = filled(analystFill({ grid: two }));
      expect(f.fallbacks).toBeGreaterThan(0);
      expect(spy).toHaveBeenCalledTimes(f.rows);
    } finally {
      spy.mockRestore();
    }
  });

  test("a header's column is found once per table, not once per row", () => {
    const sheetOf = (n: number): SheetSpec => ({
      name: "Foglio1",
      merges: [],
      rows: [
        ["Indicatore", "Unità di misura", "Target 2021", "Consuntivo 31/12/2021"],
        ...Array.from({ length: n }, (_, i) => [`Pratiche evase ${i}`, "numero", 100, i]),
      ],
    });
    const spy = jest.spyOn(slotsModule, "slotOfHeader");
    try {
      const calls = (n: number) => {
        spy.mockClear();
        expect(filled(analystFill({ grid: gridOf(sheetOf(n)) })).rows).toBe(n);
        return spy.mock.calls.length;
      };
      // the table reader's own calls aside, the same count for 10 rows as for 200
      expect(calls(200)).toBe(calls(10));
    } finally {
      spy.mockRestore();
    }
  });

  test("numbers in the analyst's cells are read by native formulas over A1 references", () => {
    const spec: SheetSpec = {
      name: "Foglio1",
      merges: [],
      rows: [
        ["Indicatore", "Unità di misura", "Target 2021", "Consuntivo 31/12/2021"],
        ["Pratiche evase", "numero", 100, 80],
        ["Sportelli attivati", "numero", 10, null],
      ],
    };
    const f = filled(analystFill({ grid: gridOf(spec) }));
    const cells = patchCells(f.patch);
    const e2 = cells.find((c) => c.row === 2 && c.col === 5)?.cell;
    expect(e2?.formula).toContain("ISNUMBER(D2)");
    expect(e2?.formula).toContain("C2");
    expect(e2?.value).toBe(80);
    const g2 = cells.find((c) => c.row === 2 && c.col === 7)?.cell;
    expect(g2?.formula).toMatch(/E2/);
    expect(g2?.value).toBe(0.8);
    expect(cells.find((c) => c.row === 3 && c.col === 7)?.cell.value).toBe("n.d.");
    expect(cells.find((c) => c.row === 2 && c.col === 10)?.cell.value).toBe("formula Excel");
    expect(f.fallbacks).toBe(0);
    // pira style: the PIRA functions over the same cells
    const p = filled(analystFill({ grid: gridOf(spec) }, { style: "pira" }));
    const pg = patchCells(p.patch).find((c) => c.row === 2 && c.col === 7)?.cell;
    expect(pg?.formula).toBe('PIRA.PERFORMANCE(E2,F2,"crescente")');
  });

  test("no column for the year's actual: values (n.d.), said so", () => {
    const f = filled(analystFill({ grid: gridOf(FLAT_SHEET) }));
    const method = patchCells(f.patch).filter((c) => c.col === 18 && c.row > 3);
    expect(method.map((c) => c.cell.value)).toEqual(
      Array(4).fill("valore: formula non applicabile (nessuna colonna del consuntivo 2021)")
    );
    // right of "Peso" (L): M … R
    expect(f.columns[0].at).toBe("M");
  });

  test("a second fill over the first writes the same cells and changes nothing", () => {
    const spec: SheetSpec = {
      name: "Foglio1",
      merges: [],
      rows: [
        ["Indicatore", "Unità di misura", "Target 2021", "Consuntivo 31/12/2021"],
        ["Pratiche evase", "numero", 100, 80],
        ["Tempo medio", "giorni", "<= 5 gg", 4],
      ],
    };
    const grid = gridOf(spec);
    const first = filled(analystFill({ grid }));
    expect(first.changed).toBeGreaterThan(0);
    const after = applied(grid, first);
    const second = filled(analystFill(after, { stored: first.record }));
    expect(second.changed).toBe(0);
    expect(second.columns).toEqual(first.columns);
    expect(patchCells(second.patch)).toEqual(patchCells(first.patch));
  });

  test("an analyst's own computed header is refused, named; nothing is written", () => {
    const spec: SheetSpec = {
      name: "Foglio1",
      merges: [],
      rows: [
        ["Indicatore", "Target 2021", "Consuntivo 31/12/2021", "Calcolato: Raggiungimento"],
        ["Pratiche evase", 100, 80, "80%"],
      ],
    };
    const r = analystFill({ grid: gridOf(spec) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.column).toBe("D");
    expect(r.reason.it).toContain("D1");
    expect(r.reason.it).toContain("Calcolato: Raggiungimento");
    // also when a stored record names another column as ours
    const stored: StoredMapping = {
      format: "pira-sheet-mapping",
      version: 1,
      sheet: "Foglio1",
      tables: [],
      computed: [{ key: "achievement", at: "G" }],
    };
    expect(analystFill({ grid: gridOf(spec) }, { stored }).ok).toBe(false);
  });

  test("the stored mapping decides the next fill's columns (a changed field sticks)", () => {
    const spec: SheetSpec = {
      name: "Foglio1",
      merges: [],
      rows: [
        ["Indicatore", "Valore atteso", "Valore raggiunto"],
        ["Pratiche evase", 100, 90],
      ],
    };
    const mapping = {
      tables: [
        {
          columns: [
            { header: "Valore atteso", field: "targets.2021" },
            { header: "Valore raggiunto", field: "actuals.2021-12-31" },
          ],
        },
      ],
    };
    const f = filled(analystFill({ grid: gridOf(spec) }, { mapping }));
    const g2 = patchCells(f.patch).find((c) => c.row === 2 && c.col === 6)?.cell;
    expect(g2?.value).toBe(0.9);
    const again = filled(analystFill({ grid: gridOf(spec) }, { stored: f.record }));
    expect(patchCells(again.patch).find((c) => c.row === 2 && c.col === 6)?.cell.value).toBe(0.9);
  });
});

describe("mapping store", () => {
  const record: StoredMapping = {
    format: "pira-sheet-mapping",
    version: 1,
    sheet: "PIRA 2021",
    tables: [{ headerRows: [3], columns: [{ at: "E", header: "Indicatore", field: "name" }] }],
    computed: [{ key: "achievement", at: "O" }],
  };

  test("written as rows and read back; a long record is cut into cells under 32,767", () => {
    const blocks = mappingBlocks([], record);
    const rows = blocks
      .sort((a, b) => a.row - b.row)
      .map((b) => b.cells[0].map((c) => (c !== null && typeof c === "object" ? c.value : c)));
    expect(readStoredMappings(rows as GridCell[][]).get("PIRA 2021")).toEqual(record);
    const long: StoredMapping = {
      ...record,
      tables: [
        {
          headerRows: [1],
          columns: Array.from({ length: 800 }, (_, i) => ({
            at: "A",
            header: `Colonna ${i} ${"x".repeat(60)}`,
            field: "extra",
          })),
        },
      ],
    };
    const cells = mappingBlocks([], long)[1].cells[0];
    expect(cells.length).toBeGreaterThan(2);
    expect(cells.every((c) => typeof c !== "string" || c.length <= MAPPING_PIECE)).toBe(true);
    expect(readStoredMappings([cells as GridCell[]]).get("PIRA 2021")).toEqual(long);
  });

  test("a sheet's row is rewritten in place; other sheets' rows are kept", () => {
    const rows: GridCell[][] = [
      ["Foglio", "Mappatura"],
      ["Altro", "{}"],
      ["PIRA 2021", "{}", "x"],
    ];
    const blocks = mappingBlocks(rows, record);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].row).toBe(3);
    expect(blocks[0].cells[0]).toHaveLength(3);
    expect(blocks[0].cells[0][2]).toBeNull();
  });
});
