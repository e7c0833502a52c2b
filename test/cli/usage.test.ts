import { chooseLang, Progress } from "../../src/cli/context";
import { pira } from "./run";

describe("pira: help, usage errors, language", () => {
  it("--help lists every command on stdout, exit 0", async () => {
    const r = await pira(["--help"]);
    expect(r.code).toBe(0);
    for (const c of ["init", "import", "fill", "validate", "export", "summary", "demo"])
      expect(r.stdout).toMatch(new RegExp(`^  ${c}\\s`, "m"));
    expect(r.stderr).toBe("");
  });

  it("each command has its own help (pira CMD --help, pira help CMD)", async () => {
    const a = await pira(["fill", "--help"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain("pira fill PIANO.xlsx");
    const b = await pira(["help", "validate", "--lang", "en"]);
    expect(b.code).toBe(0);
    expect(b.stdout).toContain("pira validate FILE [--format text|json]");
  });

  it("no command: the help on stderr, exit 2", async () => {
    const r = await pira([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Uso: pira COMANDO");
  });

  it("unknown command and unknown option: exit 2 with a message saying which", async () => {
    const a = await pira(["frobnicate"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("comando sconosciuto «frobnicate»");
    const b = await pira(["validate", "x.txt", "--frob"]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("opzione sconosciuta --frob");
    expect(b.stderr).toContain("Uso: pira validate");
    const c = await pira(["validate", "x.txt", "--format", "xml"]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain("--format accetta text | json, non «xml»");
    const d = await pira(["import", "a.txt", "-o"]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain("manca il valore dell'opzione");
    const e = await pira(["validate"]);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain("manca il file da leggere");
    const f = await pira(["validate", "a.txt", "b.txt"]);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain("argomento in più: «b.txt»");
  });

  it("speaks English with --lang en or an English LANG, Italian by default", async () => {
    expect((await pira(["frobnicate", "--lang", "en"])).stderr).toContain(
      "unknown command «frobnicate»"
    );
    expect((await pira(["frobnicate"], { env: { LANG: "en_GB.UTF-8" } })).stderr).toContain(
      "unknown command"
    );
    expect((await pira(["frobnicate"], { env: {} })).stderr).toContain("comando sconosciuto");
    expect((await pira(["frobnicate"], { env: { LANG: "C.UTF-8" } })).stderr).toContain(
      "comando sconosciuto"
    );
    const bad = await pira(["validate", "x", "--lang", "fr"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--lang accetta it | en");
    expect(chooseLang(undefined, { LC_ALL: "it_IT", LANG: "en_US" })).toBe("it");
    expect(chooseLang("EN", {})).toBe("en");
    expect(chooseLang("de", {})).toBeNull();
  });

  it("--version prints the package version", async () => {
    const r = await pira(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^pira \d+\.\d+\.\d+\n$/);
  });

  it("a progress line appears only on a terminal, and only when a step lasts", async () => {
    jest.useFakeTimers();
    try {
      let err = "";
      const io = { stdout: () => undefined, stderr: (t: string) => (err += t), env: {}, cwd: "/" };
      const quiet = new Progress({ ...io, stderrIsTTY: false }, "it", 100);
      quiet.step({ it: "Lettura", en: "Reading" });
      jest.advanceTimersByTime(500);
      quiet.done();
      expect(err).toBe("");
      const fast = new Progress({ ...io, stderrIsTTY: true }, "it", 100);
      fast.step({ it: "Lettura", en: "Reading" });
      fast.done();
      jest.advanceTimersByTime(500);
      expect(err).toBe("");
      const slow = new Progress({ ...io, stderrIsTTY: true }, "en", 100);
      slow.step({ it: "Lettura", en: "Reading" });
      jest.advanceTimersByTime(150);
      slow.step({ it: "Scrittura", en: "Writing" });
      slow.done();
      expect(err).toBe("\r\x1b[KReading…\r\x1b[KWriting…\r\x1b[K");
    } finally {
      jest.useRealTimers();
    }
  });
});
