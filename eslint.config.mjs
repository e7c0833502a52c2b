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
const layering = [
  layer(
    ["src/core/**/*.{ts,tsx}"],
    [...folders("workbook", "adapters", "app", "examples"), ...UI, ...PLATFORM],
    "src/core is pure: it imports only src/core (and decimal.js), no other layer, platform or UI."
  ),
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
    ["src/app/**/*.{ts,tsx}"],
    UI,
    "src/app (the actions) is called by the front ends and imports none of them."
  ),
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
];
