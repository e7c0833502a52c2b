import {
  computeValues,
  fill,
  layout,
  patchCells,
  read,
  tablesOfSpec,
  type Patch,
  type TableData,
} from "../../src/workbook";
import { fillTables } from "../helpers/fill-tables";
import { cellParts } from "../../src/workbook/write/spec";
import { fromFileForm, toFileForm } from "../../src/workbook/write/formulas";
import { indicatorAchievement } from "../../src/core/performance";
import { referencePlan } from "../fixtures/plans";

const TH = { low: 0.7, high: 0.9 };

/** The table with a patch applied (what an adapter would read back afterwards). */
function applied(t: TableData, patch: Patch): TableData {
  const rows = t.rows.map((r) => [...r]);
  const formulas = (t.formulas ?? t.rows.map((r) => r.map(() => null))).map((r) => [...r]);
  const formats = (t.formats ?? t.rows.map((r) => r.map(() => null))).map((r) => [...r]);
  for (const { row, col, cell } of patchCells(patch)) {
    const i = row - t.row - 1;
    const j = col - t.col;
    rows[i][j] = cell.value ?? null;
    formulas[i][j] = cell.formula ?? null;
    formats[i][j] = cell.format ?? null;
  }
  return { ...t, rows, formulas, formats };
}

describe("fill", () => {
  const plan = referencePlan();
  const empty = tablesOfSpec(layout(plan, { formulas: "none" }));

  it("writes only the computed columns, over every data row", () => {
    for (const style of ["native", "pira", "values"] as const) {
      const r = fillTables(empty, { style });
      const t = empty.indicators!;
      const computed = t.header
        .map((h, j) => (h.startsWith("Calcolato: ") ? t.col + j : -1))
        .filter((c) => c > 0);
      const cells = patchCells(r.fill!.patch);
      expect(cells.length).toBe(computed.length * plan.indicators.length);
      for (const c of cells) {
        expect(computed).toContain(c.col);
        expect(c.row).toBeGreaterThan(t.row);
        expect(c.row).toBeLessThanOrEqual(t.row + t.rows.length);
      }
      expect(r.fill!.patch.sheet).toBe("Indicatori");
    }
  });

  it("a second fill changes nothing; the same patch again", () => {
    for (const style of ["native", "pira", "values"] as const) {
      const first = fillTables(empty, { style });
      expect(first.fill!.changed).toBeGreaterThan(0);
      const after = { ...empty, indicators: applied(empty.indicators!, first.fill!.patch) };
      const second = fillTables(after, { style });
      expect(second.fill!.changed).toBe(0);
      expect(second.fill!.patch).toEqual(first.fill!.patch);
    }
  });

  it("values: achievement and outcome are the core's, row by row", () => {
    const r = fillTables(empty, { style: "values" });
    const t = applied(empty.indicators!, r.fill!.patch);
    const ach = t.header.indexOf("Calcolato: Raggiungimento");
    const out = t.header.indexOf("Calcolato: Esito");
    plan.indicators.forEach((ind, i) => {
      const a = indicatorAchievement(ind, plan.firstYear);
      expect(t.rows[i][ach]).toEqual(
        a.ok ? a.value.toNumber() : a.code === "missing" ? "n.d." : "n.c."
      );
      expect(t.rows[i][out]).toEqual(computeValues(ind, plan.firstYear, TH).outcome);
    });
    // the Prato figures: 4.428 / 15.500 → 29% (rounded half-up in the display), costs below target → 100%
    expect(t.rows[8][ach]).toBeCloseTo(0.2857, 4);
    expect(t.rows[19][ach]).toBe(1);
  });

  it("follows the rows wherever the analyst moved them, and leaves blank rows blank", () => {
    const t = empty.indicators!;
    const moved: TableData = {
      ...t,
      rows: [
        t.rows[3],
        t.rows[0],
        t.header.map(() => null),
        ...t.rows.slice(1, 3),
        ...t.rows.slice(4),
      ],
    };
    moved.formats = [
      t.formats![3],
      t.formats![0],
      t.header.map(() => null),
      ...t.formats!.slice(1, 3),
      ...t.formats!.slice(4),
    ];
    const r = read({ ...empty, indicators: moved });
    expect(r.rowIds[2]).toBeNull();
    const f = fill(r.plan, { table: moved, rowIds: r.rowIds }, { style: "values" });
    const ach = moved.header.indexOf("Calcolato: Raggiungimento");
    const block = f.patch.blocks[0];
    const at = (i: number) => cellParts(block.cells[i][ach - (block.col - moved.col)]).value;
    expect(at(0)).toEqual(computeValues(plan.indicators[3], 2020, TH).achievement);
    expect(at(1)).toEqual(computeValues(plan.indicators[0], 2020, TH).achievement);
    expect(at(2)).toBeNull();
  });

  it("uses A1 references on a plain range (no Excel table)", () => {
    const t = { ...empty.indicators!, source: "sheet" as const };
    const r = fillTables({ ...empty, indicators: t }, { style: "native" });
    const f = patchCells(r.fill!.patch).find((c) => c.cell.formula)!;
    expect(f.cell.formula).not.toMatch(/#This Row/);
    expect(f.cell.formula).toMatch(/\b[A-Z]{1,2}2\b/);
  });

  it("reports missing computed columns instead of writing elsewhere", () => {
    const t = empty.indicators!;
    const keep = t.header.map((h) => !h.startsWith("Calcolato: "));
    const cut: TableData = {
      ...t,
      header: t.header.filter((_, j) => keep[j]),
      rows: t.rows.map((r) => r.filter((_, j) => keep[j])),
    };
    const r = fillTables({ ...empty, indicators: cut });
    expect(r.fill!.patch.blocks).toEqual([]);
    expect(r.diagnostics.find((d) => d.code === "PIRA-X009")?.severity).toBe("error");
  });

  it("stores add-in functions in files as Excel does, and reads them back", () => {
    const f = 'IF(A1="PIRA.PERFORMANCE(",PIRA.PERFORMANCE(B1,C1,"crescente"),PIRA.OUTCOME(D1))';
    expect(toFileForm(f)).toBe(
      'IF(A1="PIRA.PERFORMANCE(",_xldudf_PIRA_PERFORMANCE(B1,C1,"crescente"),_xldudf_PIRA_OUTCOME(D1))'
    );
    expect(fromFileForm(toFileForm(f))).toBe(f);
    expect(toFileForm("SUM(A1:A3)")).toBe("SUM(A1:A3)");
  });
});
