// ESLint 9 flat config, picked up by `office-addin-lint check|fix` (npm run lint / lint:fix),
// which lints src/**/*.{ts,tsx,js,jsx}. Base: eslint-plugin-office-addins "react" (eslint
// recommended, typescript-eslint, the Office add-in rules, prettier with
// office-addin-prettier-config, eslint-plugin-react).
import officeAddins from "eslint-plugin-office-addins";
import reactPlugin from "eslint-plugin-react";
import tsParser from "@typescript-eslint/parser";

// the Node globals our scripts use (the "globals" package is not a dependency of this project)
const node = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "process",
    "console",
    "Buffer",
    "__dirname",
    "__filename",
    "URL",
  ].map((name) => [name, "readonly"])
);

const [tsBlock] = officeAddins.configs.recommended.filter((c) => Array.isArray(c.files));

// The layers (src/app/README.md): each folder imports only from the layers below it.
// no-restricted-imports matches the import's text, so a layer is named by its folder anywhere in
// a relative path ("../../adapters/xlsx", "../app/fill").
const folders = (...names) => names.flatMap((n) => [`**/${n}`, `**/${n}/**`]);
const UI = folders("taskpane", "workbench", "cli", "commands", "functions");
const PLATFORM = [
  "node:*",
  "fs",
  "fs/*",
  "path",
  "os",
  "child_process",
  "crypto",
  "react",
  "react-*",
  "exceljs",
  "jszip",
  "docx",
  "@fluentui/*",
  "office-*",
  "@microsoft/*",
];
const layer = (files, group, message) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns: [{ group, message }] }] },
});
const CORE_PURE = {
  group: [...folders("workbook", "adapters", "app", "examples"), ...UI, ...PLATFORM],
  message:
    "src/core is pure: it imports only src/core (and decimal.js), no other layer, platform or UI.",
};
const layering = [
  layer(["src/core/**/*.{ts,tsx}"], CORE_PURE.group, CORE_PURE.message),
  layer(
    ["src/workbook/**/*.{ts,tsx}"],
    [...folders("adapters", "app", "examples"), ...UI, ...PLATFORM],
    "src/workbook (the workbook model) imports only src/core: no adapter, no app layer, no UI."
  ),
  layer(
    ["src/adapters/**/*.{ts,tsx}"],
    [...folders("app", "examples"), ...UI],
    "src/adapters import the model (src/core, src/workbook), never the app layer or a UI."
  ),
  layer(
    ["src/functions/**/*.{ts,tsx}"],
    [
      ...folders("workbook", "adapters", "app", "examples"),
      ...UI.filter((p) => !p.includes("functions")),
      ...PLATFORM,
      "../core/*/*",
      "../core/*/**",
    ],
    "src/functions (the custom functions) are thin wrappers over src/core, each core folder through its index.ts: no other layer, platform or UI."
  ),
  layer(
    ["src/app/**/*.{ts,tsx}"],
    UI,
    "src/app (the actions) is called by the front ends and imports none of them."
  ),
];

// Outside src/core: a folder imports another top folder only through its entry — its index.ts, or
// one of the public entry files below — never the files behind it, which are the folder's own (a
// core folder: its index.ts; core's root files, message and diagnostics, are for everyone). The
// entries beside an index exist where one index would carry a platform's or a lazily loaded
// part's code into every bundle that imports it:
// - src/app has no index: each top-level file is one action, and a front end loads only the
//   actions it uses (the task pane in chunks); the files are its entries.
// - src/workbook: index.ts (the engine) and analyst/index.ts (an analyst's tables in place, in
//   the task pane's analyst chunk only).
// - src/adapters/xlsx: index.ts (ExcelJS), file-backend (Node front ends, loaded on demand),
//   memory-backend (the workbench, in the browser), read/index.ts (the package reader without
//   ExcelJS), writer-note (the line the CLI prints, without loading the writer), package/xml
//   (XML text, shared by the Word reader).
// - src/adapters/office: index.ts, backend (the task pane's engine), create-workbook (the review
//   chunk); src/adapters/docx: read (CLI) and write (Pubblica's chunk); src/adapters/pdf: read;
//   src/adapters/zip: index.ts, gzip (the command line gives Node's zlib to the zip writer before
//   it loads JSZip).
// - src/taskpane, for the workbench (the pane without Excel): App, Root, i18n, strings, theme,
//   components/read-file, components/ConfirmDialog.
// - src/cli, src/workbench, src/functions, src/commands, src/examples: only their index, if any.
const ENTRIES = {
  workbook: ["analyst"],
  app: ["[^/]+"],
  "(adapters/)?xlsx": ["file-backend", "memory-backend", "read", "writer-note", "package/xml"],
  "(adapters/)?office": ["backend", "create-workbook"],
  "(adapters/)?docx": ["read", "write"],
  "(adapters/)?pdf": ["read"],
  "(adapters/)?zip": ["gzip"],
  taskpane: [
    "App",
    "Root",
    "i18n",
    "strings",
    "theme",
    "components/read-file",
    "components/ConfirmDialog",
  ],
  cli: [],
  workbench: [],
  functions: [],
  commands: [],
  examples: [],
};
const deepImport = (folder, entries) => ({
  regex: `^(\\.\\./)+${folder}/${entries.length ? `(?!(${entries.join("|")})$)` : ""}`,
  message: `Import another folder through its entry (index.ts, or an entry file listed in eslint.config.mjs: ENTRIES), not the files behind it.`,
});
const entries = {
  files: ["src/**/*.{ts,tsx}"],
  ignores: ["src/core/**"],
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: "^(\\.\\./)+core/[^/]+/",
            message:
              'Import a core folder through its index.ts ("../core/plan", not "../core/plan/types").',
          },
          ...Object.entries(ENTRIES).map(([folder, list]) => deepImport(folder, list)),
        ],
      },
    ],
  },
};

