/** An analyst's CSV as a workbench sheet: numbers only where they read exactly, the rest as written. */
import { XlsxBackend } from "../../src/adapters/xlsx/memory-backend";
import { csvCell } from "../../src/adapters/xlsx/csv-sheet";
import { fillInPlace } from "../../src/app/analyst-fill";

describe("csvCell", () => {
  it.each([
    ["150", { value: 150 }],
    ["-3", { value: -3 }],
    ["12,5", { value: 12.5 }],
    ["93%", { value: 0.93, format: "0%" }],
    ["93,33%", { value: 0.9333, format: "0.00%" }],
    ["1.500", { value: "1.500" }],
    ["€ 1,2 milioni", { value: "€ 1,2 milioni" }],
    ["≥ 90%", { value: "≥ 90%" }],
    ["2 947 171", { value: "2 947 171" }],
  ])("%s", (text, cell) => expect(csvCell(text)).toEqual(cell));
});

describe("the workbench opens a CSV as a sheet, then fills it in place", () => {
  it("maps and fills the CSV's table", async () => {
    const backend = new XlsxBackend();
    const problems = backend.openCsv(
      "Indicatore;Unità di misura;Target 2021;Consuntivo 31/12/2021\r\nPratiche evase;numero;100;80\r\nTempo medio;giorni;<= 5 gg;4\r\n",
      "monitoraggio.csv"
    );
    expect(problems).toEqual([]);
    expect(backend.fileName).toBe("monitoraggio.xlsx");
    expect(backend.workbook.worksheets.map((w) => w.name)).toEqual(["monitoraggio"]);
    const r = await fillInPlace(backend);
    if (!r.ok) throw new Error(r.reason.en);
    const ws = backend.workbook.getWorksheet("monitoraggio")!;
    expect(ws.getCell("G2").formula).toMatch(/E2/);
    expect(ws.getCell("J3").value).toBe("valore: formula non applicabile (testo «<= 5 gg»)");
    expect(backend.workbook.getWorksheet("PIRA Mappature")?.state).toBe("hidden");
  });
});

describe("what reading a CSV found wrong reaches the user", () => {
  it("a quote left open is returned, not dropped", () => {
    const backend = new XlsxBackend();
    const problems = backend.openCsv(
      'Indicatore;Target 2021\r\n"Pratiche evase;100\r\n',
      "rotto.csv"
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].it.length).toBeGreaterThan(0);
    expect(problems[0].en.length).toBeGreaterThan(0);
  });
});
