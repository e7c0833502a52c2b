/** End to end: the installed command, node bin/pira.js, over the compiled lib/. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { SEED_PATH } from "../helpers/seed";
import { xlsxOf } from "../fixtures/analyst/build";
import { FLAT_SHEET, KPI_SHEET } from "../fixtures/analyst/layouts";
import { pira, removeDir, tempDir } from "./run";

const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin/pira.js");

/** lib/cli is built when missing or older than its sources. */
function ensureBuilt(): void {
  const main = path.join(root, "lib/cli/main.js");
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...fs
        .readdirSync(dir, { withFileTypes: true })
        .map((e) =>
          e.isDirectory()
            ? newest(path.join(dir, e.name))
            : fs.statSync(path.join(dir, e.name)).mtimeMs
        )
    );
  const sources = Math.max(
    newest(path.join(root, "src/cli")),
    newest(path.join(root, "src/app")),
    newest(path.join(root, "src/examples"))
  );
  if (fs.existsSync(main) && fs.statSync(main).mtimeMs >= sources) return;
  // tsc emits even when a file elsewhere in src/ has a type error (someone else's work in progress)
  spawnSync(
    process.execPath,
    [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    { cwd: root, stdio: "pipe" }
  );
  if (!fs.existsSync(main)) throw new Error("lib/cli/main.js was not built");
}

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, LANG: "it_IT.UTF-8" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("node bin/pira.js", () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = tempDir();
  }, 180000);
  afterAll(() => removeDir(dir));

  it("--help: exit 0", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Uso: pira COMANDO");
  });

  it("import, fill in place, validate --format json: exit codes and a pure JSON stdout", () => {
    const xlsx = path.join(dir, "plan.xlsx");
    const imported = run(["import", SEED_PATH, "-o", xlsx]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/indicatori:\s+87/);
    expect(run(["fill", xlsx, "--formulas", "pira"]).code).toBe(0);
    const v = run(["validate", xlsx, "--format", "json"]);
    expect(v.code).toBe(1);
    expect(JSON.parse(v.stdout).counts.error).toBe(2);
    fs.writeFileSync(path.join(dir, "bad.xlsx"), "nonsense");
    const bad = run(["fill", path.join(dir, "bad.xlsx")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("pira: «");
  });

  it("fill of an analyst's workbook: the compiled command prints and writes what the sources do", async () => {
    const input = path.join(dir, "analyst.xlsx");
    fs.writeFileSync(input, await xlsxOf([FLAT_SHEET, KPI_SHEET]));
    const out = (name: string) => path.join(dir, name);
    const compiled = run(["fill", input, "-o", out("compiled.xlsx")], root);
    // the sources, in this process
    const here = await pira(["fill", input, "-o", out("here.xlsx")]);
    expect(compiled.code).toBe(0);
    expect(here.code).toBe(0);
    expect(compiled.stdout).toMatch(/Verifica: \d+ error/);
    expect(compiled.stdout.split("compiled.xlsx").join("X")).toBe(
      here.stdout.split("here.xlsx").join("X")
    );
    expect(fs.readFileSync(out("compiled.xlsx"))).toEqual(fs.readFileSync(out("here.xlsx")));
    // a write that fails ends the command: exit 2, its reason, no check printed
    const failed = run(["fill", input, "-o", path.join(dir, "no", "such", "dir.xlsx")], root);
    expect(failed.code).toBe(2);
    expect(failed.stdout).not.toContain("Verifica");
  });
});
