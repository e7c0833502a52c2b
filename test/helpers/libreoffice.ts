/**
 * LibreOffice Calc as the second spreadsheet program: recalculates every formula of an .xlsx on
 * load (a fresh user profile that says so) and saves it again, so a test can read what another
 * program computes from the formulas we write.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";

/** LibreOffice is on this machine (CI installs it: its tests never skip there). */
export const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
export const inCI = process.env.CI === "true";

/** A user profile that makes LibreOffice recalculate every formula of an .xlsx on load. */
export function recalcProfile(dir: string): string {
  const user = join(dir, "profile", "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  return pathToFileURL(join(dir, "profile")).href;
}

/** The workbook as LibreOffice saves it after recalculating every formula. */
export function recalculate(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "pira-lo-"));
  try {
    const input = join(dir, "in.xlsx");
    const out = join(dir, "out");
    writeFileSync(input, bytes);
    const r = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=${recalcProfile(dir)}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        input,
      ],
      { encoding: "utf8", timeout: 120_000 }
    );
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr || r.stdout}`);
    return new Uint8Array(readFileSync(join(out, "in.xlsx")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A user profile whose locale is Italian (it-IT): numbers shown as 1.050.000,00 and 72,5%. */
function italianProfile(dir: string): string {
  const user = join(dir, "profile", "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>it-IT</value></prop></item>
</oor:items>
`
  );
  return pathToFileURL(join(dir, "profile")).href;
}

/**
 * The first sheet of an .xlsx as LibreOffice Calc shows it in Italian, saved as CSV (";", UTF-8,
 * each cell's content as shown: its number format applied), one array of cells per line.
 */
export function shownAsCsv(bytes: Uint8Array): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "pira-lo-"));
  try {
    const input = join(dir, "in.xlsx");
    const out = join(dir, "out");
    writeFileSync(input, bytes);
    const r = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=${italianProfile(dir)}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true",
        "--outdir",
        out,
        input,
      ],
      { encoding: "utf8", timeout: 120_000 }
    );
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr || r.stdout}`);
    return readFileSync(join(out, "in.csv"), "utf8")
      .split(/\r?\n/)
      .filter((line) => line !== "")
      .map((line) => line.split(";"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
