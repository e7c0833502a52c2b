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

/** The (@typescript-eslint/)no-restricted-imports messages ESLint gives each sample, by its index. */
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
        out.push(result.messages.filter((m) => /no-restricted-imports$/.test(m.ruleId ?? "")).map((m) => m.message));
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
  { file: "src/core/plan/x.ts", code: 'import { read } from "../../workbook/read/read";\n' },
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
    code: 'import ExcelJS from "exceljs";\nimport type { Patch } from "../../workbook";\n',
  },
  {
    file: "src/app/x.ts",
    code: 'import { read } from "../workbook";\nimport { XlsxFileBackend } from "../adapters/xlsx/file-backend";\n',
  },
  { file: "src/cli/x.ts", code: 'import { fillWorkbook } from "../app/fill";\n' },
  { file: "src/taskpane/x.ts", code: 'import type { Settings } from "../app/settings";\n' },
];

/** Each rule of core's folder order (CORE_ORDER), src/functions, and deep imports: a violation. */
const CORE_VIOLATIONS: Sample[] = [
  // a folder imports a folder later in the order
  { file: "src/core/values/x.ts", code: 'import { validatePlan } from "../validation";\n' },
  { file: "src/core/catalogue/x.ts", code: 'import { readValue } from "../values";\n' },
  { file: "src/core/performance/x.ts", code: 'import { importDocument } from "../import";\n' },
  { file: "src/core/plan/x.ts", code: 'import { achievement } from "../performance";\n' },
  { file: "src/core/text/x.ts", code: 'import { columnLetters } from "../a1";\n' },
  { file: "src/core/grid/x.ts", code: 'import { buildDocument } from "../publish";\n' },
  // the code of a folder whose types alone it may import
  { file: "src/core/values/x.ts", code: 'import { emptyPlan } from "../plan";\n' },
  // a root file imports a folder
  { file: "src/core/x.ts", code: 'import { readValue } from "./values";\n' },
  // deep imports into another folder's files
  { file: "src/core/plan/x.ts", code: 'import { readValue } from "../values/read";\n' },
  { file: "src/core/grid/x.ts", code: 'import type { Plan } from "../plan/types";\n' },
  { file: "src/core/values/x.ts", code: 'import type { Plan } from "../plan/types";\n' },
  // src/functions: only core, through the index
  { file: "src/functions/x.ts", code: 'import { readValue } from "../core/values/read";\n' },
  { file: "src/functions/x.ts", code: 'import { layout } from "../workbook/write/layout";\n' },
  { file: "src/functions/x.ts", code: 'import { fillWorkbook } from "../app/fill";\n' },
  { file: "src/functions/x.ts", code: 'import * as fs from "fs";\n' },
  { file: "src/functions/x.ts", code: 'import { STRINGS } from "../taskpane/strings";\n' },
];

const CORE_ALLOWED: Sample[] = [
  {
    file: "src/core/values/x.ts",
    code: 'import { isDigit } from "../text";\nimport { message } from "../message";\nimport { scanDate } from "./date";\n',
  },
  { file: "src/core/values/x.ts", code: 'import type { Plan } from "../plan";\n' },
  {
    file: "src/core/plan/x.ts",
    code: 'import { readValue } from "../values";\nimport { lookup } from "../catalogue";\n',
  },
  {
    file: "src/core/grid/x.ts",
    code: 'import { importDocument } from "../import";\nimport { columnLetters } from "../a1";\n',
  },
  {
    file: "src/core/publish/x.ts",
    code: 'import { crc32 } from "../bytes";\nimport { validatePlan } from "../validation";\n',
  },
  { file: "src/core/x.ts", code: 'import { message } from "./message";\n' },
  {
    file: "src/functions/x.ts",
    code: 'import Decimal from "decimal.js";\nimport { readValue } from "../core/values";\nimport { message } from "../core/message";\nimport { fail } from "./errors";\n',
  },
];

