/**
 * pira publish, in-process, on the reference document (as a workbook too) and on the bundled
 * example: Word, HTML and — where LibreOffice is installed — PDF/A; LibreOffice Writer opens the
 * Word file (converted to text, the indicators' names are in it); without LibreOffice a clear
 * message and exit 2; the open-data folder; bad usage.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import { importDocument } from "../../src/core/import";
import { exampleDocument } from "../../src/examples";
import { SEED_PATH, seedText } from "../helpers/seed";
import { pira, removeDir, tempDir } from "./run";

jest.setTimeout(240_000);

const env = { ...process.env, LANG: "it_IT.UTF-8" };
const office = ["soffice", "libreoffice"]
  .flatMap((n) => (process.env.PATH ?? "").split(path.delimiter).map((d) => path.join(d, n)))
  .find((p) => fs.existsSync(p));
/** PDF tests run only with LibreOffice; without it they say why. */
const withOffice = office ? it : it.skip;
if (!office)
  console.warn(
    "LibreOffice not found: the PDF tests of pira publish are skipped (apt-get install libreoffice-writer-nogui)"
  );

let dir: string;
const at = (name: string) => path.join(dir, name);
const seed = importDocument(seedText()).plan;
const example = importDocument(exampleDocument).plan;

beforeAll(async () => {
  dir = tempDir();
  fs.writeFileSync(at("example.txt"), exampleDocument);
  expect((await pira(["import", SEED_PATH, "-o", at("plan.xlsx")])).code).toBe(0);
});
afterAll(() => removeDir(dir));

/** A Word file's text as LibreOffice Writer reads it (it opens the file: a real second reader). */
function wordText(file: string): string {
  const profile = fs.mkdtempSync(path.join(dir, "lo-"));
  const out = fs.mkdtempSync(path.join(dir, "txt-"));
  execFileSync(
    office as string,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--convert-to",
      "txt:Text (encoded):UTF8",
      "--outdir",
      out,
      file,
    ],
    { stdio: "ignore", timeout: 120_000 }
  );
  return fs.readFileSync(path.join(out, `${path.basename(file, ".docx")}.txt`), "utf8");
}

