/**
 * writeAtomic's temporary files: named recognisably (.NAME.pira-tmp-PID-RAND), removed on SIGINT
 * and SIGTERM while a write is pending, and — for a process killed with SIGKILL, which cannot be
 * caught — removed by the next write to the same target once their process is gone.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { writeAtomic } from "../../src/cli/io";
import { compileIo } from "./compile-io";
import { removeDir, tempDir } from "./run";

jest.setTimeout(30000);

let dir: string;
/** every child started, killed after each test whatever happened */
const children: ChildProcess[] = [];
beforeEach(() => (dir = tempDir()));
afterEach(() => {
  for (const c of children.splice(0))
    if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  removeDir(dir);
});
const at = (name: string) => path.join(dir, name);

let io: string;
let build: string;
beforeAll(() => {
  build = tempDir();
  io = compileIo(build);
});
afterAll(() => removeDir(build));

/** A process writing `target` from a source that gives a first piece and then never ends. */
function stuckWriter(target: string): ChildProcess {
  const script = `
    const { writeAtomic } = require(${JSON.stringify(io)});
    setInterval(() => {}, 1000);
    async function* slow() {
      yield Buffer.from("the first piece of a big workbook");
      await new Promise(() => {});
    }
    writeAtomic(${JSON.stringify(target)}, slow(), { force: true }).then((r) => console.log(JSON.stringify(r)));
  `;
  const child = spawn(process.execPath, ["-e", script], { stdio: "pipe" });
  children.push(child);
  return child;
}

const tempsOf = (name: string) =>
  fs.readdirSync(dir).filter((n) => n.startsWith(`.${name}.pira-tmp-`));

async function waitFor(check: () => boolean, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
}

/** A process id that is no longer running. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
  return Number(r.stdout.trim());
}

describe("temporary files", () => {
  it("are named .NAME.pira-tmp-PID-RAND beside the target while the write is pending", async () => {
    fs.writeFileSync(at("plan.xlsx"), "old");
    const child = stuckWriter(at("plan.xlsx"));
    const end = exited(child);
    await waitFor(() => tempsOf("plan.xlsx").length === 1);
    expect(tempsOf("plan.xlsx")[0]).toMatch(
      new RegExp(`^\\.plan\\.xlsx\\.pira-tmp-${child.pid}-[0-9a-f]+$`)
    );
    child.kill("SIGKILL");
    await end;
  });

  it.each(["SIGTERM", "SIGINT"] as const)(
    "%s while writing: the temporary file is removed, the target untouched, the signal's default kept",
    async (signal) => {
      fs.writeFileSync(at("plan.xlsx"), "old");
      const child = stuckWriter(at("plan.xlsx"));
      const end = exited(child);
      await waitFor(() => {
        const t = tempsOf("plan.xlsx");
        return t.length === 1 && fs.statSync(at(t[0])).size > 0;
      });
      child.kill(signal);
      const { signal: got } = await end;
      expect(got).toBe(signal);
      expect(tempsOf("plan.xlsx")).toEqual([]);
      expect(fs.readdirSync(dir)).toEqual(["plan.xlsx"]);
      expect(fs.readFileSync(at("plan.xlsx"), "utf8")).toBe("old");
    }
  );

  it("SIGKILL leaves it; the next write to the same target removes it", async () => {
    fs.writeFileSync(at("plan.xlsx"), "old");
    const child = stuckWriter(at("plan.xlsx"));
    const end = exited(child);
    await waitFor(() => tempsOf("plan.xlsx").length === 1);
    child.kill("SIGKILL");
    await end;
    expect(tempsOf("plan.xlsx")).toHaveLength(1);
    expect(fs.readFileSync(at("plan.xlsx"), "utf8")).toBe("old");

    expect((await writeAtomic(at("plan.xlsx"), "new", { force: true })).ok).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["plan.xlsx"]);
    expect(fs.readFileSync(at("plan.xlsx"), "utf8")).toBe("new");
  });

  it("only stale ones of the same target are removed: a live process's and other files' stay", async () => {
    const dead = deadPid();
    const keep = [
      `.plan.xlsx.pira-tmp-${process.pid}-aa11`, // a write still running (this process)
      `.other.xlsx.pira-tmp-${dead}-bb22`, // another target
      `.plan.xlsx.notours-${dead}`, // not our pattern
    ];
    const stale = [`.plan.xlsx.pira-tmp-${dead}-cc33`, `.plan.xlsx.pira-tmp-${dead}-dd44`];
    for (const n of [...keep, ...stale]) fs.writeFileSync(at(n), "x");
    expect((await writeAtomic(at("plan.xlsx"), "new", { force: true })).ok).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual([...keep, "plan.xlsx"].sort());
  });

  it("a failed write removes its temporary file and leaves the target", async () => {
    const listeners = ["SIGINT", "SIGTERM", "exit"].map((e) => process.listenerCount(e));
    fs.mkdirSync(at("plan.xlsx"));
    const w = await writeAtomic(at("plan.xlsx"), "x");
    expect(w.ok).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(["plan.xlsx"]);
    async function* failing() {
      yield "a piece";
      throw new Error("the source failed");
    }
    fs.writeFileSync(at("p.json"), "old");
    expect((await writeAtomic(at("p.json"), failing(), { force: true })).ok).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(["p.json", "plan.xlsx"]);
    expect(fs.readFileSync(at("p.json"), "utf8")).toBe("old");
    // no handler is left behind once nothing is pending
    expect(["SIGINT", "SIGTERM", "exit"].map((e) => process.listenerCount(e))).toEqual(listeners);
  });
});