// Inside src/core: the order in which core's folders may import each other (derived from the
// imports as they were when the rule was written, now the rule). A folder imports only the folders
// listed for it, and each through its index.ts ("../plan", never "../plan/types": the files behind
// an index are the folder's own). TYPES lists the folders whose types alone a folder may import
// (values describe a plan's values; the plan model is built on values). Files at core's root
// (message.ts, diagnostics.ts) are for every folder, and import no folder.
const CORE_ORDER = {
  a1: [],
  bytes: [],
  text: [],
  "number-format": [],
  catalogue: ["text"],
  values: ["text"],
  plan: ["catalogue", "text", "values"],
  performance: ["values"],
  results: ["catalogue", "performance"],
  validation: ["catalogue", "performance", "text", "values"],
  review: ["catalogue", "performance", "values"],
  import: ["catalogue", "performance", "plan", "values"],
  grid: ["a1", "catalogue", "import", "performance", "plan", "text", "values"],
  publish: [
    "bytes",
    "catalogue",
    "performance",
    "plan",
    "results",
    "review",
    "validation",
    "values",
  ],
};
const CORE_TYPES = {
  values: ["plan"],
  performance: ["plan"],
  results: ["plan"],
  validation: ["plan"],
  review: ["plan"],
};
const CORE_FOLDERS = Object.keys(CORE_ORDER);
// an import's text from a file in a core folder (src/core/F/x.ts or one level deeper)
const sibling = (name, inside = false) =>
  ["..", "../.."].map((up) => `${up}/${name}${inside ? "/*" : ""}`).flatMap((p) => [p, `${p}/**`]);
const coreFolder = (folder) => {
  const allowed = CORE_ORDER[folder];
  const types = CORE_TYPES[folder] ?? [];
  const others = CORE_FOLDERS.filter((f) => f !== folder);
  const patterns = [];
  const forbidden = others.filter((f) => !allowed.includes(f) && !types.includes(f));
  if (forbidden.length)
    patterns.push({
      group: forbidden.flatMap((f) => sibling(f)),
      message: `src/core/${folder} may import only ${allowed.length ? allowed.join(", ") : "core's root files"}${types.length ? ` (and the types of ${types.join(", ")})` : ""}: the order of core's folders is in eslint.config.mjs (CORE_ORDER).`,
    });
  if (types.length)
    patterns.push({
      group: types.flatMap((f) => [`../${f}`, `../../${f}`]),
      allowTypeImports: true,
      message: `src/core/${folder} may import only the types of ${types.join(", ")} (import type), not its code.`,
    });
  // deep imports: in the base rule, beside core's purity (a later block replaces a rule's
  // options, so this block repeats CORE_PURE), as the type-aware rule lets a type import through
  // any path below a folder whose types are allowed
  const base = [CORE_PURE];
  const deep = [...allowed, ...types];
  if (deep.length)
    base.push({
      group: deep.flatMap((f) => sibling(f, true)),
      message: 'Import another core folder through its index.ts ("../plan", not "../plan/types").',
    });
  return {
    files: [`src/core/${folder}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": ["error", { patterns: base }],
      ...(patterns.length
        ? { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] }
        : {}),
    },
  };
};
const coreOrder = [
  ...CORE_FOLDERS.map(coreFolder),
  {
    files: ["src/core/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: CORE_FOLDERS.flatMap((f) => [`./${f}`, `./${f}/**`]),
              message:
                "src/core's root files (message, diagnostics) import no core folder: every folder imports them.",
            },
          ],
        },
      ],
    },
  },
];

export default [
  { ignores: ["dist/**", "lib/**", "coverage/**", "node_modules/**"] },
  ...officeAddins.configs.react,
  // the plugin's TypeScript block covers .ts but not .tsx: apply the same rules to .tsx
  { ...tsBlock, files: ["**/*.tsx"] },
  reactPlugin.configs.flat["jsx-runtime"],
  {
    // build scripts and configs: CommonJS on Node
    files: ["**/*.{js,cjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: node },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: node },
  },
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: {
      // the plugin's own parser reference resolves to undefined (CommonJS default import), so
      // name the TypeScript parser here, as office-addin-lint's default config does
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript checks names (tsc --noEmit); no-undef does not know TypeScript's globals and types
      "no-undef": "off",
    },
  },
  ...layering,
  entries,
  ...coreOrder,
];
