/**
 * pira import of a ministry-style vertical sheet (test/fixtures/vertical/sheet.ts) as a workbook,
 * a CSV and a Word table: the same two indicators, field by field, each time; before, such a
 * sheet imported with exit 0 as one «indicator» per row («numero», «≥ 150» …).
 */
import * as fs from "fs";
import * as path from "path";
import { readPlanJson } from "../../src/core/plan";
import { docxOf, xlsxOf } from "../fixtures/analyst/build";
import { GLUED_ROWS, VERTICAL_ROWS, verticalFieldsMatch } from "../fixtures/vertical/sheet";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

const at = (name: string) => path.join(dir, name);

async function importedFrom(file: string) {
  const r = await pira(["import", file, "-o", "piano.json"], { cwd: dir });
  expect(r.stderr).not.toMatch(/errore|error/i);
  expect(r.code).toBe(0);
  const plan = readPlanJson(fs.readFileSync(at("piano.json"), "utf8"));
  if (!plan.ok) throw new Error(plan.reason.en);
  return plan.plan;
}

test.each([
  ["xlsx", VERTICAL_ROWS],
  ["xlsx", GLUED_ROWS],
])("a workbook (%s)", async (_k, rows) => {
  fs.writeFileSync(at("scheda.xlsx"), await xlsxOf([{ name: "Scheda", rows, merges: [] }]));
  const plan = await importedFrom("scheda.xlsx");
  expect(plan.indicators).toHaveLength(2);
  expect(verticalFieldsMatch(plan).misses).toEqual([]);
});

test("a CSV", async () => {
  const text = VERTICAL_ROWS.map((r) =>
    r.map((c) => (c.includes(";") ? `"${c}"` : c)).join(";")
  ).join("\r\n");
  fs.writeFileSync(at("scheda.csv"), "\ufeff" + text + "\r\n");
  const plan = await importedFrom("scheda.csv");
  expect(plan.indicators).toHaveLength(2);
  expect(verticalFieldsMatch(plan).misses).toEqual([]);
});

test("a Word document: one table per block, under a heading", async () => {
  const blocks: Parameters<typeof docxOf>[0] = [
    { kind: "heading", level: 1, text: "Nota integrativa 2024 – Schede obiettivo e indicatori" },
  ];
  let current: string[][] = [];
  const flush = () => {
    if (current.length)
      blocks.push({ kind: "table", rows: current.map((r) => r.map((t) => ({ text: t }))) });
    current = [];
  };
  for (const row of VERTICAL_ROWS.slice(1)) {
    if (row[0] === "Anno di riferimento") flush();
    current.push(row);
  }
  flush();
  fs.writeFileSync(at("scheda.docx"), await docxOf(blocks));
  const plan = await importedFrom("scheda.docx");
  expect(plan.indicators).toHaveLength(2);
  expect(verticalFieldsMatch(plan).misses).toEqual([]);
});

test("a Word document whose objective table stands alone: its programme and scheda", async () => {
  const rows = VERTICAL_ROWS.slice(1);
  const second = rows.findIndex((r, i) => i > 0 && r[0] === "Anno di riferimento");
  const table = (rs: string[][]) => ({
    kind: "table" as const,
    rows: rs.map((r) => r.map((t) => ({ text: t }))),
  });
  fs.writeFileSync(
    at("scheda.docx"),
    await docxOf([table(rows.slice(0, second)), table(rows.slice(second))])
  );
  const plan = await importedFrom("scheda.docx");
  expect(plan.programmes).toHaveLength(1);
  expect(plan.programmes[0]).toMatchObject({
    mission: "011",
    programme: "005",
    objective: "Sostenere la competitività delle imprese del territorio",
    responsible: "Area Promozione",
  });
  expect(plan.indicators.map((i) => i.programme)).toEqual([
    plan.programmes[0].id,
    plan.programmes[0].id,
  ]);
});
