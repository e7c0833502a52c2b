/**
 * The package reader (src/adapters/xlsx/read) on any sheet ExcelJS writes: every cell's value,
 * number format and formula read back — text of any characters (XML's special ones, accents,
 * emoji, spaces kept), rich text joined, numbers, booleans, errors, formulas with their cached
 * results, numbers under a date format as dd/mm/yyyy (core/number-format), under any other format
 * as the number («7 mesi» stays 7) — at their own addresses, wherever the cells sit.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { WorkbookReader } from "../../src/adapters/xlsx/read";
import { checkZip } from "../../src/adapters/zip/safe-zip";
import { numberUnderFormat } from "../../src/core/number-format";

type Value =
  | { kind: "text"; text: string }
  | { kind: "rich"; runs: string[] }
  | { kind: "number"; n: number }
  | { kind: "bool"; b: boolean }
  | { kind: "error" }
  | { kind: "formula"; result: number };

const FORMATS = [
  null,
  "0.0%",
  "#,##0",
  '#,##0.00 "€"',
  "[$€-410] #,##0.00",
  "0 \\m\\e\\s\\i",
  "dd/mm/yyyy",
  "[$-410]d mmmm yyyy",
] as const;

// text as analysts type it; Excel's own escapes (_x0041_) are left to the writer's tests
const text = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 12 })
  .filter(
    (s) =>
      !/_x[0-9a-f]{4}_/i.test(s) && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(s)
  );

const value: fc.Arbitrary<Value> = fc.oneof(
  text.map((t) => ({ kind: "text" as const, text: t })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ kind: "rich" as const, runs })),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((n) => ({ kind: "number" as const, n })),
  fc.integer({ min: 1, max: 60000 }).map((n) => ({ kind: "number" as const, n })),
  fc.boolean().map((b) => ({ kind: "bool" as const, b })),
  fc.constant({ kind: "error" as const }),
  fc.integer({ min: 0, max: 1000 }).map((result) => ({ kind: "formula" as const, result }))
);

const cell = fc.record({
  row: fc.integer({ min: 1, max: 40 }),
  col: fc.integer({ min: 1, max: 30 }),
  value,
  format: fc.constantFrom(...FORMATS),
});

function expected(v: Value, format: string | null): string | number | boolean {
  switch (v.kind) {
    case "text":
      return v.text;
    case "rich":
      return v.runs.join("");
    case "number":
      return numberUnderFormat(v.n, format);
    case "bool":
      return v.b;
    case "error":
      return "#N/A";
    case "formula":
      return numberUnderFormat(v.result, format);
  }
}

test("every cell ExcelJS writes is read back at its address", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(cell, { minLength: 1, maxLength: 30 }), async (cells) => {
      // one value per address: the last written
      const byAddress = new Map<string, (typeof cells)[number]>();
      for (const c of cells) byAddress.set(`${c.row},${c.col}`, c);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Foglio1");
      for (const c of byAddress.values()) {
        const target = ws.getCell(c.row, c.col);
        const v = c.value;
        if (v.kind === "text") target.value = v.text;
        else if (v.kind === "rich") target.value = { richText: v.runs.map((t) => ({ text: t })) };
        else if (v.kind === "number") target.value = v.n;
        else if (v.kind === "bool") target.value = v.b;
        else if (v.kind === "error") target.value = { error: "#N/A" } as ExcelJS.CellErrorValue;
        else target.value = { formula: "1+1", result: v.result } as ExcelJS.CellFormulaValue;
        if (c.format) target.numFmt = c.format;
      }
      const checked = await checkZip(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
      if (!checked.ok) throw new Error(checked.reason.en);
      const opened = await WorkbookReader.open(checked.bytes);
      if (!opened.ok) throw new Error(opened.reason.en);
      const grids = await opened.reader.grids();
      if (!grids.ok) throw new Error(grids.reason.en);
      const read = new Map<string, { v: unknown; f: string | null; formula: string | null }>();
      for (const { grid, formulas } of grids.grids) {
        if (grid.origin.kind !== "sheet") throw new Error("not a sheet");
        const { row, col } = grid.origin;
        grid.rows.forEach((r, i) =>
          r.forEach((v, j) => {
            if (v !== null)
              read.set(`${row + i},${col + j}`, {
                v,
                f: grid.formats?.[i]?.[j] ?? null,
                formula: formulas[i][j],
              });
          })
        );
      }
      const want = new Map<string, { v: unknown; f: string | null; formula: string | null }>();
      for (const [k, c] of byAddress)
        want.set(k, {
          v: expected(c.value, c.format),
          f: c.format,
          formula: c.value.kind === "formula" ? "1+1" : null,
        });
      expect(read).toEqual(want);
    }),
    { numRuns: 40 }
  );
}, 120_000);
