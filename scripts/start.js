#!/usr/bin/env node
/*
 * npm start.
 * - Windows / macOS (Excel desktop can sideload an add-in): office-addin-debugging starts the dev
 *   server, trusts the dev certificate and opens Excel with manifest.xml sideloaded
 *   (npm stop undoes it).
 * - Elsewhere (Linux, CI, containers: no Excel desktop): says so and runs only the dev server,
 *   printing where the task pane and the workbench are served.
 *
 *   PIRA_START=server npm start    dev server only, on any platform
 */
"use strict";

const { spawn } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const BASE = `https://localhost:${PORT}/`;

function bin(name) {
  return path.join(
    ROOT,
    "node_modules",
    ".bin",
    process.platform === "win32" ? `${name}.cmd` : name
  );
}

/** Runs a command with this terminal; resolves with its exit code. Ctrl+C reaches it too. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: "inherit",
      shell: process.platform === "win32",
      env: process.env,
    });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", (e) => {
      console.error(`start: cannot run ${command}: ${e.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function excelDesktopAvailable() {
  if (process.env.PIRA_START === "server") return false;
  if (process.env.CI) return false;
  return process.platform === "win32" || process.platform === "darwin";
}

async function main() {
  if (excelDesktopAvailable()) {
    console.log("start: sideloading manifest.xml into Excel desktop (office-addin-debugging).");
    console.log("start: `npm stop` closes the dev server and removes the sideloaded add-in.");
    return run(bin("office-addin-debugging"), [
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
    ]);
  }
  const where = process.env.CI ? "in CI" : `on ${process.platform}`;
  console.log(
    [
      `start: Excel desktop is not available ${where}; starting only the dev server.`,
      `  task pane:  ${BASE}taskpane.html   (outside Excel it says so)`,
      `  workbench:  ${BASE}workbench.html  (the add-in over a local workbook, no Excel needed)`,
      `  manifest:   ${path.join(ROOT, "manifest.xml")}`,
      "  To try it in Excel on the web: Add-ins > My Add-ins > Upload My Add-in, choose",
      "  manifest.xml (the browser must trust the certificate: npx office-addin-dev-certs install).",
      "  Ctrl+C stops the server.",
    ].join("\n")
  );
  return run(bin("webpack"), ["serve", "--mode", "development"]);
}

main().then((code) => {
  process.exitCode = code;
});
