/**
 * The six analyst layouts of test/fixtures/analyst, built as real files (.xlsx, .csv, .docx),
 * read by their adapters and imported field by field against what the fixtures wrote.
 */
import { readDocx } from "../../src/adapters/docx/read";
import { importGrids, readCsv, type GridBlock, type GridImportResult } from "../../src/core/grid";
import type { PlanValue } from "../../src/core/plan/types";
import { decodeText } from "../../src/core/text/decode";
import { csvUtf8Bom, csvWindows1252, docxOf, xlsxOf } from "../fixtures/analyst/build";
import {
  CSV,
  CSV_NOTES,
  FLAT,
  FLAT_SHEET,
  KPI,
  KPI_SHEET,
  SECTIONS,
  SECTIONS_SHEET,
  TWO_ROW,
  TWO_ROW_SHEET,
  WORD,
  type Layout,
  type SheetSpec,
  type V,
} from "../fixtures/analyst/layouts";
import { readGrids } from "../helpers/xlsx-grids";

function project(v: PlanValue | null | undefined): V | null {
  if (!v) return null;
  const out: V = { raw: v.raw, kind: v.kind, value: v.value };
  if (v.comparison !== undefined) out.comparison = v.comparison;
  return out;
}

function projectMap(m: Record<string, PlanValue>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [k, v] of Object.entries(m)) out[k] = project(v) as V;
  return out;
}

/** Every field the fixture wrote, compared one by one. */
function expectLayout(layout: Layout, result: GridImportResult): void {
  if (!result.ok) throw new Error(`import failed: ${result.reason.en}`);
  const { plan, report } = result;
  expect(plan.title).toBe(layout.title);
  expect(plan.firstYear).toBe(layout.firstYear);
  expect(
    plan.programmes.map((p) => ({ mission: p.mission, programme: p.programme, title: p.title }))
  ).toEqual(
    layout.programmes.map((p) => ({ mission: p.mission, programme: p.programme, title: p.title }))
  );
  layout.programmes.forEach((p, i) => {
    if (p.objective !== undefined)
      expect([p.mission, plan.programmes[i].objective]).toEqual([p.mission, p.objective]);
    if (p.responsible !== undefined)
      expect([p.mission, plan.programmes[i].responsible]).toEqual([p.mission, p.responsible]);
  });
  expect(plan.indicators.map((i) => i.name)).toEqual(layout.indicators.map((i) => i.name));
  layout.indicators.forEach((want, n) => {
    const got = plan.indicators[n];
    const prog = plan.programmes.find((p) => p.id === got.programme);
    const actual = {
      name: got.name,
      formula: got.formula,
      unit: got.unit,
      mission: prog?.mission,
      programme: prog?.programme,
      targets: projectMap(got.targets),
      actuals: projectMap(got.actuals),
      ...(want.reported !== undefined ? { reported: project(got.reportedPerformance) } : {}),
      ...(want.group !== undefined ? { group: got.group } : {}),
      ...(want.source !== undefined ? { source: got.source } : {}),
      ...(want.typology !== undefined ? { typology: got.typology } : {}),
      ...(want.extra !== undefined ? { extra: got.extra } : {}),
    };
    expect(actual).toEqual(want);
    if (want.extra === undefined) expect([got.name, got.extra]).toEqual([got.name, undefined]);
  });
  expect(report.notUnderstood.map((u) => u.text)).toEqual(layout.reported);
}

async function sheetImport(sheet: SheetSpec) {
  const bytes = await xlsxOf([sheet]);
  const grids = await readGrids(bytes);
  if (!grids.ok) throw new Error(grids.reason.en);
  const blocks: GridBlock[] = grids.grids.map((g) => ({ kind: "grid", grid: g.grid }));
  return importGrids(blocks);
}

