/**
 * A repository that explains itself: every .md file that a source file, a test, a script or a doc
 * names exists in the repository (relative to the file that names it, or to the repository's
 * root), and nothing points outside it at the reference material the project was written from
 * (the ../shared folder): what a maintainer needs is in docs/.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const FOLDERS = ["src", "test", "scripts", "docs"];
const FILES = ["README.md"];
const TEXT = /\.(ts|tsx|js|cjs|mjs|md|json|html|css)$/;
/** A name ending in .md: a path of letters, digits, "_", "-", ".", "/" (a link, a comment's mention). */
const MD_REFERENCE = /(?<![\w./-])((?:\.{1,2}\/)*[\w-][\w./-]*\.md)(?!\w)/g;
const OUTSIDE = /\.\.\/shared\b/;

function walk(dir: string, out: string[]): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (TEXT.test(entry.name)) out.push(full);
  }
  return out;
}

function sources(): string[] {
  const out: string[] = FILES.map((f) => path.join(ROOT, f));
  for (const folder of FOLDERS) walk(path.join(ROOT, folder), out);
  return out;
}

/** The .md names a text mentions, with their line numbers. */
export function mdReferences(text: string): { name: string; line: number }[] {
  const out: { name: string; line: number }[] = [];
  text.split("\n").forEach((line, i) => {
    for (const m of line.matchAll(MD_REFERENCE)) out.push({ name: m[1], line: i + 1 });
  });
  return out;
}

function resolves(file: string, name: string): boolean {
  return [path.resolve(path.dirname(file), name), path.resolve(ROOT, name)].some((p) =>
    fs.existsSync(p)
  );
}

describe("references to documentation", () => {
  const files = sources();
  const self = path.relative(ROOT, __filename);

  test("finds the references it checks (the test can fail)", () => {
    expect(mdReferences("see docs/cli.md and (plan-json.md), not x.mdx")).toEqual([
      { name: "docs/cli.md", line: 1 },
      { name: "plan-json.md", line: 1 },
    ]);
    expect(resolves(path.join(ROOT, "README.md"), "docs/cli.md")).toBe(true);
    expect(resolves(path.join(ROOT, "README.md"), "docs/architecture.md")).toBe(false);
    expect(OUTSIDE.test("read ../shared/docs")).toBe(true);
  });

  test("every .md file named in src, test, scripts, docs and the README exists", () => {
    const missing: string[] = [];
    for (const file of files) {
      const rel = path.relative(ROOT, file);
      if (rel === self) continue;
      for (const r of mdReferences(fs.readFileSync(file, "utf8")))
        if (!resolves(file, r.name)) missing.push(`${rel}:${r.line} ${r.name}`);
    }
    expect(missing).toEqual([]);
  });

  test("nothing points at ../shared", () => {
    const outside: string[] = [];
    for (const file of files) {
      const rel = path.relative(ROOT, file);
      if (rel === self) continue;
      fs.readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (OUTSIDE.test(line)) outside.push(`${rel}:${i + 1}`);
        });
    }
    expect(outside).toEqual([]);
  });
});
