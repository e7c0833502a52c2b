#!/usr/bin/env node
/* The pira command. The code is compiled into lib/ by `npm run build` (or `npm run build:cli`). */
"use strict";
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && /lib[\\/]cli[\\/]main/.test(String(e.message))) {
    process.stderr.write(
      "pira: manca lib/: eseguire `npm run build:cli` / lib/ is missing: run `npm run build:cli`\n"
    );
    process.exit(3);
  }
  throw e;
}
// `pira export plan.xlsx | head`: a closed pipe ends the output, not the program with a stack trace
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode || 0);
  throw e;
});
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`pira: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 3;
  }
);
