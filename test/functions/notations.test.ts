/**
 * PIRA.VALUE and PIRA.PERFORMANCE with other chambers' notations: comparison targets (the sign is
 * the polarity), deadlines (dates as text or as Excel serial numbers, a date cell's value),
 * magnitudes and space thousands; ambiguous text is #VALUE! with the reason.
 */
import { PERFORMANCE, VALUE } from "../../src/functions/functions";
import { installCustomFunctions, outcome } from "../helpers/custom-functions";

installCustomFunctions();

function perf(...args: unknown[]): unknown {
  const r = outcome(() =>
    (PERFORMANCE as (...a: unknown[]) => unknown)(...args.map((a) => (a === undefined ? a : [[a]])))
  );
  return Array.isArray(r) ? r[0][0] : r;
}

const value = (x: unknown) => outcome(() => VALUE(x));

describe("PIRA.VALUE", () => {
  test.each([
    ["€ 1,2 milioni", 1200000],
    ["1,5 mln €", 1500000],
    ["35 mila", 35000],
    ["120 k€", 120000],
    ["2 947 171", 2947171],
    ["2\u00a0947\u00a0171", 2947171],
    ["≥ 90%", 0.9],
    ["<= 5 gg", 5],
    ["31/12/2021", 44561],
    ["entro il 30/06/2021", 44377],
  ])("%p → %p", (text, n) => {
    expect(value(text)).toBe(n);
  });

  test.each([
    ["12 34", /altre cifre dopo il numero/],
    ["1,2 mil.", /ordine di grandezza «mil\.» non chiaro/],
    ["31/02/2021", /non esiste/],
    ["1" + "0".repeat(308), /9,99999999999999E\+307/],
  ])("%p is #VALUE! with the reason", (text, reason) => {
    expect(value(text)).toEqual({ error: "#VALUE!", message: expect.stringMatching(reason) });
  });
});

describe("PIRA.PERFORMANCE", () => {
  test("a comparison target as the target argument: its sign is the polarity", () => {
    expect(perf("45%", "≥ 90%")).toBe(0.5);
    expect(perf("95%", ">= 90%")).toBe(1);
    expect(perf("8", "<= 6 gg")).toBe(0.75);
    expect(perf("8", "max 6 gg", "crescente")).toBe(0.75); // the sign wins over the polarity
    expect(perf("25", "non superiore a 20 giorni")).toBe(0.8);
    expect(perf(0, "> 0")).toBe(0);
  });

  test("a deadline against a date written as text or a date cell (an Excel serial number)", () => {
    expect(perf("15/06/2021", "entro il 30/06/2021")).toBe(1);
    expect(perf("01/07/2021", "entro il 30/06/2021")).toBe(0);
    expect(perf(44377, "entro il 30/06/2021")).toBe(1); // 30/06/2021 in a date cell
    expect(perf(44378, "31/12/2020")).toBe(0);
    expect(perf("realizzato", "entro il 30/06/2021", "sì-no")).toBe(1);
    expect(perf("realizzato", "entro il 30/06/2021", "decrescente")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/termine/),
    });
  });

  test("magnitudes and space thousands", () => {
    expect(perf("2 947 171", "3 200 000")).toBe(2947171 / 3200000);
    expect(perf("€ 600 mila", "€ 1,2 milioni")).toBe(0.5);
  });

  test("a column of notations in one call", () => {
    const r = PERFORMANCE(
      [["45%"], ["8"], ["15/06/2021"], ["12 34"]],
      [["≥ 90%"], ["<= 6 gg"], ["entro il 30/06/2021"], ["10"]]
    );
    expect(r.slice(0, 3)).toEqual([[0.5], [0.75], [1]]);
    expect(r[3][0]).toMatchObject({ code: "#VALUE!" });
  });
});

describe("notations of published plans", () => {
  test.each([
    ["=90%", 0.9],
    ["= 45.000", 45000],
    ["=-0,34", -0.34],
    ["Maggiore o uguale al 4,85%", 0.0485],
    ["+ 26,03", 26.03],
    ["- 15,36", -15.36],
    ["(60,6%)", 0.606],
  ])("PIRA.VALUE(%s) = %s", (text, n) => {
    expect(value(text)).toBeCloseTo(n, 12);
  });

  test("PIRA.PERFORMANCE reads them: spelled-out sign is the polarity, «=» a plain target", () => {
    expect(perf("8", "minore o uguale a 6 gg", "crescente")).toBe(0.75);
    expect(perf("45%", "=90%")).toBe(0.5);
    expect(perf("45%", "maggiore o uguale a 90,00%")).toBe(0.5);
  });
});
