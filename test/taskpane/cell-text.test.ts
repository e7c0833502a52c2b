import { formatDecimals, numberText, shownText } from "../../src/workbench/cell-text";

describe("the workbench's cell text", () => {
  it("shows numbers in their format, the Italian way", () => {
    expect(numberText(0.9847, "0.00%")).toBe("98,47%");
    expect(numberText(0.5, "0%")).toBe("50%");
    expect(numberText(3960, '#,##0 "€"')).toBe("3.960 €");
    expect(numberText(1234.5, "#,##0.00")).toBe("1.234,50");
    expect(numberText(2021, "0")).toBe("2021");
    expect(numberText(2021, null)).toBe("2021");
    expect(numberText(0.1 + 0.2, "General")).toBe("0,3");
    expect(formatDecimals('#,##0.000 "€"')).toBe(3);
  });

  it("shows formulas by their cached result, booleans and dates as Excel does", () => {
    expect(shownText({ formula: "A1*2", result: 0 } as never, "0%")).toBe("0%");
    expect(shownText({ formula: "A1*2" } as never)).toBe("=A1*2");
    expect(shownText(true)).toBe("VERO");
    expect(shownText(new Date(Date.UTC(2020, 11, 31)))).toBe("31/12/2020");
    expect(shownText({ richText: [{ text: "a" }, { text: "b" }] } as never)).toBe("ab");
    expect(shownText({ text: "Vai", hyperlink: "#'Indicatori'!A2" } as never)).toBe("Vai");
  });
});
