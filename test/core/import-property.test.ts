/**
 * Property: the importer never throws, whatever the text, and always returns a coherent plan and report.
 */
import fc from "fast-check";
import { importDocument, type ImportResult } from "../../src/core/import";
import { referenceText } from "./import-helpers";

const referenceLines = referenceText().split("\n");

/** What holds of every import, whatever went in. */
function coherent(r: ImportResult): void {
  const { plan, report } = r;
  expect(plan.format).toBe("pira-plan");
  expect(Number.isInteger(plan.firstYear)).toBe(true);
  expect(typeof plan.title).toBe("string");
  expect(report.counts).toEqual({
    entities: plan.entities.length,
    programmes: plan.programmes.length,
    indicators: plan.indicators.length,
    notUnderstood: report.notUnderstood.length,
  });
  const ids = [...plan.entities, ...plan.programmes, ...plan.indicators].map((x) => x.id);
  expect(new Set(ids).size).toBe(ids.length);
  const entities = new Set(plan.entities.map((e) => e.id));
  const programmes = new Set(plan.programmes.map((p) => p.id));
  for (const p of plan.programmes) {
    expect(entities.has(p.entity)).toBe(true);
    expect(report.sources[p.id]).toBeDefined();
    expect(p.mission === "" || /^\d{3}$/.test(p.mission)).toBe(true);
    expect(p.programme === "" || /^\d{3}$/.test(p.programme)).toBe(true);
  }
  for (const i of plan.indicators) {
    expect(programmes.has(i.programme)).toBe(true);
    expect(report.sources[i.id]).toBeDefined();
    // inferred, unless a value of the row states it (a comparison sign or a deadline)
    expect(typeof i.polarityInferred).toBe("boolean");
  }
  for (const n of report.notUnderstood) {
    expect(n.text).not.toBe("");
    expect(Number.isInteger(n.line)).toBe(true);
  }
  expect(() => JSON.stringify(r)).not.toThrow();
}

const VOCABULARY = [
  "",
  "",
  "<b>Missione 011</b>",
  'Missione 32) "Servizi"',
  "<b>Programma 005</b>",
  "## IL PIANO DELLA C.C.I.A.A. DI LUCCA",
  "VALENZA INDICATORE",
  "Algoritmo di calcolo",
  "CONSUNTIVO AL 30.9.2020",
  "TARGET 2021",
  "Target triennio",
  "Indicatori",
  "Indicatore",
  "Indicatore di avanzamento",
  "Formula",
  "UDM",
  "30/09/20",
  "Stato 2020",
  "Performance",
  "Tipologia",
  "Fasi",
  "Fase",
  "2020",
  "2021",
  "▶▶",
  "←→",
  "Area strategica",
  "Programma",
  "Budget",
  "€ 1.107.200,00 (cui)",
  "Descrizione",
  "<p>a</p> <ul><li>b</li></ul>",
  "Stakeholder",
  "Benefici Attesi",
  "<i>x</i> <i>y</i>",
  "Condizioni",
  "Equilibrio economico",
  "Missione",
  "Programma Strategico",
  "11 – Competitività",
  "005 – Promozione",
  "98,47%",
  "16% <sup>1</sup>",
  "<sup>1</sup> nota",
  "n.d.",
  "% 6,4",
  "4 su 8",
  "buono",
  "=1+1",
  "(INDICATORE PARETO)",
  "0,00%",
];

const tableish = fc
  .array(
    fc
      .array(fc.oneof(fc.constantFrom(...VOCABULARY), fc.string({ maxLength: 6 })), {
        minLength: 1,
        maxLength: 12,
      })
      .map((cells) => cells.join("\t")),
    { maxLength: 40 }
  )
  .map((lines) => lines.join("\n"));

describe("importDocument never throws", () => {
  test("arbitrary strings", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.fullUnicodeString({ maxLength: 200 })),
        (text) => {
          coherent(importDocument(text));
        }
      ),
      { numRuns: 300 }
    );
  });

  test("lines built from the documents' own words, tabs and markers", () => {
    fc.assert(
      fc.property(
        tableish,
        fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }),
        (text, firstYear) => {
          const r = importDocument(text, { firstYear });
          coherent(r);
          if (firstYear !== undefined) expect(r.plan.firstYear).toBe(firstYear);
        }
      ),
      { numRuns: 300 }
    );
  });

  test("the reference document with lines shuffled and deleted", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(referenceLines, { minLength: 0, maxLength: referenceLines.length }),
        (lines) => {
          coherent(importDocument(lines.join("\n")));
        }
      ),
      { numRuns: 60 }
    );
  });

  test("the reference document with random lines deleted, order kept", () => {
    fc.assert(
      fc.property(fc.subarray(referenceLines.map((l, i) => [i, l] as const)), (kept) => {
        coherent(importDocument(kept.map((x) => x[1]).join("\n")));
      }),
      { numRuns: 60 }
    );
  });

  test("the reference document with its cells cut at random tabs", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(referenceLines.length - 1), { maxLength: 30 }),
        fc.nat(10),
        (which, at) => {
          const lines = [...referenceLines];
          for (const n of which) {
            const cells = lines[n].split("\t");
            if (cells.length > 1)
              lines[n] = [
                ...cells.slice(0, at % cells.length),
                ...cells.slice((at % cells.length) + 1),
              ].join("\t");
            else lines[n] = `\t${lines[n]}`;
          }
          coherent(importDocument(lines.join("\n")));
        }
      ),
      { numRuns: 60 }
    );
  });

  test("not-a-string input from JavaScript callers", () => {
    for (const bad of [undefined, null, 42, {}, []]) {
      coherent(importDocument(bad as unknown as string));
    }
  });
});
