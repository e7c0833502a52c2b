/**
 * Every public reader of user text runs in time linear in its input. Each is run over adversarial
 * texts (the inputs that made the old patterns backtrack: "<sup>" then thousands of spaces, "<a"
 * repeated, runs of dots, digits, quotes, spaces after a keyword …) of n and 4n characters
 * (n = 10,000), and the time must grow about 4× (linear), not 16× (quadratic) or 64× (cubic): the
 * ratio of the two, timed over repetitions long enough to hold on a busy machine
 * (test/helpers/linear-time.ts). No absolute time is asserted: speed goals are `npm run bench`'s.
 */
import { parseProgrammeCode, matchTitle, titleStatus, foldText } from "../../src/core/catalogue";
import { importDocument } from "../../src/core/import";
import { readPolarity } from "../../src/core/performance";
import { validatePlan } from "../../src/core/validation";
import { annotatedRatio } from "../../src/core/validation";
import { cleanCellText, readValue, toPlanValue } from "../../src/core/values";
import { valueOf } from "../../src/functions/value";
import { achievementGrid } from "../../src/functions/achievement-grid";
import { installCustomFunctions } from "../helpers/custom-functions";
import { expectLinearGrowth } from "../helpers/linear-time";
import { cleanPlan, fullIndicator } from "./validation-helpers";

installCustomFunctions();

const N = 10_000;

/** A text of about `n` characters: the head, the pump repeated, the tail. */
function pumped(head: string, pump: string, tail: string, n: number): string {
  return (
    head + pump.repeat(Math.max(1, Math.ceil((n - head.length - tail.length) / pump.length))) + tail
  );
}

/** Asserts linear growth of `read` from n to 4n characters of head + pump × k + tail. */
function expectLinear(
  read: (text: string) => unknown,
  head: string,
  pump: string,
  tail = "\u0001"
): void {
  const what = `${JSON.stringify(head)} + ${JSON.stringify(pump)}×k`;
  expectLinearGrowth(what, read, pumped(head, pump, tail, N), pumped(head, pump, tail, 4 * N));
}

/**
 * Rows of [head, pump, tail]: every row with its three items (test.each takes a missing third
 * argument for jest's `done` callback).
 */
function rows(list: [string, string, string?][]): [string, string, string][] {
  return list.map(([h, p, t]) => [h, p, t ?? "\u0001"]);
}

/** The shapes that made patterns backtrack, for readers of value cells. */
const VALUE_ATTACKS = rows([
  ["<sup>", " "],
  ["<sup>", "\u00a0"],
  ["<sup>1", " ", "</sup"],
  ["", "<a"],
  ["", "<sup>"],
  ["", "<sup "],
  ["", "</"],
  ["", "<b>"],
  ["", " su"],
  ["1", " su 1"],
  ["", "1 "],
  ["", "1."],
  ["", "1,"],
  ["", "1"],
  ["1", " 000"],
  ["", "1 000 "],
  ["€", " "],
  ["≥", " "],
  ["", "≥ "],
  ["entro il ", "1"],
  ["non inferiore a", " "],
  ["", "="],
  ["=", "1"],
  ["1", " mil"],
  ["", "mila"],
  ["", "30/06/2021 "],
  ["", "-"],
  ["", "%"],
  ["", "n. "],
  ["76,07% (", "1/"],
  ["0,024 (n. 1 ", "su n. 1 "],
  ["1 ", "a"],
  ["", "\u200b"],
]);

describe("value readers run in linear time", () => {
  test.each(VALUE_ATTACKS)("readValue: %j then %j repeated", (head, pump, tail) => {
    expectLinear((t) => readValue(t), head, pump, tail);
  });

  test.each(VALUE_ATTACKS.slice(0, 8))("cleanCellText: %j then %j repeated", (head, pump, tail) => {
    expectLinear((t) => cleanCellText(t), head, pump, tail);
  });

  test("the footnote that took a minute: <sup> and 5,000 spaces, now linear", () => {
    const footnote = (n: number) => "<sup>" + " ".repeat(n);
    expectLinearGrowth("<sup> and spaces", readValue, footnote(5000), footnote(20_000));
  });

  test.each(
    rows([
      ["", "1."],
      ["", "1"],
      ["1", "."],
      ["1 ", "a"],
      ["", "1/"],
      ["1", " su"],
    ])
  )("annotated ratio (validation): %j then %j repeated", (head, pump) => {
    expectLinear((t) => annotatedRatio(t), head, pump);
  });

  test.each([
    ["", " "],
    ["sì", " /"],
    ["", "- "],
  ])("readPolarity: %j then %j repeated", (head, pump) => {
    expectLinear((t) => readPolarity(t), head, pump);
  });

  test.each([
    ["<sup>", " "],
    ["", "<a"],
    ["2", " 947"],
    ["≥ ", "1"],
  ])("PIRA.VALUE and PIRA.PERFORMANCE: %j then %j repeated", (head, pump) => {
    expectLinear((t) => valueOf(t), head, pump);
    expectLinear((t) => achievementGrid([[t]], [["90%"]], undefined, undefined), head, pump);
  });
});

describe("the document importer runs in linear time on crafted lines", () => {
  const doc = (line: string) =>
    `PIANO DEGLI INDICATORI\nCAMERA DI COMMERCIO DI PRATO\n\nMissione 011 - Competitività\n${line}\n`;
  test.each([
    ["<sup>", " ", " nota"],
    ["<sup>1", " ", "</sup"],
    ["camera di commercio", " ", "x"],
    ["Camera di Commercio di Prato", '"', "x"],
    ["«", '" ', "»"],
    ["Missione 11", " ", "x"],
    ["Programma 005", " ", "x"],
    ["<p", " ", ""],
    ["<br", " ", ""],
    ["<li", " ", ""],
    ["", "<a", ""],
    ["", "<sup>", ""],
    ["Indicatore\tTarget 2021\t", ":", ""],
    ["Indicatore\tTarget 2021\tStato 2020\nIndicatore X\t", "1 ", "\t1"],
    ["Indicatore\tTarget 2021\tStato 2020\nIndicatore X\t", "<sup> ", "\t1"],
    ["11", " ", "x"],
  ])("importDocument: %j then %j repeated", (head, pump, tail) => {
    expectLinear((t) => importDocument(doc(t)), head, pump, tail);
  });
});

describe("the catalogue title matcher runs in linear time", () => {
  test.each([
    ["", "<"],
    ["<", "a"],
    ["Competitività", " delle imprese"],
    ["", "à"],
  ])("matchTitle / titleStatus / foldText: %j then %j repeated", (head, pump) => {
    expectLinear((t) => foldText(t), head, pump);
    expectLinear((t) => matchTitle(t), head, pump);
    expectLinear((t) => titleStatus("011", "005", t), head, pump);
  });

  test.each([
    ["1", " "],
    [" ", "1"],
    ["011", "."],
  ])("parseProgrammeCode: %j then %j repeated", (head, pump) => {
    expectLinear((t) => parseProgrammeCode(t), head, pump, "x");
  });
});

describe("validation runs in linear time on long value texts", () => {
  test.each([
    ["76,07% (", "1."],
    ["76,07% (", "1"],
    ["0,5 (1 ", "su "],
    ["12", " 34"],
  ])("validatePlan: an actual %j then %j repeated", (head, pump) => {
    const plan = cleanPlan();
    const ind = fullIndicator(plan, plan.programmes[0].id);
    expectLinear(
      (t) => {
        ind.actuals["2020-12-31"] = toPlanValue(t);
        return validatePlan(plan, { asOf: "2021-03-31" });
      },
      head,
      pump
    );
  });
});