/** Outside src/core: another folder only through its entry (eslint.config.mjs: ENTRIES). */
const DEEP: Sample[] = [
  { file: "src/app/x.ts", code: 'import { layout } from "../workbook/write/layout";\n' },
  { file: "src/app/x.ts", code: 'import type { TableData } from "../workbook/read/tables";\n' },
  { file: "src/cli/commands/x.ts", code: 'import type { Plan } from "../../core/plan/types";\n' },
  { file: "src/workbook/read/x.ts", code: 'import { indicatorId } from "../../core/plan/ids";\n' },
  { file: "src/adapters/xlsx/x.ts", code: 'import { checkZip } from "../zip/safe-zip";\n' },
  { file: "src/adapters/docx/x.ts", code: 'import { sheetXml } from "../xlsx/package/sheet";\n' },
  { file: "src/cli/x.ts", code: 'import { applyPatch } from "../adapters/xlsx/patch";\n' },
  { file: "src/taskpane/x.ts", code: 'import { cellsOf } from "../adapters/office/cells";\n' },
  { file: "src/workbench/x.ts", code: 'import { FillView } from "../taskpane/views/FillView";\n' },
  { file: "src/taskpane/x.ts", code: 'import { run } from "../cli/commands/fill";\n' },
  { file: "src/app/x.ts", code: 'import { layout } from "../workbook/index";\n' },
];

const ENTRY: Sample[] = [
  {
    file: "src/app/x.ts",
    code: 'import { layout, type TableData } from "../workbook";\nimport { MAPPING_SHEET } from "../workbook/analyst";\n',
  },
  {
    file: "src/cli/commands/x.ts",
    code: 'import type { Plan } from "../../core/plan";\nimport { message } from "../../core/message";\nimport { fillWorkbook } from "../../app/fill";\n',
  },
  {
    file: "src/adapters/xlsx/read/x.ts",
    code: 'import { checkZip } from "../../zip";\nimport { scanSheet } from "./sheet-cells";\nimport { toFileForm } from "../../../workbook";\n',
  },
  { file: "src/adapters/docx/x.ts", code: 'import { unescapeXml } from "../xlsx/package/xml";\n' },
  {
    file: "src/cli/x.ts",
    code: 'import { XlsxFileBackend } from "../adapters/xlsx/file-backend";\nimport { WorkbookReader } from "../adapters/xlsx/read";\n',
  },
  {
    file: "src/workbench/x.ts",
    code: 'import { App } from "../taskpane/App";\nimport { XlsxBackend } from "../adapters/xlsx/memory-backend";\nimport { exampleDocument } from "../examples";\n',
  },
  { file: "src/taskpane/views/x.tsx", code: 'import { Panel } from "../components/Panel";\n' },
];

describe("another folder through its entry (eslint.config.mjs, ENTRIES)", () => {
  it("refuses a deep import into another folder's files, and allows its entries", () => {
    const found = restricted([...DEEP, ...ENTRY]);
    DEEP.forEach((s, i) => {
      expect({ ...s, refused: found[i].length > 0 }).toEqual({ ...s, refused: true });
    });
    ENTRY.forEach((s, i) => {
      expect({ ...s, messages: found[DEEP.length + i] }).toEqual({ ...s, messages: [] });
    });
    expect(found[0].join()).toMatch(/through its entry/);
    expect(found[2].join()).toMatch(/through its index\.ts/);
  });
});

describe("the order of core's folders, src/functions, deep imports (eslint.config.mjs)", () => {
  it("refuses each violation and allows the imports the order permits", () => {
    const found = restricted([...CORE_VIOLATIONS, ...CORE_ALLOWED]);
    CORE_VIOLATIONS.forEach((s, i) => {
      expect({ ...s, refused: found[i].length > 0 }).toEqual({ ...s, refused: true });
    });
    CORE_ALLOWED.forEach((s, i) => {
      expect({ ...s, messages: found[CORE_VIOLATIONS.length + i] }).toEqual({ ...s, messages: [] });
    });
    expect(found[0].join()).toMatch(/src\/core\/values may import only text/);
    expect(found[8].join()).toMatch(/through its index\.ts/);
  });
});

describe("layering (eslint.config.mjs, no-restricted-imports)", () => {
  it("refuses an upward import in every layer, and allows the imports the layers make", () => {
    const found = restricted([...UPWARD, ...ALLOWED]);
    // the layer's own message (an upward import may also be a deep one: ENTRIES says so apart)
    const layers = (messages: string[]) => messages.filter((m) => !/through its entry/.test(m));
    UPWARD.forEach((s, i) => {
      expect({ ...s, messages: layers(found[i]).length }).toEqual({ ...s, messages: 1 });
    });
    ALLOWED.forEach((s, i) => {
      expect({ ...s, messages: found[UPWARD.length + i] }).toEqual({ ...s, messages: [] });
    });
    expect(found[0][0]).toMatch(/src\/core is pure/);
  });
});
