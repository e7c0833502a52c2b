import {
  readValue,
  toPlanValue,
  valueFromCell,
  formatItalianNumber,
  piraFromPlanValue,
} from "../../src/core/values";
import * as readModule from "../../src/core/values/read";
import type { PlanValue } from "../../src/core/plan/types";

type Row = [text: string, kind: string, value: string | null, extra?: Record<string, unknown>];

// Every notation docs/values.md lists, as written in the reference document.
const ROWS: Row[] = [
  ["1", "number", "1"],
  ["390", "number", "390"],
  ["100%", "percent", "1"],
  ["0%", "percent", "0"],
  ["3.960", "number", "3960"],
  ["2.377.957", "number", "2377957"],
  ["98,60", "number", "98.6"],
  ["1,9", "number", "1.9"],
  ["98,47%", "percent", "0.9847"],
  ["0,35%", "percent", "0.0035"],
  ["-15", "number", "-15"],
  ["-28,76", "number", "-28.76"],
  ["€ 4.278.724", "currency", "4278724", { unit: "€" }],
  ["€ 0", "currency", "0"],
  ["€ 1.107.200,00", "currency", "1107200"],
  ["€ 30.000", "currency", "30000"],
  ["1.000 €", "currency", "1000"],
  ["% 6,4", "percent", "0.064"],
  ["% 52%", "percent", "0.52"],
  ["% 64,21%", "percent", "0.6421"],
  ["n. 0,82", "number", "0.82", { unit: "n." }],
  ["n.d.", "missing", null],
  ["N.D.", "missing", null],
  ["", "missing", null],
  ["si", "yesno", "1", { yes: true }],
  ["sì", "yesno", "1", { yes: true }],
  ["SI", "yesno", "1", { yes: true }],
  ["no", "yesno", "0", { yes: false }],
  ["realizzato", "yesno", "1", { yes: true, word: "realizzato" }],
  ["realizzazione", "yesno", "1", { yes: true, word: "realizzazione" }],
  ["buono", "qualitative", null, { word: "buono" }],
  ["4 su 8", "ratio", "4", { of: "8" }],
  ["8 su 8", "ratio", "8", { of: "8" }],
  [
    "=91/28008 0,32% - 3,2 ogni 1.000 imprese",
    "percent",
    "0.0032",
    { annotation: "=91/28008 … - 3,2 ogni 1.000 imprese" },
  ],
  ["76,07% (194/255)", "percent", "0.7607", { annotation: "(194/255)" }],
  [
    "0,024 (n. 1 contenzioso su n. 41 dipendenti al 01.01.2020)",
    "number",
    "0.024",
    { annotation: "(n. 1 contenzioso su n. 41 dipendenti al 01.01.2020)" },
  ],
  ["16% <sup>1</sup>", "percent", "0.16", { footnotes: ["1"], raw: "16%" }],
  ["63% <sup>2</sup>", "percent", "0.63", { footnotes: ["2"] }],
  ["<b>€ 98.850,00</b>", "currency", "98850"],
  ["0,00%", "percent", "0"],
  ["7,77", "number", "7.77"],
  ["1.5", "number", "1.5"],
  ["\u00a0 12\u00a0", "number", "12"],
];

describe("readValue: every value format of the reference document", () => {
  test.each(ROWS.map((r) => [r[0], r]))("%j", (_t, row) => {
    const [text, kind, value, extra] = row as Row;
    const r = readValue(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.kind).toBe(kind);
    expect(r.value.number === null ? null : r.value.number.toString()).toBe(value);
    for (const [k, v] of Object.entries(extra ?? {})) {
      const got = (r.value as unknown as Record<string, unknown>)[k];
      expect(
        got !== null && typeof got === "object" && !Array.isArray(got) ? String(got) : got
      ).toEqual(v);
    }
  });

  test("numbers are exact, never float artefacts", () => {
    const r = readValue("0,1");
    const s = readValue("0,2");
    expect(r.ok && s.ok && r.value.number!.plus(s.value.number!).toString()).toBe("0.3");
    const p = readValue("98,47%");
    expect(p.ok && p.value.number!.toString()).toBe("0.9847");
  });

  test.each(["abc", "30/09", "31/02/2021", "12abc", "€", "%", "su", "1,2,3", "=SUM(A1)"])(
    "unreadable %p is a failure with a reason",
    (text) => {
      const r = readValue(text);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.reason.it).toContain("non è un valore leggibile");
      expect(r.reason.en).toContain("is not a readable value");
      expect(r.raw).toBe(text);
    }
  );

  test("never throws on odd input", () => {
    for (const t of [
      null,
      undefined,
      5,
      "\u0000",
      "€€€",
      "-",
      "--5",
      "%%",
      "n.",
      "(1)",
      "1 su",
      " su 3",
    ]) {
      expect(() => readValue(t as unknown as string)).not.toThrow();
    }
  });
});

