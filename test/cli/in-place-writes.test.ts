/**
 * Writes that replace an existing file (pira fill in place, validate --sheet, import/export over a
 * file): the file's mode and owner kept, symbolic links followed, a read-only file refused unless
 * --force, a file changed since it was read never overwritten.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { planToXlsx } from "../../src/adapters/xlsx";
import { XlsxFileBackend } from "../../src/adapters/xlsx/file-backend";
import { readInput, writeAtomic } from "../../src/cli/io";
import { importDocument } from "../../src/core/import";
import { compileIo } from "./compile-io";
import { pira, removeDir, tempDir } from "./run";

/** Called once the workbook's new bytes are made (fill, validate --sheet), right before the write. */
let beforeWrite: (() => void) | null = null;
const bytes = XlsxFileBackend.prototype.bytes;
beforeAll(() => {
  jest.spyOn(XlsxFileBackend.prototype, "bytes").mockImplementation(async function (
    this: XlsxFileBackend
  ) {
    const r = await bytes.call(this);
    beforeWrite?.();
    return r;
  });
});
afterAll(() => jest.restoreAllMocks());

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => {
  beforeWrite = null;
  removeDir(dir);
});
const at = (name: string) => path.join(dir, name);
const isRoot = process.getuid?.() === 0;

const DOCUMENT = [
  "<b>Missione 011</b>",
  "Competitività e sviluppo delle imprese",
  "<b>Programma 005</b>",
  "Promozione e attuazione di politiche di sviluppo",
  "",
  "VALENZA INDICATORE\tAlgoritmo di calcolo\tCONSUNTIVO AL 30.9.2021\tCONSUNTIVO AL 31.12.2021\tTARGET 2021\tTARGET 2022\tTARGET 2023\tTipologia indicatore\tunità di misura\tFonte",
  "Pratiche evase\tevase / ricevute\t10\t20\t30\t30\t30\tIndicatore di volume\tn.\tInterna",
  "Tempo medio\tgiorni\t5\t6\t7\t7\t7\tIndicatore di efficienza\tgiorni\tInterna",
].join("\n");

/** A small PIRA workbook whose computed columns are empty (so fill writes it). */
async function unfilled(name = "plan.xlsx"): Promise<string> {
  const plan = importDocument(DOCUMENT).plan;
  expect(plan.indicators.length).toBe(2);
  fs.writeFileSync(at(name), await planToXlsx(plan, { formulas: "none" }));
  return at(name);
}

const mode = (p: string) => fs.statSync(p).mode & 0o777;
const temps = () => fs.readdirSync(dir).filter((n) => n.startsWith("."));

