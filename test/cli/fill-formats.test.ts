/**
 * pira fill writes each computed cell with its number format (issue 21 point 8), into the
 * package itself: a cell format (cellXfs) with exactly that numFmt, reused when it is there,
 * added after the analyst's own styles (which stay as they were, index by index). Read back from
 * the styles part, and shown by LibreOffice Calc in Italian: 1.000.000,00 € and 72,5%, not
 * 1000000 and 0.725.
 */
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { XlsxBackend } from "../../src/adapters/xlsx/memory-backend";
import { fillWorkbook } from "../../src/app/fill";
import { xlsxOf } from "../fixtures/analyst/build";
import { EURO, MONITORING_AMOUNTS as AMOUNTS } from "../fixtures/analyst/monitoring";
import { hasSoffice, inCI, shownAsCsv } from "../helpers/libreoffice";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));

interface Styles {
  xfs: string[];
  numFmts: Map<number, string>;
}

async function partsOf(bytes: Uint8Array): Promise<{ sheet: string; styles: Styles; raw: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const raw = await zip.file("xl/styles.xml")!.async("string");
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/
    .exec(raw)![1]
    .match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
  const numFmts = new Map<number, string>();
  for (const m of raw.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g))
    numFmts.set(Number(m[1]), m[2].replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
  return { sheet, styles: { xfs, numFmts }, raw };
}

const BUILT_IN: Record<number, string> = {
  0: "General",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
};

/** The number format code of a cell of the sheet part (its s attribute → cellXfs → numFmt). */
function formatOf(sheet: string, styles: Styles, ref: string): string {
  const cell = new RegExp(`<c r="${ref}"(?: [^>]*)?>`).exec(sheet)?.[0] ?? "";
  const s = Number(/ s="(\d+)"/.exec(cell)?.[1] ?? 0);
  const id = Number(/numFmtId="(\d+)"/.exec(styles.xfs[s])?.[1] ?? 0);
  return styles.numFmts.get(id) ?? BUILT_IN[id] ?? `#${id}`;
}

/** The s attribute of every cell of columns A:F (the analyst's). */
function theirStyles(sheet: string): string[] {
  return [...sheet.matchAll(/<c r="([A-F]\d+)"([^>]*)>/g)].map(
    (m) => `${m[1]}${/ s="\d+"/.exec(m[2])?.[0] ?? ""}`
  );
}

test("each computed cell has its number format in the package; the analyst's styles stay as they were", async () => {
  const input = path.join(dir, "monitoraggio.xlsx");
  const output = path.join(dir, "calcolato.xlsx");
  writeFileSync(input, await xlsxOf([AMOUNTS]));
  const r = await pira(["fill", input, "-o", output]);
  expect(r.code).toBe(0);
  const before = await partsOf(readFileSync(input));
  const after = await partsOf(readFileSync(output));
  // G: Consuntivo, H: Target, I: Raggiungimento, J: Scostamento, K: Esito, L: Metodo
  const fmt = (ref: string) => formatOf(after.sheet, after.styles, ref);
  expect(["G2", "H2", "I2", "J2"].map(fmt)).toEqual([EURO, EURO, "0.0%", EURO]);
  expect(["G3", "H3", "I3", "J3"].map(fmt)).toEqual(["#,##0", "#,##0", "0.0%", "#,##0"]);
  expect(["G4", "H4", "I4", "J4"].map(fmt)).toEqual(["0.0%", "0.0%", "0.0%", "0.0%"]);
  expect(["K2", "L2"].map(fmt)).toEqual(["General", "General"]);
  // the analyst's cells keep their style index, and every style of theirs is where it was
  expect(theirStyles(after.sheet)).toEqual(theirStyles(before.sheet));
  expect(after.styles.xfs.slice(0, before.styles.xfs.length)).toEqual(before.styles.xfs);
  for (const [id, code] of before.styles.numFmts) expect(after.styles.numFmts.get(id)).toBe(code);
  // formats already in the part are reused: one € code, one 0.0% code
  expect([...after.styles.numFmts.values()].filter((c) => c === EURO)).toHaveLength(1);
  expect([...after.styles.numFmts.values()].filter((c) => c === "0.0%")).toHaveLength(1);

  // a second fill writes nothing new into the styles
  const again = path.join(dir, "ancora.xlsx");
  expect((await pira(["fill", output, "-o", again])).code).toBe(0);
  expect((await partsOf(readFileSync(again))).raw).toBe(after.raw);
});

(hasSoffice || inCI ? test : test.skip)(
  "LibreOffice in Italian shows the computed figures as the analyst's: 1.000.000,00 €, 72,5%",
  async () => {
    const input = path.join(dir, "monitoraggio.xlsx");
    const output = path.join(dir, "calcolato.xlsx");
    writeFileSync(input, await xlsxOf([AMOUNTS]));
    expect((await pira(["fill", input, "-o", output])).code).toBe(0);
    const rows = shownAsCsv(new Uint8Array(readFileSync(output)));
    expect(rows[1].slice(4, 10)).toEqual([
      "1.050.000,00 €",
      "1.000.000,00 €",
      "1.000.000,00 €",
      "1.050.000,00 €",
      "95,2%",
      "-50.000,00 €",
    ]);
    expect(rows[2].slice(6, 10)).toEqual(["1.200", "1.500", "80,0%", "-300"]);
    expect(rows[3].slice(6, 10)).toEqual(["72,5%", "90,0%", "80,6%", "-17,5%"]);
  },
  180_000
);

test("the workbench's workbook: formats written, and a second Calcola changes nothing", async () => {
  const backend = new XlsxBackend();
  const opened = await backend.open(await xlsxOf([AMOUNTS]), "monitoraggio.xlsx");
  if (!opened.ok) throw new Error(opened.reason.en);
  const first = await fillWorkbook(backend);
  if (!first.ok) throw new Error(first.reason.en);
  expect(first.changed).toBeGreaterThan(0);
  const ws = backend.workbook.getWorksheet("Monitoraggio")!;
  expect(["G2", "H2", "I2", "J2"].map((a) => ws.getCell(a).numFmt)).toEqual([
    EURO,
    EURO,
    "0.0%",
    EURO,
  ]);
  const again = await fillWorkbook(backend);
  if (!again.ok) throw new Error(again.reason.en);
  expect(again.changed).toBe(0);
});
