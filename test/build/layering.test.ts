/**
 * The layering holds by itself (src/app/README.md): `npm run lint` (ESLint with eslint.config.mjs)
 * refuses an import that goes up a layer. ESLint's Node API lints synthetic files placed in each
 * folder; it runs in a child process, as it loads the config as an ES module.
 */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

interface Sample {
  file: string;
  code: string;
}

/** The no-restricted-imports messages ESLint gives each sample, by its index. */
function restricted(samples: Sample[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const path = require("path");
    const samples = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
      const out = [];
      for (const s of samples) {
        const [result] = await eslint.lintText(s.code, { filePath: path.join(${JSON.stringify(ROOT)}, s.file) });
        out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });
  `;
  const r = spawnSync(process.execPath, ["-e", script, JSON.stringify(samples)], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`eslint failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[][];
}

const UPWARD: Sample[] = [
  { file: "src/core/plan/x.ts", code: 'import { read } from "../../workbook/read";\n' },
  { file: "src/core/x.ts", code: 'import ExcelJS from "exceljs";\n' },
  { file: "src/core/x.ts", code: 'import { readFile } from "node:fs/promises";\n' },
  { file: "src/core/x.ts", code: 'export { main } from "../cli/main";\n' },
  { file: "src/workbook/x.ts", code: 'import { readTables } from "../adapters/xlsx";\n' },
  { file: "src/workbook/sheets/x.ts", code: 'import type { Failure } from "../../app/failure";\n' },
  { file: "src/workbook/x.ts", code: 'import { App } from "../taskpane/App";\n' },
  { file: "src/adapters/xlsx/x.ts", code: 'import { fillWorkbook } from "../../app/fill";\n' },
  {
    file: "src/adapters/office/x.ts",
    code: 'import { loadEngine } from "../../taskpane/load-engine";\n',
  },
  { file: "src/adapters/xlsx/x.ts", code: 'import { writeAtomic } from "../../cli/io";\n' },
  { file: "src/app/x.ts", code: 'import { STRINGS } from "../taskpane/strings";\n' },
  { file: "src/app/x.ts", code: 'import { writeAtomic } from "../cli/io";\n' },
  { file: "src/app/x.ts", code: 'import { Workbench } from "../workbench/Workbench";\n' },
];

const ALLOWED: Sample[] = [
  {
    file: "src/core/x.ts",
    code: 'import Decimal from "decimal.js";\nimport { message } from "./message";\n',
  },
  {
    file: "src/workbook/x.ts",
    code: 'import { message } from "../core/message";\nimport { read } from "./read";\n',
  },
  {
    file: "src/adapters/xlsx/x.ts",
    code: 'import ExcelJS from "exceljs";\nimport type { Patch } from "../../workbook/fill";\n',
  },
  {
    file: "src/app/x.ts",
    code: 'import { read } from "../workbook/read";\nimport { XlsxFileBackend } from "../adapters/xlsx/file-backend";\n',
  },
  { file: "src/cli/x.ts", code: 'import { fillWorkbook } from "../app/fill";\n' },
  { file: "src/taskpane/x.ts", code: 'import type { Settings } from "../app/settings";\n' },
];

describe("layering (eslint.config.mjs, no-restricted-imports)", () => {
  it("refuses an upward import in every layer, and allows the imports the layers make", () => {
    const found = restricted([...UPWARD, ...ALLOWED]);
    UPWARD.forEach((s, i) => {
      expect({ ...s, messages: found[i].length }).toEqual({ ...s, messages: 1 });
    });
    ALLOWED.forEach((s, i) => {
      expect({ ...s, messages: found[UPWARD.length + i] }).toEqual({ ...s, messages: [] });
    });
    expect(found[0][0]).toMatch(/src\/core is pure/);
  });
});
