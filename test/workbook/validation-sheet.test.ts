/** Verifica: the validation report as a sheet, with links to the cells to fix. */
import { applySpec } from "../../src/adapters/xlsx";
import { diagnostic } from "../../src/core/diagnostics";
import { importDocument } from "../../src/core/import";
import { message } from "../../src/core/message";
import { validatePlan } from "../../src/core/validation";
import { cellAddress } from "../../src/core/a1";
import {
  layout,
  read,
  tablesOfSpec,
  validationSheet,
  VALIDATION_COLUMNS,
  type CellSpec,
  type TableSpec,
} from "../../src/workbook";
import { seedText } from "../helpers/seed";

const { plan, report } = importDocument(seedText());

function column(t: TableSpec, name: string): number {
  return t.columns.findIndex((c) => c.name === name);
}

describe("the Verifica sheet", () => {
  // the reference plan laid out as a workbook, read back, validated with the rows' cells
  const tables = tablesOfSpec(layout(plan, { generated: false }));
  const r = read(tables);
  const nameCol = tables.indicators!.header.indexOf("Indicatore") + tables.indicators!.col;
  const locations = Object.fromEntries(
    Object.entries(r.locations).map(([id, at]) => [
      id,
      { sheet: at.sheet, cell: cellAddress(at.row, nameCol) },
    ])
  );
  const result = validatePlan(r.plan, { asOf: "2021-06-30", locations });
  const sheet = validationSheet(result, { plan: r.plan });
  const table = sheet.tables[0];

  it("one row per diagnostic, errors first, with names instead of ids", () => {
    expect(sheet.name).toBe("Verifica");
    expect(sheet.role).toBe("generated");
    expect(table.columns.map((c) => c.name)).toEqual(Object.values(VALIDATION_COLUMNS));
    expect(table.rows).toHaveLength(result.diagnostics.length);
    const first = table.rows[0];
    expect(first.slice(0, 6)).toEqual([
      "Errore",
      "PIRA-E050",
      "C.C.I.A.A. DI PRATO",
      "011.005 La sede camerale: uno spazio aperto per la città",
      "Grado di auto finanziamento dell'auditorium",
      "reportedPerformance",
    ]);
    expect((first[column(table, "Messaggio")] as CellSpec).value).toBe(
      result.diagnostics[0].message.it
    );
    expect(sheet.blocks[0].cells[1][0]).toMatchObject({
      value: "2 errori, 50 avvisi, 6 informazioni",
    });
  });

  it("links to the indicator's cell with HYPERLINK", () => {
    const place = table.rows[0][column(table, "Dove")] as CellSpec;
    const row = r.locations["cciaa-prato-011-005-i7"].row;
    const target = `Indicatori!${cellAddress(row, nameCol)}`;
    expect(place).toEqual({
      formula: `HYPERLINK("#${target}","${target}")`,
      value: target,
      style: "link",
    });
  });

  it("the messages in English on request", () => {
    const en = validationSheet(result, { plan: r.plan, lang: "en" });
    expect((en.tables[0].rows[0][column(table, "Messaggio")] as CellSpec).value).toBe(
      result.diagnostics[0].message.en
    );
  });

  it("document lines, quoted sheet names, nothing to point at", () => {
    const fromDocument = validatePlan(plan, { asOf: "2021-06-30", locations: report.sources });
    const s = validationSheet(fromDocument, { plan });
    expect(s.tables[0].rows[0][column(s.tables[0], "Dove")]).toBe("riga 179");
    const odd = diagnostic("PIRA-W008", "warning", message("x", "x"), {
      sheet: "M011 L'impresa",
      cell: "B7",
    });
    const none = diagnostic("PIRA-I080", "info", message("y", "y"));
    const t = validationSheet({ diagnostics: [odd, none] }).tables[0];
    expect(t.rows[0][column(t, "Dove")]).toMatchObject({
      formula: `HYPERLINK("#'M011 L''impresa'!B7","'M011 L''impresa'!B7")`,
    });
    expect(t.rows[1][column(t, "Dove")]).toBeNull();
    expect(t.rows[1].slice(0, 2)).toEqual(["Informazione", "PIRA-I080"]);
  });

  it("an empty report is a valid table with one blank row", () => {
    const s = validationSheet({ diagnostics: [] }, { title: "Piano pulito" });
    expect(s.tables[0].rows).toEqual([Array(8).fill(null)]);
    expect(s.blocks[0].cells[0][0]).toMatchObject({ value: "Verifica — Piano pulito" });
    expect(s.blocks[0].cells[1][0]).toMatchObject({ value: "0 errori, 0 avvisi, 0 informazioni" });
  });

  it("applies to an .xlsx with a working HYPERLINK formula and is never read back as plan data", () => {
    const wb = applySpec({ title: "x", sheets: [sheet] });
    const ws = wb.getWorksheet("Verifica")!;
    const cell = ws.getCell(5, column(table, "Dove") + 1);
    const v = cell.value as { formula: string; result: string };
    expect(v.formula).toMatch(/^HYPERLINK\("#Indicatori!/);
    expect(v.result).toMatch(/^Indicatori!/);
    expect(Object.keys(tablesOfSpec({ title: "x", sheets: [sheet] }))).toEqual([]);
  });
});
