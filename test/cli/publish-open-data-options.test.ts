/**
 * pira publish --open-data: the options a harvester depends on validated (--date a calendar day,
 * --contact an e-mail or web address, --base-url a web address, --ipa a code), and what the
 * metadata lack without --base-url and --ipa said before anyone publishes them.
 */
import * as fs from "fs";
import * as path from "path";
import { SEED_PATH } from "../helpers/seed";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);
const publish = (...extra: string[]) =>
  pira(["publish", SEED_PATH, "--open-data", "-o", at("dati"), ...extra]);

describe("pira publish --open-data options", () => {
  it.each([
    [["--date", "2021-02-30"], "--date vuole una data del calendario"],
    [["--date", "2021-13-01"], "--date vuole una data del calendario"],
    [["--contact", "scrivete all'ufficio"], "--contact vuole un indirizzo e-mail"],
    [["--contact", "dati@"], "--contact vuole un indirizzo e-mail"],
    [["--base-url", "trasparenza/pira"], "--base-url vuole l'indirizzo web"],
    [["--ipa", "cciaa vd!"], "--ipa vuole il codice"],
  ])("%j is refused: exit 2, nothing written", async (extra, said) => {
    const r = await publish(...extra);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
    expect(fs.existsSync(at("dati"))).toBe(false);
  });

  it("without --base-url and --ipa: written, with a warning for each", async () => {
    const r = await publish("--date", "2021-04-30");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("senza --base-url");
    expect(r.stderr).toContain("senza --ipa");
  });

  it("with them: no warning, every address absolute under the folder's", async () => {
    const base = "https://www.cciaa-esempio.it/trasparenza/pira-2021";
    const r = await publish(
      "--date",
      "2021-04-30",
      "--ipa",
      "cciaa_es",
      "--base-url",
      base,
      "--contact",
      "trasparenza@cciaa-esempio.it"
    );
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("Attenzione");
    const meta = fs.readFileSync(at("dati/metadati.jsonld"), "utf8");
    expect(meta).toContain(`"${base}/#dataset"`);
    expect(meta).not.toContain('"#dataset"');
  });
});
