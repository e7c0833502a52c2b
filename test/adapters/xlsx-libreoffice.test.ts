/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- ExcelJS objects, not Office.js proxies: nothing to load or sync */
/**
 * A second spreadsheet program computes the native formulas: LibreOffice (headless) opens a
 * workbook filled with --formulas native, written WITHOUT cached results, recalculates it and
 * saves it; its computed columns must equal the core's values. Runs when `soffice` is on PATH;
 * in CI (CI=true) a missing soffice is a failure, not a skip.
 */
import ExcelJS from "exceljs";
import { loadWorkbook, planToXlsx, scalarOf, toBuffer } from "../../src/adapters/xlsx";
import { fillXlsxFile } from "../helpers/xlsx-actions";
import type { Indicator, Plan } from "../../src/core/plan/types";
import { toPlanValue } from "../../src/core/values";
import { computeValues, read } from "../../src/workbook";
import type { Scalar } from "../../src/workbook/write/spec";
import { referencePlan } from "../fixtures/plans";
import { headerIndex } from "./xlsx-edit";
import { hasSoffice, inCI, recalculate } from "../helpers/libreoffice";
import { workbookTables } from "../helpers/exceljs-reading";

const TH = { low: 0.7, high: 0.9 };

/** Extra rows for the rule's corners: negative figures, zero targets, lower is better above target. */
function cornerPlan(): Plan {
  const plan = referencePlan();
  const base = plan.indicators[0];
  const row = (
    n: number,
    polarity: Indicator["polarity"],
    actual: string,
    target: string
  ): Indicator => ({
    ...base,
    id: `corner-${n}`,
    name: `Caso limite ${n}`,
    polarity,
    actuals: { "2020-12-31": toPlanValue(actual) },
    targets: { "2020": toPlanValue(target) },
    reportedPerformance: null,
    notes: [],
  });
  plan.indicators.push(
    row(1, "higher", "-5", "10"),
    row(2, "higher", "5", "0"),
    row(3, "higher", "-3", "0"),
    row(4, "lower", "12", "10"),
    row(5, "lower", "-10", "-15"),
    row(6, "lower", "4", "0"),
    row(7, "higher", "98,60", "100%"),
    row(8, "higher", "% 6,4", "6,8"),
    row(9, "qualitative", "discreto", "buono"),
    row(10, "qualitative", "ottimo", "buono"),
    row(11, "yesno", "no", "realizzazione"),
    row(12, "higher", "circa 5", "10")
  );
  return plan;
}

/** The computed columns of a workbook LibreOffice recalculated, against the core's values. */
async function expectCoreValues(recalculated: Uint8Array): Promise<{
  rows: Scalar[][];
  achievement: number;
  plan: Plan;
}> {
  const out = await loadWorkbook(recalculated);
  if (!out.ok) throw new Error(out.reason.en);
  const tables = workbookTables(out.workbook);
  const t = tables.indicators!;
  const readBack = read(tables).plan;

  const cols = {
    actual: t.header.indexOf("Calcolato: Consuntivo"),
    target: t.header.indexOf("Calcolato: Target"),
    achievement: t.header.indexOf("Calcolato: Raggiungimento"),
    deviation: t.header.indexOf("Calcolato: Scostamento"),
    outcome: t.header.indexOf("Calcolato: Esito"),
  };
  let numeric = 0;
  readBack.indicators.forEach((ind, i) => {
    const expected = computeValues(ind, readBack.firstYear, TH);
    for (const k of Object.keys(cols) as (keyof typeof cols)[]) {
      const got = t.rows[i][cols[k]];
      const want = expected[k];
      if (typeof want === "number") {
        expect({
          row: i,
          k,
          got: typeof got === "number" ? Number(got.toFixed(9)) : got,
        }).toEqual({ row: i, k, got: Number(want.toFixed(9)) });
        numeric++;
      } else {
        expect({ row: i, k, got }).toEqual({ row: i, k, got: want });
      }
    }
  });
  expect(numeric).toBeGreaterThan(80);
  return { rows: t.rows, achievement: cols.achievement, plan: readBack };
}

const run = hasSoffice ? it : inCI ? it : it.skip;

describe("LibreOffice recalculates the native formulas to the core's values", () => {
  if (!hasSoffice && inCI) {
    it("needs soffice on PATH in CI", () => {
      throw new Error("soffice (LibreOffice) is not on PATH: install libreoffice-calc-nogui");
    });
    return;
  }

  run(
    "achievement, deviation, outcome and the compared figures, also after an analyst's edit",
    async () => {
      const plan = cornerPlan();
      const l = await loadWorkbook(
        await planToXlsx(plan, { formulas: "native", cachedResults: false })
      );
      if (!l.ok) throw new Error(l.reason.en);
      // an analyst types a new year-end actual before LibreOffice opens the file: formulas are live
      const ws = l.workbook.getWorksheet("Indicatori")!;
      ws.getCell(10, headerIndex(ws, "Consuntivo 31/12/2020")).value = 12000;
      const edited = await toBuffer(l.workbook);

      const { rows, achievement, plan: readBack } = await expectCoreValues(recalculate(edited));
      expect(readBack.indicators[8].actuals["2020-12-31"].value).toBe(12000);
      // the edited row was recomputed by LibreOffice: 12.000 / 15.500
      expect(rows[8][achievement] as number).toBeCloseTo(12000 / 15500, 9);
    },
    180_000
  );

  run(
    "a workbook filled by pira fill (written into the package, no cached results)",
    async () => {
      const empty = await planToXlsx(cornerPlan(), { formulas: "none" });
      const filled = await fillXlsxFile(empty, { style: "native", cachedResults: false });
      if (!filled.ok) throw new Error(filled.reason.en);
      expect(filled.writer).toEqual({ kind: "package" });
      await expectCoreValues(recalculate(filled.bytes));
    },
    180_000
  );
});

describe("LibreOffice reads what the package writer wrote (package/write.ts)", () => {
  run(
    "the native formulas of a new workbook, without cached results, recalculate to the core's values",
    async () => {
      await expectCoreValues(
        recalculate(await planToXlsx(cornerPlan(), { formulas: "native", cachedResults: false }))
      );
    },
    180_000
  );

  run(
    "imported formula-like text stays text (quote prefix), #NUM! stays an error, never a number",
    async () => {
      const plan = referencePlan();
      const hostile = ['=HYPERLINK("http://example.org/x","clicca")', "+1+1", "-1+1", "@SUM(A1)"];
      hostile.forEach((h, i) => (plan.indicators[i].name = h));
      plan.indicators[0].targets["2020"] = { raw: "", kind: "number", value: Infinity };
      const bytes = await planToXlsx(plan, { formulas: "values" });
      const back = await loadWorkbook(recalculate(bytes));
      if (!back.ok) throw new Error(back.reason.en);
      const ws = back.workbook.getWorksheet("Indicatori")!;
      const name = headerIndex(ws, "Indicatore");
      hostile.forEach((h, i) => {
        const written = ws.getCell(i + 2, name);
        expect(written.type).toBe(ExcelJS.ValueType.String);
        expect(written.value).toBe(h);
      });
      // LibreOffice saves the error as the formula =#NUM!: still the error, no number
      expect(scalarOf(ws.getCell(2, headerIndex(ws, "Target 2020")).value)).toBe("#NUM!");
    },
    180_000
  );
});
