/**
 * `pira validate --sheet` writes the Verifica sheet into the workbook's own package: a part it
 * does not know — custom document properties holding a sensitivity label — stays byte for byte,
 * and so does every other part but the four that list sheets and styles. When it has to write
 * the workbook whole with ExcelJS, it says so and still puts such parts back.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { planToXlsx } from "../../src/adapters/xlsx";
import { referencePlan } from "../fixtures/plans";
import { pira, removeDir, tempDir } from "./run";

const LABEL = "MSIP_Label_0f1e2d3c-aaaa-bbbb-cccc-111122223333_Enabled";
const CUSTOM =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${LABEL}"><vt:lpwstr>true</vt:lpwstr></property>` +
  "</Properties>";

/** The workbook with a sensitivity label in docProps/custom.xml, as Office writes one. */
async function labelled(extra?: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await planToXlsx(referencePlan()));
  zip.file("docProps/custom.xml", CUSTOM);
  const rels = await zip.file("_rels/.rels")!.async("string");
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'
    )
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'
    )
  );
  if (extra) await extra(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("string"));
  return out;
}

describe("validate --sheet keeps the parts it does not own", () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => removeDir(dir));

  it("writes into the package: every other part byte for byte, in place and again", async () => {
    const file = path.join(dir, "piano.xlsx");
    const input = await labelled();
    fs.writeFileSync(file, input);
    const r = await pira(["validate", file, "--sheet"]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("ExcelJS");
    const before = await parts(input);
    const after = await parts(fs.readFileSync(file));
    expect(after.get("docProps/custom.xml")).toBe(CUSTOM);
    expect(after.get("_rels/.rels")).toBe(before.get("_rels/.rels"));
    const changed = [...before.keys()].filter((k) => after.get(k) !== before.get(k)).sort();
    expect(changed).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
    ]);
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(added.some((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))).toBe(true);
    expect(added.some((k) => /^xl\/tables\/table\d+\.xml$/.test(k))).toBe(true);

    // a second run rebuilds Verifica in its place: still one, and the label still there
    const again = await pira(["validate", file, "--sheet", "--lang", "en"]);
    expect(again.code).toBe(1);
    const twice = await parts(fs.readFileSync(file));
    expect(twice.get("docProps/custom.xml")).toBe(CUSTOM);
    expect(twice.get("xl/workbook.xml")!.match(/name="Verifica"/g)).toHaveLength(1);
    expect(twice.size).toBe(after.size);
  });

  it("the sheet is read back by ExcelJS and by pira itself", async () => {
    const file = path.join(dir, "piano.xlsx");
    fs.writeFileSync(file, await labelled());
    await pira(["validate", file, "--sheet"]);
    const r = await pira(["validate", file, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).counts.error).toBeGreaterThan(0);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain("Verifica");
  });

  it("when the workbook must be written whole, it says so and puts the label back", async () => {
    const file = path.join(dir, "piano.xlsx");
    // a table called «Verifica» on a sheet of the analyst's: the package path gives way
    const input = await labelled(async (zip) => {
      for (const p of Object.keys(zip.files).filter((k) => /^xl\/tables\/table\d+\.xml$/.test(k))) {
        const xml = await zip.file(p)!.async("string");
        if (/\sname="Enti"/.test(xml))
          zip.file(p, xml.replace(/(name|displayName)="Enti"/g, '$1="Verifica"'));
      }
    });
    fs.writeFileSync(file, input);
    const r = await pira(["validate", file, "--sheet", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "the whole workbook was written again (table name «Verifica» taken on another sheet) by ExcelJS"
    );
    expect(r.stderr).toContain(
      "Put back as they were, parts ExcelJS does not know: docProps/custom.xml"
    );
    const after = await parts(fs.readFileSync(file));
    expect(after.get("docProps/custom.xml")).toBe(CUSTOM);
    expect(after.get("_rels/.rels")).toContain('Target="docProps/custom.xml"');
    expect(after.get("[Content_Types].xml")).toContain('PartName="/docProps/custom.xml"');
  });
});
