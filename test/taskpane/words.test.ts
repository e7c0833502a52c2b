/**
 * The pane's words and numbers as an analyst reads them (issue 21): the article before a number,
 * thresholds typed the Italian way, what a chosen file is before anything is replaced.
 */
import { dei } from "../../src/core/validation/completeness";
import { percentValue, thresholdFieldProblems } from "../../src/taskpane/views/SettingsView";
import { fileKind } from "../../src/workbench/file-kind";
import { editText, typedValue } from "../../src/workbench/cell-input";
import { STRINGS } from "../../src/taskpane/strings";

describe("Italian words", () => {
  it("«degli» before the numbers whose name starts with a vowel", () => {
    const degli = [8, 11, 80, 88, 800, 8000, 11000, 11999, 80000, 11_000_000];
    const deiN = [1, 2, 3, 7, 9, 10, 12, 18, 21, 110, 111, 1100, 1800, 21000];
    for (const n of degli) expect(`${dei(n)} ${n}`).toBe(`degli ${n}`);
    for (const n of deiN) expect(`${dei(n)} ${n}`).toBe(`dei ${n}`);
  });

  it("one row is «1 riga»", () => {
    expect(STRINGS.it.workbench.rows(1)).toBe("1 riga");
    expect(STRINGS.it.workbench.rows(12000)).toBe("12.000 righe");
    expect(STRINGS.en.workbench.rows(1)).toBe("1 row");
  });

  it("no command-line syntax and no internal word in the pane's Italian strings", () => {
    const all: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === "string") all.push(v);
      else if (typeof v === "function") {
        const f = v as (...a: unknown[]) => unknown;
        // the counts at 1, where a plural goes wrong; arguments of another type are skipped
        try {
          const out = f(...Array.from({ length: f.length }, () => 1));
          if (typeof out === "string") all.push(out);
        } catch {
          /* not a count */
        }
      } else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(STRINGS.it);
    for (const s of all) {
      expect(s).not.toMatch(/pira (publish|import|fill|validate)|pira-plan|Affidabilità/);
      expect(s).not.toMatch(/\b1 (righe|celle|fogli|indicatori|programmi|enti|errori|avvisi)\b/);
    }
  });
});

describe("thresholds typed the Italian way", () => {
  it.each([
    ["72,5", 0.725],
    ["72,5%", 0.725],
    [" 72.5 % ", 0.725],
    ["70", 0.7],
    ["0", 0],
    ["100%", 1],
  ])("%s is %d", (typed, value) => {
    expect(percentValue(typed)).toBeCloseTo(value, 12);
  });

  it.each(["", "abc", "7,2,5", "72.500", "72,5 %%", "-5", "1e2"])(
    "%s is not a number read exactly",
    (typed) => {
      expect(percentValue(typed)).toBeNaN();
    }
  );

  it("each problem under its own field", () => {
    expect(thresholdFieldProblems({ low: 0.7, high: NaN })).toEqual({
      low: null,
      high: "notNumber",
    });
    expect(thresholdFieldProblems({ low: 1.5, high: 0.9 })).toEqual({ low: "range", high: null });
    expect(thresholdFieldProblems({ low: 0.9, high: 0.7 })).toEqual({ low: null, high: "order" });
  });
});

describe("what a chosen file is", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const zipWith = (name: string) => {
    const head = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0)]);
    return new Uint8Array([...head, ...bytes(name)]);
  };
  it("tells workbooks, tables and documents apart", () => {
    expect(fileKind("a.xlsx", zipWith("xl/workbook.xml")).kind).toBe("xlsx");
    expect(fileKind("a.csv", bytes("Indicatore;Target\r\nA;1\r\n")).kind).toBe("csv");
    const refused = (name: string, b: Uint8Array) => {
      const k = fileKind(name, b);
      return k.kind === "refused" ? k.reason.it : k.kind;
    };
    expect(refused("a.xlsx", zipWith("word/document.xml"))).toMatch(/Word.*«Importa»/);
    expect(
      refused("a.ods", zipWith("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"))
    ).toMatch(/salvarlo come \.xlsx/);
    expect(
      refused("a.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    ).toMatch(/Excel 97-2003/);
    expect(refused("a.xlsx", bytes("not a zip"))).toMatch(/danneggiato/);
    expect(refused("a.pdf", bytes("%PDF-1.7"))).toMatch(/«Importa › Carica un file…»/);
    expect(refused("a.csv", new Uint8Array([0x41, 0, 0x42]))).toMatch(/non è un file .xlsx né/);
    expect(refused("a.txt", bytes("PIRA 2021"))).toMatch(/«Importa»/);
  });
});

describe("what is typed into a workbench cell", () => {
  it.each([
    ["150", 150],
    ["4,5", 4.5],
    ["1.050.000", 1050000],
    ["1.050.000,25", 1050000.25],
    ["-3", -3],
    ["72,5%", 0.725],
    ["", null],
  ])("%s is %p", (typed, value) => {
    expect(typedValue(typed).value).toBe(value);
  });

  it.each(["72.5", "1,2 milioni", "n.d.", "1.05", "€ 5"])("%s stays text", (typed) => {
    expect(typedValue(typed).value).toBe(typed);
  });

  it("a day is a date; a day that does not exist stays text", () => {
    expect(typedValue("31/12/2021").value).toEqual(new Date(Date.UTC(2021, 11, 31)));
    expect(typedValue("31/02/2021").value).toBe("31/02/2021");
  });

  it("what editing starts from types back to the same value", () => {
    for (const [v, fmt] of [
      [1050000, "#,##0"],
      [0.725, "0.0%"],
      [4.5, null],
      [0.1 + 0.2, null],
    ] as const) {
      const back = typedValue(editText(v, fmt)).value as number;
      expect(back).toBeCloseTo(v, 10);
    }
  });
});
