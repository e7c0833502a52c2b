/** src/cli/io.ts compiled on its own, for tests that run it in a child process (no lib/ build). */
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

const root = path.resolve(__dirname, "../..");

/** src/cli/io.ts and what it imports, compiled to CommonJS into `out` (no build of lib/ needed). */
export function compileIo(out: string): string {
  const done = new Set<string>();
  const compile = (file: string): void => {
    if (done.has(file)) return;
    done.add(file);
    const js = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
      },
    }).outputText;
    const dest = path
      .join(out, path.relative(path.join(root, "src"), file))
      .replace(/\.ts$/, ".js");
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, js);
    for (const m of js.matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g)) {
      const base = path.resolve(path.dirname(file), m[1]);
      const next = [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
      if (next) compile(next);
    }
  };
  compile(path.join(root, "src/cli/io.ts"));
  return path.join(out, "cli/io.js");
}
