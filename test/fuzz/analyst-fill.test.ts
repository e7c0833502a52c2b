/**
 * Fuzz: analyst workbooks — indicator tables of random size and values (numbers, «≥ 90%»,
 * «n.d.»), with columns right of the table holding formulas filled down (a shared formula past
 * the table), formulas with no cached value, style-only cells, notes and empty columns, in random
 * order, beside a chart and a pivot table — filled in place. Every time either the fill refuses
 * with a reason in both languages, or: every part it need not touch byte for byte as it was,
 * every one of their cells as written, nothing written whole by ExcelJS, the computed columns
 * right of everything their rows hold, and a second fill changes nothing.
 */
import fc from "fast-check";
import { XlsxFileBackend } from "../../src/adapters/xlsx/file-backend";
import { fillWorkbook } from "../../src/app/fill";
import {
  analystPackageParts,
  analystWorkbook,
  cellElements,
  FIRST,
  packageParts,
  type AnalystExtra,
  type AnalystRow,
  type AnalystSpec,
} from "../helpers/analyst-workbook";
import { budget, settled, timeout, tracked } from "./budget";

/** The parts a fill writes into an analyst's workbook (the sheet, styles, the mapping sheet's). */
const TOUCHED = new Set([
  "xl/worksheets/sheet1.xml",
  "xl/styles.xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
]);

const value = fc.oneof(
  fc.integer({ min: 0, max: 5000 }),
  fc.double({ min: 0, max: 1000, noNaN: true }).map((x) => Math.round(x * 100) / 100),
  fc.constantFrom("n.d.", "≥ 90%", "98,5%", "10 su 20", "-", "sì", "")
);
const row: fc.Arbitrary<AnalystRow> = fc.tuple(
  fc.stringMatching(/^[A-Z][0-9]$/),
  fc.constantFrom(
    "Pratiche evase entro 30 giorni",
    "Imprese assistite",
    "Tempo medio di evasione",
    "Visure rilasciate online",
    "Eventi di promozione"
  ),
  fc.constantFrom("%", "n.", "giorni", "euro"),
  value,
  value
);
const spec: fc.Arbitrary<AnalystSpec> = fc.record({
  rows: fc.array(row, { minLength: 1, maxLength: 12 }),
  extras: fc.array(fc.constantFrom<AnalystExtra>("shared", "uncached", "style", "blank", "note"), {
    maxLength: 5,
  }),
  filledPast: fc.integer({ min: 0, max: 4 }),
});

const COLUMN = /^([A-Z]+)(\d+)$/;
const colNumber = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

async function fill(bytes: Uint8Array) {
  const opened = await XlsxFileBackend.open(bytes);
  if (!opened.ok) throw new Error(opened.reason.en);
  const backend = opened.backend;
  try {
    const r = await fillWorkbook(backend);
    return { r, backend };
  } catch (e) {
    // a refusal thrown by the package writer (UnpatchableWorkbook) carries its reason
    const reason = (e as { reason?: { it: string; en: string } }).reason;
    if (reason) return { r: { ok: false as const, reason }, backend };
    throw e;
  }
}

describe("fuzz: fill on analyst workbooks with formulas, charts and pivot tables", () => {
  it(
    "keeps every part and cell of theirs, or refuses with a reason",
    async () => {
      let filled = 0;
      await fc.assert(
        fc.asyncProperty(
          spec,
          tracked(async (s) => {
            const bytes = await analystWorkbook(analystPackageParts(s));
            const { r, backend } = await fill(bytes);
            if (!r.ok) {
              expect(r.reason.it.length).toBeGreaterThan(10);
              expect(r.reason.en.length).toBeGreaterThan(10);
              return;
            }
            filled++;
            expect(backend.writer.kind).not.toBe("exceljs");
            const out = await backend.bytes();
            const before = await packageParts(bytes);
            const after = await packageParts(out);
            for (const [name, data] of before) {
              expect(after.has(name)).toBe(true);
              if (!TOUCHED.has(name))
                expect([name, after.get(name)?.equals(data)]).toEqual([name, true]);
            }
            const was = cellElements(before.get("xl/worksheets/sheet1.xml")!.toString("utf8"));
            const now = cellElements(after.get("xl/worksheets/sheet1.xml")!.toString("utf8"));
            for (const [ref, xml] of was) expect([ref, now.get(ref)]).toEqual([ref, xml]);
            // the computed columns right of everything the table's rows hold
            const holding = s.extras.map((e, j) => (e === "blank" ? 0 : j + 1));
            const rightmost = 6 + Math.max(0, ...holding);
            for (const ref of now.keys()) {
              if (was.has(ref)) continue;
              const [, letters, n] = COLUMN.exec(ref)!;
              expect([ref, colNumber(letters) > rightmost]).toEqual([ref, true]);
              expect(Number(n) === 2 || Number(n) >= FIRST).toBe(true);
            }
            // again: nothing changes
            const second = await fill(out);
            expect(second.r.ok).toBe(true);
            if (second.r.ok && "changed" in second.r) expect(second.r.changed).toBe(0);
          })
        ),
        budget(15)
      );
      await settled();
      // not a property of refusals only: most of these tables are filled
      expect(filled).toBeGreaterThan(0);
    },
    timeout(120_000)
  );
});