describe("in-place writes keep the file's mode and owner", () => {
  it("a chmod 600 workbook stays 600 after pira fill in place", async () => {
    const file = await unfilled();
    fs.chmodSync(file, 0o600);
    const before = fs.readFileSync(file);
    const r = await pira(["fill", file]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(false);
    expect(mode(file)).toBe(0o600);
    expect(temps()).toEqual([]);
  });

  it("an unusual mode (640) is kept by validate --sheet and by writeAtomic", async () => {
    const file = await unfilled();
    fs.chmodSync(file, 0o640);
    const r = await pira(["validate", file, "--sheet"]);
    expect(r.stderr).toContain("Foglio «Verifica» scritto");
    expect(mode(file)).toBe(0o640);
    fs.writeFileSync(at("p.json"), "{}");
    fs.chmodSync(at("p.json"), 0o604);
    expect((await writeAtomic(at("p.json"), "{ }", { force: true })).ok).toBe(true);
    expect(mode(at("p.json"))).toBe(0o604);
  });

  (isRoot ? it : it.skip)("the owner and group are kept (run as root)", async () => {
    const file = await unfilled();
    fs.chownSync(file, 4321, 4322);
    const r = await pira(["fill", file]);
    expect(r.code).toBe(0);
    const s = fs.statSync(file);
    expect([s.uid, s.gid]).toEqual([4321, 4322]);
  });
});

describe("symbolic links are followed", () => {
  it("pira fill through a link fills the link's target; the link stays a link", async () => {
    fs.mkdirSync(at("real"));
    const target = await unfilled("real/plan.xlsx");
    fs.symlinkSync(path.join("real", "plan.xlsx"), at("link.xlsx"));
    const before = fs.readFileSync(target);
    const r = await pira(["fill", at("link.xlsx")]);
    expect(r.code).toBe(0);
    expect(fs.lstatSync(at("link.xlsx")).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(at("link.xlsx"))).toBe(path.join("real", "plan.xlsx"));
    expect(fs.readFileSync(target).equals(before)).toBe(false);
    // a second fill through the link finds it filled
    const again = await pira(["fill", at("link.xlsx")]);
    expect(again.stdout).toContain("già compilato");
    expect(fs.readdirSync(at("real"))).toEqual(["plan.xlsx"]);
  });

  it("writeAtomic through a chain of links, and through a link to a file not yet there", async () => {
    fs.writeFileSync(at("t.json"), "old");
    fs.symlinkSync("t.json", at("a.json"));
    fs.symlinkSync("a.json", at("b.json"));
    expect((await writeAtomic(at("b.json"), "new", { force: true })).ok).toBe(true);
    expect(fs.readFileSync(at("t.json"), "utf8")).toBe("new");
    expect(fs.lstatSync(at("b.json")).isSymbolicLink()).toBe(true);
    expect(fs.lstatSync(at("a.json")).isSymbolicLink()).toBe(true);
    fs.symlinkSync("later.json", at("dangling.json"));
    expect((await writeAtomic(at("dangling.json"), "x")).ok).toBe(true);
    expect(fs.readFileSync(at("later.json"), "utf8")).toBe("x");
    expect(fs.lstatSync(at("dangling.json")).isSymbolicLink()).toBe(true);
  });
});

describe("a read-only file is refused unless --force", () => {
  it("pira fill on a 444 workbook: exit 2, saying so, untouched; --force writes it and it stays 444", async () => {
    const file = await unfilled();
    fs.chmodSync(file, 0o444);
    const before = fs.readFileSync(file);
    const r = await pira(["fill", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("è di sola lettura");
    expect(r.stderr).toContain("--force");
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(temps()).toEqual([]);
    const en = await pira(["fill", file, "--lang", "en"]);
    expect(en.stderr).toContain("is read-only");

    const forced = await pira(["fill", file, "--force"]);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(false);
    expect(mode(file)).toBe(0o444);
  });

  it("validate --sheet on a read-only workbook: exit 2 and untouched; export -o over a read-only file too", async () => {
    const file = await unfilled();
    fs.chmodSync(file, 0o444);
    const before = fs.readFileSync(file);
    const r = await pira(["validate", file, "--sheet"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("sola lettura");
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect((await pira(["validate", file, "--sheet", "--force"])).stderr).toContain(
      "Foglio «Verifica» scritto"
    );

    fs.writeFileSync(at("out.json"), "keep");
    fs.chmodSync(at("out.json"), 0o444);
    const e = await pira(["export", file, "-o", at("out.json")]);
    expect(e.code).toBe(2);
    expect(fs.readFileSync(at("out.json"), "utf8")).toBe("keep");
    expect((await pira(["export", file, "-o", at("out.json"), "--force"])).code).toBe(0);
    expect(fs.readFileSync(at("out.json"), "utf8")).toContain('"pira-plan"');
  });
});

describe("a file changed since it was read is not overwritten", () => {
  it("writeAtomic with the read's stamp refuses when the file changed, removing its temporary file", async () => {
    fs.writeFileSync(at("p.json"), "first");
    const read = await readInput(at("p.json"));
    if (!read.ok) throw new Error(read.reason.en);
    fs.writeFileSync(at("p.json"), "edited by someone else");
    const w = await writeAtomic(at("p.json"), "ours", { expect: read.stamp, overInput: true });
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.reason.it).toContain("è cambiato da quando è stato letto");
    expect(fs.readFileSync(at("p.json"), "utf8")).toBe("edited by someone else");
    expect(temps()).toEqual([]);
    // replaced by another file of the same size (a save by rename): a different file all the same
    const again = await readInput(at("p.json"));
    if (!again.ok) throw new Error(again.reason.en);
    fs.writeFileSync(at("other"), "edited by someone ELSE");
    fs.renameSync(at("other"), at("p.json"));
    expect(
      (await writeAtomic(at("p.json"), "ours", { expect: again.stamp, overInput: true })).ok
    ).toBe(false);
    // removed: refused too
    fs.unlinkSync(at("p.json"));
    expect(
      (await writeAtomic(at("p.json"), "ours", { expect: again.stamp, overInput: true })).ok
    ).toBe(false);
    expect(fs.existsSync(at("p.json"))).toBe(false);
  });

  it("the stamp only guards the file that was read: writing elsewhere is not refused", async () => {
    fs.writeFileSync(at("in.json"), "x");
    const read = await readInput(at("in.json"));
    if (!read.ok) throw new Error(read.reason.en);
    fs.writeFileSync(at("in.json"), "changed");
    expect((await writeAtomic(at("out.json"), "y", { expect: read.stamp })).ok).toBe(true);
  });

  it("pira fill: an edit saved while it computes is kept, exit 2, the user told to run again", async () => {
    const file = await unfilled();
    beforeWrite = () => fs.appendFileSync(file, "an edit saved meanwhile");
    const r = await pira(["fill", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("è cambiato da quando è stato letto");
    expect(r.stderr).toContain("Rieseguire");
    expect(fs.readFileSync(file, "latin1").endsWith("an edit saved meanwhile")).toBe(true);
    expect(temps()).toEqual([]);
    const other = await unfilled("other.xlsx");
    beforeWrite = () => fs.appendFileSync(other, "edit");
    const en = await pira(["fill", other, "--lang", "en"]);
    expect(en.stderr).toContain("changed since it was read");
    expect(en.stderr).toContain("Run the command again");
  });

  it("validate --sheet: an edit saved meanwhile is kept, exit 2", async () => {
    const file = await unfilled();
    beforeWrite = () => fs.appendFileSync(file, "edit");
    const r = await pira(["validate", file, "--sheet"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("è cambiato da quando è stato letto");
    expect(fs.readFileSync(file, "latin1").endsWith("edit")).toBe(true);
    expect(temps()).toEqual([]);
  });
});

describe("another user's file, written by a user who is not root", () => {
  // run as root, the writer a child process as nobody, in a folder of nobody's
  const NOBODY = 65534;
  let build: string;
  let io: string;
  beforeAll(() => {
    if (!isRoot) return;
    build = tempDir();
    io = compileIo(build);
    fs.chmodSync(build, 0o755);
  });
  afterAll(() => build && removeDir(build));

  function writeAsNobody(file: string, text: string, force: boolean) {
    // an in-place write (fill, validate --sheet): the file read, then written over
    const script = `const io = require(${JSON.stringify(io)});
      io.readInput(${JSON.stringify(file)})
        .then((read) => io.writeAtomic(${JSON.stringify(file)}, ${JSON.stringify(text)},
          { expect: read.stamp, overInput: true, force: ${force} }))
        .then((r) => process.stdout.write(JSON.stringify(r)));`;
    const r = spawnSync(process.execPath, ["-e", script], {
      uid: NOBODY,
      gid: NOBODY,
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { ok: boolean; reason?: { it: string; en: string } };
  }

  (isRoot ? it : it.skip)(
    "writable by them but not theirs: refused (its owner could not be kept) unless --force",
    () => {
      fs.chownSync(dir, NOBODY, NOBODY);
      fs.chmodSync(dir, 0o755);
      fs.writeFileSync(at("shared.json"), "root's");
      fs.chmodSync(at("shared.json"), 0o666);
      const refused = writeAsNobody(at("shared.json"), "nobody's", false);
      expect(refused.ok).toBe(false);
      expect(refused.reason?.it).toContain("appartiene a un altro utente (uid 0, gid 0)");
      expect(fs.readFileSync(at("shared.json"), "utf8")).toBe("root's");
      expect(temps()).toEqual([]);
      const forced = writeAsNobody(at("shared.json"), "nobody's", true);
      expect(forced.ok).toBe(true);
      expect(fs.readFileSync(at("shared.json"), "utf8")).toBe("nobody's");
      expect(mode(at("shared.json"))).toBe(0o666);
    }
  );

  (isRoot ? it : it.skip)(
    "not writable by them (644, another owner) in a folder they may write: read-only, refused",
    () => {
      fs.chownSync(dir, NOBODY, NOBODY);
      fs.chmodSync(dir, 0o755);
      fs.writeFileSync(at("theirs.json"), "root's");
      fs.chmodSync(at("theirs.json"), 0o644);
      const refused = writeAsNobody(at("theirs.json"), "nobody's", false);
      expect(refused.ok).toBe(false);
      expect(refused.reason?.en).toContain("is read-only");
      expect(fs.readFileSync(at("theirs.json"), "utf8")).toBe("root's");
    }
  );
});
