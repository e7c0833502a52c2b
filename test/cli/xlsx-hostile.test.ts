/**
 * Workbooks that claim more than they hold, or contradict themselves, read by the package reader
 * (src/adapters/xlsx/read): a value at XFD1048576 beside the analyst's table is read in memory
 * proportional to the cells (before: a grid of the whole used range, out of memory at 4.3 GB); a
 * shared-string index the file does not have, or a sheet listed without its part, refuses the file
 * with exit 2 and the place (before: empty cells, a skipped sheet, exit 0).
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { XlsxFileBackend } from "../../src/adapters/xlsx/file-backend";
import { readCounts } from "../../src/adapters/xlsx/read";
import { packageCounts } from "../../src/adapters/zip/safe-zip";
import { xlsxOf } from "../fixtures/analyst/build";
import { FLAT_SHEET } from "../fixtures/analyst/layouts";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";

interface Sheet {
  name: string;
  /** the sheet part's <sheetData> content; undefined: the part is missing */
  data?: string;
}

/** A minimal package written by hand: the sheets, the shared strings given. */
async function xlsx(sheets: Sheet[], strings: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
      )
      .join(
        ""
      )}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${R}"><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PR}">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
      )
      .join(
        ""
      )}<Relationship Id="rId99" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId98" Type="${R}/styles" Target="styles.xml"/></Relationships>`
  );
  sheets.forEach((s, i) => {
    if (s.data !== undefined)
      zip.file(
        `xl/worksheets/sheet${i + 1}.xml`,
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${s.data}</sheetData></worksheet>`
      );
  });
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((t) => `<si><t>${t}</t></si>`)
      .join("")}</sst>`
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const HEADER = [
  "Missione",
  "Programma",
  "Indicatore",
  "Unità di misura",
  "Target 2024",
  "Consuntivo 31/12/2024",
];

/** The analyst's table: a header of shared strings and two rows of values. */
function table(strings: string[]): string {
  const s = (t: string) => {
    let k = strings.indexOf(t);
    if (k < 0) k = strings.push(t) - 1;
    return k;
  };
  const text = (ref: string, t: string) => `<c r="${ref}" t="s"><v>${s(t)}</v></c>`;
  const num = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;
  const cols = "ABCDEF";
  const row = (r: number, cells: (string | number)[]) =>
    `<row r="${r}">${cells
      .map((v, j) => (typeof v === "number" ? num(`${cols[j]}${r}`, v) : text(`${cols[j]}${r}`, v)))
      .join("")}</row>`;
  return (
    row(1, HEADER) +
    row(2, ["011", "005", "Imprese assistite", "numero", 150, 120]) +
    row(3, ["012", "004", "Pratiche evase", "numero", 90, 95])
  );
}

test("a value at XFD1048576 beside the table: grids as small as the cells, import and fill work", async () => {
  const strings: string[] = [];
  const data = table(strings) + `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`;
  const bytes = await xlsx([{ name: "Monitoraggio", data }], strings);
  expect(bytes.length).toBeLessThan(3000);
  fs.writeFileSync(at("m.xlsx"), bytes);

  const opened = await XlsxFileBackend.open(bytes);
  if (!opened.ok) throw new Error(opened.reason.en);
  const grids = await opened.backend.readGrids();
  // the table and the lone value, each its own block: 18 + 1 cells, not 1048576 × 16384
  const size = grids.reduce((n, g) => n + g.grid.rows.length * (g.grid.rows[0]?.length ?? 0), 0);
  expect(size).toBe(19);
  expect(grids.map((g) => g.grid.origin)).toEqual([
    { kind: "sheet", sheet: "Monitoraggio", row: 1, col: 1 },
    { kind: "sheet", sheet: "Monitoraggio", row: 1048576, col: 16384 },
  ]);

  const imported = await pira(["import", at("m.xlsx"), "-o", at("plan.json")]);
  expect(imported.code).toBe(0);
  const plan = JSON.parse(fs.readFileSync(at("plan.json"), "utf8")) as { indicators: unknown[] };
  expect(plan.indicators).toHaveLength(2);
  const filled = await pira(["fill", at("m.xlsx")]);
  expect(filled.stderr).toBe("");
  expect(filled.code).toBe(0);
});

test("cells scattered too thinly to cut into blocks: the sheet refused with its name", async () => {
  // every row and every column between the first and the last holds a cell: no empty band to cut
  // at, yet 2 × 1,500 cells over 1,500 × 1,500 = 2.25 million would be a dense grid of them
  const cells: string[] = [];
  const col = (n: number) => {
    let s = "";
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
      s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
    return s;
  };
  for (let r = 1; r <= 1500; r++)
    cells.push(
      `<row r="${r}"><c r="A${r}"><v>1</v></c>${r > 1 ? `<c r="${col(r)}${r}"><v>1</v></c>` : ""}</row>`
    );
  cells[0] = `<row r="1">${Array.from({ length: 1500 }, (_, j) => `<c r="${col(j + 1)}1"><v>1</v></c>`).join("")}</row>`;
  const bytes = await xlsx([{ name: "Sparsa", data: cells.join("") }], []);
  fs.writeFileSync(at("s.xlsx"), bytes);
  const r = await pira(["import", at("s.xlsx"), "-o", at("s.json")]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("foglio «Sparsa»");
  expect(r.stderr).toContain("celle sparse");
});

test("a shared-string index the file does not have: exit 2, the sheet and the cell named", async () => {
  const strings: string[] = [];
  const data = table(strings).replace(
    /<c r="C3" t="s"><v>\d+<\/v><\/c>/,
    '<c r="C3" t="s"><v>57</v></c>'
  );
  const bytes = await xlsx([{ name: "Monitoraggio", data }], strings);
  fs.writeFileSync(at("m.xlsx"), bytes);
  const original = fs.readFileSync(at("m.xlsx"));
  for (const command of [["import"], ["validate"], ["export"], ["fill"]]) {
    const r = await pira([
      ...command,
      at("m.xlsx"),
      ...(command[0] === "fill" || command[0] === "validate" ? [] : ["-o", at("e.json")]),
    ]);
    expect({ command, code: r.code }).toEqual({ command, code: 2 });
    expect(r.stderr).toContain("foglio «Monitoraggio», cella C3");
    expect(r.stderr).toContain("57");
  }
  expect(fs.readFileSync(at("m.xlsx")).equals(original)).toBe(true);
});

test("a sheet listed without its part: exit 2, the sheet named", async () => {
  const strings: string[] = [];
  const bytes = await xlsx(
    [{ name: "Monitoraggio", data: table(strings) }, { name: "Consuntivo 2024" }],
    strings
  );
  fs.writeFileSync(at("m.xlsx"), bytes);
  for (const command of [["import"], ["validate"], ["fill"]]) {
    const out = command[0] === "import" ? ["-o", at("e.json")] : [];
    const r = await pira([...command, at("m.xlsx"), ...out]);
    expect({ command, code: r.code }).toEqual({ command, code: 2 });
    expect(r.stderr).toContain("«Consuntivo 2024»");
  }
});

test("pira fill on an analyst's workbook: how often the package is opened and its tables read", async () => {
  fs.writeFileSync(at("m.xlsx"), await xlsxOf([FLAT_SHEET]));
  const before = { ...readCounts, ...packageCounts };
  const r = await pira(["fill", at("m.xlsx")]);
  expect(r.code).toBe(0);
  const opens = packageCounts.opens - before.opens;
  const exceljs = packageCounts.exceljsLoads - before.exceljsLoads;
  const tableReads = readCounts.tableReads - before.tableReads;
  const scans = readCounts.scans - before.scans;
  // for the record (before one reader: 7 openings, 3 table reads and a whole ExcelJS load)
  process.stdout.write(
    `pira fill: ${opens} package openings, ${exceljs} ExcelJS loads, ${tableReads} table reads, ${scans} sheet scans\n`
  );
  expect(exceljs).toBe(0);
  expect(tableReads).toBeLessThanOrEqual(2);
});
