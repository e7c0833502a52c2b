#!/usr/bin/env node
/*
 * Italian custom-function metadata.
 *
 * custom-functions-metadata-plugin generates functions.json (English: ids, names and descriptions
 * from the JSDoc of src/functions/functions.ts) and has no localization. This script applies the
 * translation table src/functions/translations.it.json
 *
 *   { "<ID>": { "name": "VALORE", "description": "…",
 *               "parameters": { "<parameter>": { "name"?: "testo", "description": "…" } } } }
 *
 * and writes functions-it.json, which manifest.xml serves to Italian Excel through
 * <bt:Override Locale="it-IT">. Ids never change (formulas store them); names, descriptions and
 * parameter names/descriptions do.
 *
 * Every function and every parameter must have its Italian text: a missing or stale entry is an
 * error that names what to add or remove, so the Italian metadata cannot silently fall behind.
 *
 * Used by webpack (LocalizeFunctionsPlugin, see webpack.config.js: it derives functions-it.json
 * from the functions.json asset in the same compilation, so the dev server serves it too) and
 * from the command line:
 *
 *   node scripts/localize-functions.js [dist/functions.json] [src/functions/translations.it.json] [dist/functions-it.json]
 */
"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_TABLE = path.join(ROOT, "src", "functions", "translations.it.json");
const NAME_PATTERN = /^[A-Z][A-Z0-9._]*$/;

function isObject(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function nonEmptyString(x) {
  return typeof x === "string" && x.trim() !== "";
}

/**
 * Applies a translation table to generated metadata.
 * @param {object} metadata  parsed functions.json ({ functions: [...] })
 * @param {object} table     parsed translation table
 * @returns {{ metadata: object, errors: string[] }}  localized copy (never mutates the input) and
 *          the problems found; the copy is meaningful only when errors is empty.
 */
function localizeFunctions(metadata, table) {
  const errors = [];
  if (!isObject(metadata) || !Array.isArray(metadata.functions)) {
    return { metadata, errors: ['functions.json has no "functions" list'] };
  }
  if (!isObject(table)) {
    return {
      metadata,
      errors: ["the translation table must be a JSON object keyed by function id"],
    };
  }
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) {
    if (!ids.has(id))
      errors.push(`translation for unknown function ${id}: remove it or fix the id`);
  }

  const namesSeen = new Map();
  const functions = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    if (!isObject(entry)) {
      errors.push(
        `function ${fn.id} has no Italian translation: add "${fn.id}": { "name", "description", "parameters" }`
      );
      return fn;
    }
    const localized = { ...fn };
    if (!nonEmptyString(entry.name)) {
      errors.push(`function ${fn.id}: missing Italian "name"`);
    } else {
      const name = entry.name.trim().toUpperCase();
      if (!NAME_PATTERN.test(name)) {
        errors.push(
          `function ${fn.id}: Italian name "${entry.name}" must start with a letter and use only letters, digits, "." and "_"`
        );
      } else if (namesSeen.has(name)) {
        errors.push(
          `function ${fn.id}: Italian name ${name} is already used by ${namesSeen.get(name)}`
        );
      } else {
        namesSeen.set(name, fn.id);
        localized.name = name;
      }
    }
    if (!nonEmptyString(entry.description)) {
      errors.push(`function ${fn.id}: missing Italian "description"`);
    } else {
      localized.description = entry.description.trim();
    }

    const parameters = Array.isArray(fn.parameters) ? fn.parameters : [];
    const given = isObject(entry.parameters) ? entry.parameters : {};
    if (entry.parameters !== undefined && !isObject(entry.parameters)) {
      errors.push(`function ${fn.id}: "parameters" must be an object keyed by parameter name`);
    }
    const known = new Set(parameters.map((p) => p.name));
    for (const name of Object.keys(given)) {
      if (!known.has(name))
        errors.push(`function ${fn.id}: translation for unknown parameter "${name}"`);
    }
    localized.parameters = parameters.map((p) => {
      const t = given[p.name];
      if (!isObject(t) || !nonEmptyString(t.description)) {
        errors.push(`function ${fn.id}: parameter "${p.name}" has no Italian "description"`);
        return p;
      }
      const out = { ...p, description: t.description.trim() };
      if (t.name !== undefined) {
        if (!nonEmptyString(t.name) || /\s/.test(t.name.trim())) {
          errors.push(
            `function ${fn.id}: parameter "${p.name}" has an Italian name that is empty or has spaces`
          );
        } else {
          out.name = t.name.trim();
        }
      }
      return out;
    });
    return localized;
  });

  return { metadata: { ...metadata, functions }, errors };
}

function readTable(tablePath) {
  return JSON.parse(fs.readFileSync(tablePath, "utf8"));
}

/**
 * webpack plugin: derives `output` from the `input` asset (emitted by
 * custom-functions-metadata-plugin) in the same compilation. Problems become compilation errors,
 * which fail `webpack` (exit code 1) and show in the dev server overlay.
 */
class LocalizeFunctionsPlugin {
  constructor(options = {}) {
    this.input = options.input || "functions.json";
    this.output = options.output || "functions-it.json";
    this.table = path.resolve(options.table || DEFAULT_TABLE);
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const name = "LocalizeFunctionsPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(this.table);
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          const fail = (text) => compilation.errors.push(new WebpackError(`${name}: ${text}`));
          const asset = compilation.getAsset(this.input);
          if (!asset) {
            // custom-functions-metadata-plugin reports its own errors when it emits nothing
            if (compilation.errors.length === 0)
              fail(`${this.input} was not emitted, cannot write ${this.output}`);
            return;
          }
          let metadata;
          let table;
          try {
            metadata = JSON.parse(asset.source.source().toString());
          } catch (e) {
            fail(`${this.input} is not JSON: ${e.message}`);
            return;
          }
          try {
            table = readTable(this.table);
          } catch (e) {
            fail(`cannot read ${path.relative(ROOT, this.table)}: ${e.message}`);
            return;
          }
          const result = localizeFunctions(metadata, table);
          for (const error of result.errors) fail(`${path.relative(ROOT, this.table)}: ${error}`);
          if (result.errors.length === 0) {
            compilation.emitAsset(
              this.output,
              new sources.RawSource(JSON.stringify(result.metadata, null, 2))
            );
          }
        }
      );
    });
  }
}

function main(argv) {
  const [input = path.join(ROOT, "dist", "functions.json"), table = DEFAULT_TABLE, output] = argv;
  const target = output || path.join(path.dirname(input), "functions-it.json");
  const result = localizeFunctions(JSON.parse(fs.readFileSync(input, "utf8")), readTable(table));
  if (result.errors.length > 0) {
    for (const error of result.errors) console.error(`localize-functions: ${error}`);
    return 1;
  }
  fs.writeFileSync(target, JSON.stringify(result.metadata, null, 2));
  console.log(
    `localize-functions: wrote ${path.relative(process.cwd(), target)} (${result.metadata.functions.length} functions)`
  );
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`localize-functions: ${e.message}`);
    process.exitCode = 1;
  }
}

module.exports = { localizeFunctions, LocalizeFunctionsPlugin, DEFAULT_TABLE };