describe("plan values", () => {
  test("a plan value's typed reading is kept on it: read once, read again when it changes", () => {
    const spy = jest.spyOn(readModule, "readValue");
    try {
      const v: PlanValue = { raw: "≥ 90%", kind: "percent", value: 0.9, comparison: ">=" };
      const first = piraFromPlanValue(v);
      expect(piraFromPlanValue(v)).toBe(first);
      expect(spy).toHaveBeenCalledTimes(1);
      // hidden: the plan value's own fields and its JSON are as they were
      expect(Object.keys(v)).toEqual(["raw", "kind", "value", "comparison"]);
      expect(JSON.stringify(v)).toBe(JSON.stringify({ ...v }));
      v.raw = "≥ 95%";
      v.value = 0.95;
      expect(piraFromPlanValue(v).number?.toString()).toBe("0.95");
      expect(spy).toHaveBeenCalledTimes(2);
      // a number without text, then the same number as a percent: each its own reading
      const n: PlanValue = { raw: "", kind: "number", value: 0.5 };
      expect(piraFromPlanValue(n).kind).toBe("number");
      n.kind = "percent";
      expect(piraFromPlanValue(n).kind).toBe("percent");
      // a frozen value is read each time, never changed
      const frozen = Object.freeze({ raw: "12", kind: "number", value: 12 } as PlanValue);
      expect(piraFromPlanValue(frozen).number?.toNumber()).toBe(12);
      expect(piraFromPlanValue(frozen).number?.toNumber()).toBe(12);
    } finally {
      spy.mockRestore();
    }
  });

  test("toPlanValue keeps raw and reads value", () => {
    expect(toPlanValue("98,47%")).toEqual({ raw: "98,47%", kind: "percent", value: 0.9847 });
    expect(toPlanValue("sì")).toEqual({ raw: "sì", kind: "yesno", value: true });
    expect(toPlanValue("buono")).toEqual({ raw: "buono", kind: "qualitative", value: "buono" });
    expect(toPlanValue("4 su 8")).toEqual({ raw: "4 su 8", kind: "ratio", value: 4, of: 8 });
    expect(toPlanValue("N.D.")).toEqual({ raw: "N.D.", kind: "missing", value: null });
    expect(toPlanValue("da definire")).toEqual({ raw: "da definire", kind: "text", value: null });
    expect(toPlanValue("76,07% (194/255)")).toEqual({
      raw: "76,07% (194/255)",
      kind: "percent",
      value: 0.7607,
      annotation: "(194/255)",
    });
  });

  test("piraFromPlanValue re-reads raw, and takes a bare number exactly", () => {
    expect(
      piraFromPlanValue({ raw: "3.960", kind: "number", value: 3960 }).number!.toString()
    ).toBe("3960");
    const n = piraFromPlanValue({ raw: "", kind: "percent", value: 0.375 });
    expect(n.kind).toBe("percent");
    expect(n.number!.toString()).toBe("0.375");
  });
});

describe("cells and formatting", () => {
  test("valueFromCell", () => {
    const n = valueFromCell(0.9847);
    expect(n.ok && n.value.kind === "number" && n.value.native).toBe(true);
    const b = valueFromCell(true);
    expect(b.ok && b.value.yes).toBe(true);
    const e = valueFromCell(null);
    expect(e.ok && e.value.kind).toBe("missing");
    expect(valueFromCell(Number.NaN).ok).toBe(false);
  });
  test("formatItalianNumber", () => {
    expect(formatItalianNumber(1234567.891, 2)).toBe("1.234.567,89");
    expect(formatItalianNumber(-28.76)).toBe("-28,76");
    expect(formatItalianNumber(0.5, 0)).toBe("1");
  });
});