describe("the six analyst layouts import field by field", () => {
  test("(a) a flat list with code columns and a title row", async () => {
    const r = await sheetImport(FLAT_SHEET);
    expectLayout(FLAT, r);
    if (!r.ok) return;
    // the mapping says where each field came from, with its confidence
    const cols = r.report.mapping.tables[0].columns;
    expect(cols.map((c) => [c.at, c.field])).toEqual([
      ["A", "programme.mission"],
      ["B", "programme.code"],
      ["C", "programme.objective"],
      ["D", "programme.responsible"],
      ["E", "name"],
      ["F", "formula"],
      ["G", "unit"],
      ["H", "source"],
      ["I", "targets.2021"],
      ["J", "targets.2022"],
      ["K", "targets.2023"],
      ["L", "extra"],
    ]);
    expect(r.report.mapping.tables[0].headerRows).toEqual([3]);
    expect(r.report.extraColumns).toEqual([{ source: "PIRA 2021", header: "Peso", at: "L" }]);
    // diagnostics point at the analyst's cells
    expect(r.report.sources[r.plan.indicators[2].id]).toEqual({
      sheet: "PIRA 2021",
      cell: "E6",
      line: null,
    });
  });

  test("(b) section rows between indicator rows", async () => {
    const r = await sheetImport(SECTIONS_SHEET);
    expectLayout(SECTIONS, r);
    if (!r.ok) return;
    expect(r.report.notUnderstood[0].place).toEqual({
      sheet: "Indicatori",
      cell: "A19",
      line: null,
    });
  });

  test("(c) a two-row header with merged years and dates", async () => {
    const r = await sheetImport(TWO_ROW_SHEET);
    expectLayout(TWO_ROW, r);
    if (!r.ok) return;
    const t = r.report.mapping.tables[0];
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.columns.map((c) => c.header)).toEqual([
      "Missione / Programma",
      "Indicatore",
      "Algoritmo",
      "U.M.",
      "Target 2021",
      "Target 2022",
      "Target 2023",
      "Consuntivo 30/09",
      "Consuntivo 31/12",
      "% raggiungimento",
    ]);
    expect(t.columns.map((c) => c.field).slice(7)).toEqual([
      "actuals.2021-09-30",
      "actuals.2021-12-31",
      "reportedPerformance",
    ]);
  });

  test("(d) an objectives/KPI export with targets written with comparison signs", async () => {
    const r = await sheetImport(KPI_SHEET);
    expectLayout(KPI, r);
    if (!r.ok) return;
    const cols = r.report.mapping.tables[0].columns;
    // KPI holds codes: the name is DESCRIZIONE, decided by the values
    expect(cols.find((c) => c.header === "KPI")?.field).toBe("extra");
    expect(cols.find((c) => c.header === "DESCRIZIONE")?.field).toBe("name");
    expect(r.plan.entities[0].name).toBe("Camera di Commercio di Lagoverde");
  });

  test.each([
    ["Windows-1252", csvWindows1252(), "windows-1252"],
    ["UTF-8 with a BOM", csvUtf8Bom(), "utf-8"],
  ])("(e) Italian Excel's CSV, %s", (_what, bytes, encoding) => {
    const text = decodeText(bytes);
    expect(text.encoding).toBe(encoding);
    const csv = readCsv(text.text);
    expect(csv.delimiter).toBe(";");
    expect(csv.problems).toEqual([]);
    const r = importGrids([{ kind: "grid", grid: csv.grid }]);
    expectLayout(CSV, r);
    if (!r.ok) return;
    for (const ind of r.plan.indicators)
      expect([ind.name, ind.notes]).toEqual([ind.name, CSV_NOTES[ind.name]]);
    // a quoted line break: the record starting on line 4 ends on line 5; the next starts on line 6
    expect(r.report.sources[r.plan.indicators[2].id]).toEqual({ sheet: null, cell: "B5", line: 6 });
  });

  test("(f) a Word document with one scheda per programme", async () => {
    const read = await readDocx(await docxOf());
    if (!read.ok) throw new Error(read.reason.en);
    const r = importGrids(read.blocks);
    expectLayout(WORD, r);
    if (!r.ok) return;
    expect(r.report.notUnderstood[0].place).toEqual({ sheet: null, cell: null, line: 2 });
    expect(r.report.sources[r.plan.indicators[3].id]).toEqual({
      sheet: "Tabella 2",
      cell: "A3",
      line: null,
    });
  });
});
