/**
 * Text written to the terminal carries no control characters from a document: ESC, BEL and the
 * other C0/C1 controls are shown as visible symbols (newline and tab kept); JSON output stays the
 * same JSON, with those characters escaped; the progress line keeps its own \r\x1b[K.
 */
import * as fs from "fs";
import * as path from "path";
import { Progress } from "../../src/cli/context";
import { forTerminal, jsonForTerminal } from "../../src/cli/terminal";
import { message } from "../../src/core/message";
import { emptyPlan, writePlanJson } from "../../src/core/plan";
import { expectLinearGrowth } from "../helpers/linear-time";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

/** Every control character but newline and tab (C0, DEL, C1). */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const HOSTILE = "Piano\u001b[2J\u001b]0;pwned\u0007 \u009b31m rosso\rnascosto\u0000";

function hostilePlan(): string {
  const plan = emptyPlan({
    title: HOSTILE,
    firstYear: 2021,
    entities: [`Ente\u001b[8m`],
    programmes: ["011.005"],
  });
  fs.writeFileSync(at("plan.json"), writePlanJson(plan));
  return at("plan.json");
}

describe("forTerminal / jsonForTerminal", () => {
  it("shows every control character but newline and tab as a visible symbol", () => {
    expect(forTerminal("a\u001bb\u0007c\u0000d\u007fe\u009bf\u0085g")).toBe(
      "a\u241bb\u2407c\u2400d\u2421e\ufffdf\ufffdg"
    );
    expect(forTerminal("riga 1\n\tcolonna\r\nriga 2\rx")).toBe("riga 1\n\tcolonna\nriga 2\u240dx");
    // one pass gives what "\r\n" → "\n" then the controls gave: a "\r" before "\r\n" stays one
    expect(forTerminal("a\r\r\nb\r\n\r\n\r")).toBe("a\u240d\nb\n\n\u240d");
    expect(forTerminal("già — «ok» € ✓")).toBe("già — «ok» € ✓");
  });

  it("escapes them in JSON text, which parses back to the same value", () => {
    const value = { t: HOSTILE, n: 1, list: ["\u0085", "\u2028"] };
    const text = JSON.stringify(value, null, 2);
    const safe = jsonForTerminal(text);
    expect(safe).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(safe)).toEqual(value);
    expect(jsonForTerminal('{"a": "b"}\n')).toBe('{"a": "b"}\n');
  });

  it("runs in linear time (25,000 and 100,000 characters of each)", () => {
    const long = (n: number) => "\u001b".repeat(n) + "x".repeat(n);
    const show = (text: string) => {
      forTerminal(text);
      jsonForTerminal(JSON.stringify(text));
    };
    expectLinearGrowth("forTerminal", show, long(25_000), long(100_000));
  });
});

describe("the commands' output", () => {
  it("pira summary: the plan's title is printed without its control characters", async () => {
    const file = hostilePlan();
    const r = await pira(["summary", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain("Piano\u241b[2J\u241b]0;pwned\u2407 \ufffd31m rosso\u240dnascosto");
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it("--format json and export to stdout: valid JSON, the same values, no raw control character", async () => {
    const file = hostilePlan();
    const s = await pira(["summary", file, "--format", "json"]);
    expect(s.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(s.stdout).title).toBe(HOSTILE);
    const e = await pira(["export", file]);
    expect(e.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(e.stdout).title).toBe(HOSTILE);
    expect(JSON.parse(e.stdout).entities[0].name).toBe("Ente\u001b[8m");
    const v = await pira(["validate", file, "--format", "json"]);
    expect(v.stdout).not.toMatch(RAW_CONTROL);
    expect(() => JSON.parse(v.stdout)).not.toThrow();
  });

  it("JSON output without control characters is written byte for byte as before", async () => {
    const plan = emptyPlan({
      title: "Piano «2021» — già",
      firstYear: 2021,
      entities: ["Ente"],
      programmes: ["011.005"],
    });
    fs.writeFileSync(at("clean.json"), writePlanJson(plan));
    const e = await pira(["export", at("clean.json")]);
    const json = JSON.parse(e.stdout);
    expect(e.stdout).toBe(writePlanJson(json));
    const s = await pira(["summary", at("clean.json"), "--format", "json"]);
    expect(s.stdout).toBe(`${JSON.stringify(JSON.parse(s.stdout), null, 2)}\n`);
  });

  it("a document's not-understood cells and a file name quoted in a message reach stderr clean", async () => {
    const doc = [
      "<b>Missione 011</b>",
      "Competitività e sviluppo delle imprese",
      "<b>Programma 005</b>",
      "Promozione e attuazione di politiche di sviluppo",
      "",
      "VALENZA INDICATORE\tAlgoritmo di calcolo\tCONSUNTIVO AL 30.9.2021\tCONSUNTIVO AL 31.12.2021\tTARGET 2021\tTARGET 2022\tTARGET 2023\tTipologia indicatore\tunità di misura\tFonte",
      "Pratiche\tevase\t10\t20\t30\t30\t30\tIndicatore di volume\tn.\tInterna",
      "\u001b[31m\u0007 testo qualsiasi \u001b]8;;http://x\u0007",
    ].join("\n");
    fs.writeFileSync(at("doc.txt"), doc);
    const r = await pira(["import", at("doc.txt"), "-o", at("out.json")]);
    expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
    const missing = await pira(["validate", at("no\u001b[2Jne.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toMatch(RAW_CONTROL);
    expect(missing.stderr).toContain("no\u241b[2Jne.txt");
  });

  it("the progress line keeps its own \\r\\x1b[K but not the control characters of its text", async () => {
    let stderr = "";
    const progress = new Progress(
      {
        stdout: () => undefined,
        stderr: (t) => (stderr += t),
        stderrIsTTY: true,
        env: {},
        cwd: "/",
      },
      "it",
      0
    );
    progress.step(message("Lettura di a\u001b[2Jb.txt", "Reading a\u001b[2Jb.txt"));
    await new Promise((r) => setTimeout(r, 20));
    progress.done();
    expect(stderr).toBe("\r\u001b[KLettura di a\u241b[2Jb.txt…\r\u001b[K");
  });
});
