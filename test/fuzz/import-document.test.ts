/**
 * Fuzz: the document importer on the reference document damaged at the character level
 * (characters inserted, deleted or replaced — control characters, tabs, markup, unicode) and at
 * the line level (lines repeated, dropped, swapped). It never throws, finishes in time linear in
 * the text, returns a coherent plan, and loses no figure silently: every percentage written in a
 * table cell is in the plan or in the report of what was not understood.
 */
import fc from "fast-check";
import { importDocument } from "../../src/core/import";
import { referenceText } from "../core/import-helpers";
import { budget, timeout } from "./budget";
import { cpuClock } from "../helpers/linear-time";

const REFERENCE = referenceText();
const LINES = REFERENCE.split("\n");
/** Per run, in CPU time of this process (cpuClock): the reference imports in about 30 ms; a damaged copy may take a few times that. */
const LIMIT_MS = 2_000;

const CHARACTERS = [
  "\t",
  "\n",
  "\r",
  "\u0000",
  "\u001b",
  "\u0007",
  "\u00a0",
  "\u202f",
  "\ufeff",
  "\u2028",
  "<",
  ">",
  "<sup>",
  "</sup>",
  "<b>",
  "%",
  ",",
  ".",
  "€",
  "n.d.",
  "**",
  "|",
  "=",
  "😀",
  "\ud800",
];

type Edit =
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "replace"; at: number; text: string };

const position = fc.noBias(fc.nat(999_999)).map((n) => n / 1_000_000);
const piece = fc.oneof(
  fc.constantFrom(...CHARACTERS),
  fc.string({ maxLength: 4 }),
  fc.fullUnicodeString({ maxLength: 2 })
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: position, text: piece }),
  fc.record({
    kind: fc.constant("delete" as const),
    at: position,
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ kind: fc.constant("replace" as const), at: position, text: piece })
);

function edited(text: string, edits: Edit[]): string {
  let s = text;
  for (const e of edits) {
    const i = Math.floor(e.at * s.length);
    if (e.kind === "insert") s = s.slice(0, i) + e.text + s.slice(i);
    else if (e.kind === "delete") s = s.slice(0, i) + s.slice(i + e.length);
    else s = s.slice(0, i) + e.text + s.slice(i + e.text.length);
  }
  return s;
}

type LineEdit = { kind: "repeat" | "drop" | "swap"; at: number; other: number };
const lineEdit: fc.Arbitrary<LineEdit> = fc.record({
  kind: fc.constantFrom("repeat" as const, "drop" as const, "swap" as const),
  at: position,
  other: position,
});

function linesEdited(lines: string[], edits: LineEdit[]): string {
  const out = [...lines];
  for (const e of edits) {
    if (out.length === 0) break;
    const i = Math.floor(e.at * out.length);
    const j = Math.floor(e.other * out.length);
    if (e.kind === "repeat") out.splice(i, 0, out[i]);
    else if (e.kind === "drop") out.splice(i, 1);
    else [out[i], out[j]] = [out[j], out[i]];
  }
  return out.join("\n");
}

const PERCENT = /^-?\d[\d.,]*\s?%$/;

/** The invariants of one import. */
function check(text: string): void {
  const cpu = cpuClock();
  const r = importDocument(text);
  const ms = cpu();
  expect(ms).toBeLessThan(LIMIT_MS);
  const { plan, report } = r;
  expect(report.counts).toEqual({
    entities: plan.entities.length,
    programmes: plan.programmes.length,
    indicators: plan.indicators.length,
    notUnderstood: report.notUnderstood.length,
  });
  const programmes = new Set(plan.programmes.map((p) => p.id));
  for (const i of plan.indicators) expect(programmes.has(i.programme)).toBe(true);
  for (const n of report.notUnderstood) {
    expect(n.reason.it.length).toBeGreaterThan(0);
    expect(n.reason.en.length).toBeGreaterThan(0);
  }
  // spaces compared as one kind (a value's raw text keeps a no-break space as a plain one)
  const spaces = (t: string) => t.replace(/\s+/gu, " ");
  const found = spaces(
    JSON.stringify(plan) + JSON.stringify(report.notUnderstood.map((n) => n.text))
  );
  for (const line of text.split("\n")) {
    if (!line.includes("\t")) continue;
    for (const cell of line.split("\t")) {
      const figure = spaces(cell.trim());
      if (PERCENT.test(figure)) expect([figure, found.includes(figure)]).toEqual([figure, true]);
    }
  }
}

describe("importDocument on a damaged reference document", () => {
  test("the reference itself holds the invariants", () => check(REFERENCE));

  test("found by this fuzz: a data row run into its table's header line loses no figure", () => {
    // the line break after «Consuntivo 30.09.2020 | Target 2020 | Performance» and the first
    // cells of the row below deleted: the line still reads as a header, its figures are data
    const damaged = REFERENCE.replace(
      /(Proventi\tIndicatore\tFormula\t)Consuntivo 30\.09\.2020\tTarget 2020\tPerformance\n\t/,
      "$1Consuntivo 30.09.20\t"
    );
    expect(damaged).not.toBe(REFERENCE);
    check(damaged);
    const r = importDocument(damaged);
    const reported = r.report.notUnderstood.map((n) => n.text);
    expect(reported).toEqual(expect.arrayContaining(["64%", "€ 3.155.497", "4.960.084"]));
  });

  test("found by this fuzz: two header columns for the same period lose no value", () => {
    // «CONSUNTIVO AL 30.9.2020» damaged into «CONSUNTIVO AL2020» reads as the year-end actual,
    // as its neighbour does: the first is read, the second's cells are reported (PIRA-W915)
    const damaged = REFERENCE.replace("CONSUNTIVO AL 30.9.2020", "CONSUNTIVO AL2020");
    expect(damaged).not.toBe(REFERENCE);
    check(damaged);
    const r = importDocument(damaged);
    expect(r.report.diagnostics.map((d) => d.code)).toContain("PIRA-W915");
    expect(r.report.notUnderstood.some((n) => n.text.startsWith("16%"))).toBe(true);
  });

  test(
    "characters inserted, deleted, replaced",
    () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) =>
          check(edited(REFERENCE, edits))
        ),
        budget(40)
      );
    },
    timeout(120_000)
  );

  test(
    "lines repeated, dropped, swapped",
    () => {
      fc.assert(
        fc.property(fc.array(lineEdit, { minLength: 1, maxLength: 10 }), (edits) =>
          check(linesEdited(LINES, edits))
        ),
        budget(40)
      );
    },
    timeout(120_000)
  );
});