describe("documents", () => {
  it("the Rapporto (the default: the plan has observed values) as Word, from the document and from its workbook", async () => {
    for (const input of [SEED_PATH, at("plan.xlsx")]) {
      const out = at(`rapporto-${path.extname(input).slice(1)}.docx`);
      const r = await pira(["publish", input, "-o", out, "--date", "2021-04-30"], { env });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain("il Rapporto sui risultati 2020, 14 programmi, 87 indicatori");
      expect(fs.readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    }
  });

  it("from a Word document too (any input pira import reads): the published Rapporto, read back", async () => {
    const docx = at("rapporto-txt.docx");
    const r = await pira(["publish", docx, "--document", "piano", "-o", at("again.html")], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("87 indicatori");
    const html = fs.readFileSync(at("again.html"), "utf8");
    for (const ind of seed.indicators.slice(0, 10))
      expect(html).toContain(
        ind.formula
          ?.trim()
          .slice(0, 20)
          .replace(/&/g, "&amp;")
          .replace(/'/g, "&#39;")
          .replace(/"/g, "&quot;")
          .replace(/</g, "&lt;")
          .replace(/>/g, "&gt;") ?? ""
      );
  });

  it("the Piano as HTML", async () => {
    const r = await pira(["publish", SEED_PATH, "--document", "piano", "-o", at("piano.html")], {
      env,
    });
    expect(r.code).toBe(0);
    const html = fs.readFileSync(at("piano.html"), "utf8");
    expect(html).toContain(
      "<h1>Piano degli indicatori e dei risultati attesi di bilancio 2020–2022</h1>"
    );
    expect(html).not.toContain("Raggiungimento</th>");
  });

  withOffice(
    "PDF/A through LibreOffice, both documents, reference document and example",
    async () => {
      for (const [input, document] of [
        [SEED_PATH, "rapporto"],
        [SEED_PATH, "piano"],
        [at("example.txt"), "rapporto"],
        [at("example.txt"), "piano"],
      ]) {
        const out = at(`${path.basename(input, path.extname(input))}-${document}.pdf`);
        const r = await pira(["publish", input, "--document", document, "-o", out], { env });
        expect({ input, document, code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
        const pdf = fs.readFileSync(out);
        expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(pdf.toString("latin1")).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
        expect(r.stderr).not.toContain("non PDF/A");
      }
    }
  );

  withOffice(
    "LibreOffice Writer opens the Word files: every indicator's name is in their text",
    async () => {
      for (const [input, plan, document] of [
        [SEED_PATH, seed, "rapporto"],
        [SEED_PATH, seed, "piano"],
        [at("example.txt"), example, "rapporto"],
        [at("example.txt"), example, "piano"],
      ] as const) {
        const out = at(`${path.basename(input, path.extname(input))}-${document}-lo.docx`);
        expect(
          (await pira(["publish", input, "--document", document, "-o", out], { env })).code
        ).toBe(0);
        const text = wordText(out).replace(/\s+/g, " ");
        const missing = plan.indicators
          .map((i) => i.name.replace(/\s+/g, " ").trim())
          .filter((n) => !text.includes(n));
        expect(missing).toEqual([]);
        expect(text).toContain(
          document === "rapporto"
            ? `Rapporto sui risultati ${plan.firstYear}`
            : `Piano degli indicatori e dei risultati attesi di bilancio ${plan.firstYear}–${plan.firstYear + 2}`
        );
      }
    }
  );

  it("without LibreOffice: how to get it, in Italian and English, exit 2, nothing written", async () => {
    const none = { LANG: "it_IT.UTF-8", PATH: "/nonexistent" };
    const r = await pira(["publish", SEED_PATH, "-o", at("none.pdf")], { env: none });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("apt-get install libreoffice-writer-nogui");
    expect(r.stderr).toContain("-o FILE.docx");
    const en = await pira(["publish", SEED_PATH, "-o", at("none.pdf"), "--lang", "en"], {
      env: none,
    });
    expect(en.stderr).toContain("PDF needs LibreOffice");
    expect(fs.existsSync(at("none.pdf"))).toBe(false);
  });

  it("bad usage: exit 2 with the reason", async () => {
    const cases: [string[], RegExp][] = [
      [["publish", SEED_PATH], /manca il file d'uscita/],
      [["publish", SEED_PATH, "-o", at("x.txt")], /deve finire in \.docx, \.html o \.pdf/],
      [
        ["publish", SEED_PATH, "--document", "bilancio", "-o", at("x.docx")],
        /--document accetta piano \| rapporto/,
      ],
      [
        ["publish", SEED_PATH, "--date", "30/04/2021", "-o", at("x.docx")],
        /--date vuole una data del calendario AAAA-MM-GG/,
      ],
      [
        ["publish", SEED_PATH, "--licence", "CC0-1.0", "-o", at("x.docx")],
        /--licence vale solo con --open-data/,
      ],
      [
        ["publish", SEED_PATH, "--open-data", "-o", at("od-bad"), "--licence", "libera"],
        /Licenza «libera» non riconosciuta/,
      ],
    ];
    for (const [argv, why] of cases) {
      const r = await pira(argv, { env });
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect(r.stderr).toMatch(why);
    }
  });
});

describe("open data", () => {
  it("writes the folder; refuses to overwrite its files unless --force", async () => {
    const r = await pira(
      ["publish", at("plan.xlsx"), "--open-data", "-o", at("dati"), "--date", "2021-04-30"],
      { env }
    );
    expect(r.code).toBe(0);
    expect(fs.readdirSync(at("dati")).sort()).toEqual([
      "LEGGIMI.txt",
      "indicatori.csv",
      "metadati.jsonld",
      "piano.json",
      "programmi.csv",
    ]);
    const csv = fs.readFileSync(path.join(at("dati"), "indicatori.csv"), "utf8");
    expect(csv.split("\r\n").filter((l) => l).length).toBeGreaterThanOrEqual(
      seed.indicators.length + 1
    );
    const meta = JSON.parse(fs.readFileSync(path.join(at("dati"), "metadati.jsonld"), "utf8"));
    expect(meta["@graph"][0]["dct:modified"]["@value"]).toBe("2021-04-30");
    const again = await pira(["publish", at("plan.xlsx"), "--open-data", "-o", at("dati")], {
      env,
    });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("non sovrascritti (--force per sostituirli)");
    const forced = await pira(
      ["publish", at("plan.xlsx"), "--open-data", "-o", at("dati"), "--force"],
      { env }
    );
    expect(forced.code).toBe(0);
  });

  it("the publish help is in pira --help and pira publish --help", async () => {
    expect((await pira(["--help"], { env })).stdout).toMatch(/publish\s+il Piano o il Rapporto/);
    const help = await pira(["publish", "--help"], { env });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--open-data -o CARTELLA");
  });
});
