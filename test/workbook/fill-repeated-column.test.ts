/**
 * A second column with a computed header (an analyst's own «Calcolato: Esito») is never
 * overwritten: fill writes nothing and says which column, in the workbook engine and through
 * `pira fill` on a real file (exit 2, the file untouched).
 */
import * as fs from "fs";
import * as path from "path";
import { loadWorkbook, planToXlsx, toBuffer } from "../../src/adapters/xlsx";
import { layout, tablesOfSpec, type TableData } from "../../src/workbook";
import { fillTables } from "../helpers/fill-tables";
import { referencePlan } from "../fixtures/plans";
import { pira, removeDir, tempDir } from "../cli/run";

/** The table with one more column at its right: `header`, every cell holding `value`. */
function withColumn(t: TableData, header: string, value: string): TableData {
  return {
    ...t,
    header: [...t.header, header],
    rows: t.rows.map((r) => [...r, value]),
    formats: t.formats?.map((r) => [...r, null]),
    formulas: t.formulas?.map((r) => [...r, null]),
  };
}

describe("a computed header that occurs twice", () => {
  const tables = tablesOfSpec(layout(referencePlan(), { formulas: "none" }));

  it("stops the fill: nothing written, an error naming the column and its cells", () => {
    const indicators = withColumn(tables.indicators!, "Calcolato: Esito", "giudizio dell'analista");
    const r = fillTables({ ...tables, indicators }, { style: "native" });
    expect(r.fill!.patch.blocks).toEqual([]);
    const errors = r.fill!.diagnostics.filter((d) => d.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0].code).toBe("PIRA-X014");
    const last = indicators.header.length;
    const first = indicators.header.indexOf("Calcolato: Esito") + 1;
    const letters = (n: number) =>
      n <= 26
        ? String.fromCharCode(64 + n)
        : String.fromCharCode(64 + Math.floor((n - 1) / 26)) +
          String.fromCharCode(65 + ((n - 1) % 26));
    expect(errors[0].message.it).toContain(
      `«Calcolato: Esito» compare 2 volte (${letters(first)}1, ${letters(last)}1)`
    );
    expect(errors[0].message.en).toContain("writes neither");
    expect(errors[0].cell).toBe(`${letters(last)}1`);
  });

  it("in other letter case too (headers are compared as Excel compares them)", () => {
    const indicators = withColumn(tables.indicators!, "calcolato:  esito", "x");
    const r = fillTables({ ...tables, indicators });
    expect(r.fill!.patch.blocks).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toContain("PIRA-X014");
  });

  it("a single computed column of each kind fills as before", () => {
    const r = fillTables(tables, { style: "native" });
    expect(r.fill!.patch.blocks.length).toBeGreaterThan(0);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("PIRA-X014");
  });

  it("pira fill: exit 2, the column named, the file untouched", async () => {
    const dir = tempDir();
    try {
      const l = await loadWorkbook(await planToXlsx(referencePlan(), { formulas: "none" }));
      if (!l.ok) throw new Error(l.reason.en);
      const ws = l.workbook.getWorksheet("Indicatori")!;
      // Excel renames a repeated column inside a table («Calcolato: Esito2»): the case is a plain
      // range, here the Indicatori table converted to a range, the analyst's column at its right
      (ws as unknown as { removeTable(name: string): void }).removeTable("Indicatori");
      const col = ws.getRow(1).cellCount + 1;
      ws.getCell(1, col).value = "Calcolato: Esito";
      for (let r = 2; r <= 10; r++) ws.getCell(r, col).value = "giudizio dell'analista";
      const file = path.join(dir, "piano.xlsx");
      fs.writeFileSync(file, await toBuffer(l.workbook));
      const before = fs.readFileSync(file);
      const r = await pira(["fill", file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("«Calcolato: Esito» compare 2 volte");
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    } finally {
      removeDir(dir);
    }
  });
});
