/**
 * The zip guard (src/adapters/zip/safe-zip.ts): a zip bomb is refused on its declared sizes or,
 * when its headers lie, while inflating, in bounded time and memory; a damaged member is named;
 * every reader of a package goes through it (xlsx via JSZip and via ExcelJS).
 */
import { constants as bufferConstants } from "buffer";
import JSZip from "jszip";
import { loadWorkbook, patchPackage, planToXlsx, readTables } from "../../src/adapters/xlsx";
import { readXlsxPlan, fillXlsxFile } from "../helpers/xlsx-actions";
import { checkZip, openZip, ZIP_LIMITS } from "../../src/adapters/zip/safe-zip";
import { referencePlan } from "../fixtures/plans";
import { cpuClock } from "../helpers/linear-time";

const { bombWorkbook, zipOf } = require("../../scripts/bench/zip-bomb.cjs") as {
  bombWorkbook(mb?: number, o?: { lie?: boolean }): Uint8Array;
  zipOf(members: { name: string; data: Buffer }[]): Uint8Array;
};

async function demoWorkbook(): Promise<Uint8Array> {
  return planToXlsx(referencePlan());
}

/** The offset of a member's data in a package and its compressed length (from its local header). */
function memberData(bytes: Uint8Array, name: string): { at: number; length: number } {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 30 < b.length; i++) {
    if (b.readUInt32LE(i) !== 0x04034b50) continue;
    const nameLength = b.readUInt16LE(i + 26);
    const extra = b.readUInt16LE(i + 28);
    if (b.toString("utf8", i + 30, i + 30 + nameLength) !== name) continue;
    // sizes may be in the data descriptor: take them from the central directory instead
    const c = b.indexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]));
    let at = c;
    let length = -1;
    while (at >= 0) {
      const n = b.readUInt16LE(at + 28);
      if (b.toString("utf8", at + 46, at + 46 + n) === name) {
        length = b.readUInt32LE(at + 20);
        break;
      }
      at = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4);
    }
    return { at: i + 30 + nameLength + extra, length };
  }
  throw new Error(`no member ${name}`);
}

describe("zip guard", () => {
  test("a workbook the project writes passes, with its members listed", async () => {
    const r = await openZip(await demoWorkbook());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.members.map((m) => m.name)).toContain("xl/workbook.xml");
  });

  test("a 0.5 MB zip bomb (450 MB sheet) is refused on its declared size, fast", async () => {
    const bomb = bombWorkbook(450);
    expect(bomb.length).toBeLessThan(600_000);
    const cpu = cpuClock();
    const r = await checkZip(bomb);
    expect(cpu()).toBeLessThan(1000);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe("too-large");
      expect(r.reason.en).toMatch(/inflates to 450\.\d MB/);
    }
  });

  test("a zip bomb whose headers lie is stopped while inflating, in bounded memory", async () => {
    const bomb = bombWorkbook(450, { lie: true });
    const before = process.memoryUsage().rss;
    const cpu = cpuClock();
    const r = await checkZip(bomb);
    expect(cpu()).toBeLessThan(5000);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe("damaged");
      expect(r.reason.en).toContain(
        "«xl/worksheets/sheet1.xml» inflates past its declared 4096 bytes"
      );
    }
  });

  test("a damaged member is named: its CRC does not match", async () => {
    const bytes = new Uint8Array(await demoWorkbook());
    const { at, length } = memberData(bytes, "xl/styles.xml");
    // a stored copy of the same package with one byte of the styles changed is simpler to damage
    const zip = await JSZip.loadAsync(bytes);
    const styles = Buffer.from(await zip.file("xl/styles.xml")!.async("uint8array"));
    expect(length).toBeGreaterThan(0);
    expect(at).toBeGreaterThan(0);
    const members = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map(async (f) => ({ name: f.name, data: Buffer.from(await f.async("uint8array")) }))
    );
    const packaged = zipOf(members);
    expect((await checkZip(packaged)).ok).toBe(true);
    // flip one bit inside the deflated styles: either the CRC or the inflater notices
    const damaged = new Uint8Array(packaged);
    const s = memberData(damaged, "xl/styles.xml");
    damaged[s.at + Math.floor(s.length / 2)] ^= 0x10;
    const r = await checkZip(damaged);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe("damaged");
      expect(r.reason.it).toContain("«xl/styles.xml»");
    }
    expect(styles.length).toBeGreaterThan(0);
  });

  test("a CRC that does not match the content is reported by name", async () => {
    const good = Buffer.from("<x/>");
    const bytes = zipOf([{ name: "a.xml", data: good }]);
    // central directory CRC at offset 16 of the central header
    const b = Buffer.from(bytes);
    const c = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    b.writeUInt32LE((b.readUInt32LE(c + 16) ^ 1) >>> 0, c + 16);
    const r = await checkZip(new Uint8Array(b));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.reason.en).toBe(
        "The file is damaged: part «a.xml» does not match its checksum (CRC-32)."
      );
  });

  test("duplicate members, a truncated file and plain text are refused, never thrown", async () => {
    const dup = zipOf([
      { name: "a.xml", data: Buffer.from("<a/>") },
      { name: "a.xml", data: Buffer.from("<b/>") },
    ]);
    const r1 = await checkZip(dup);
    expect(r1.ok || r1.reason.en).toContain("appears twice");
    const bytes = await demoWorkbook();
    const r2 = await checkZip(bytes.subarray(0, bytes.length - 100));
    expect(r2.ok).toBe(false);
    const r3 = await checkZip(new TextEncoder().encode("hello, not a zip"));
    expect(r3.ok || r3.problem).toBe("not-zip");
  });

  test("found by npm run fuzz: a directory whose count declares fewer parts than it holds", async () => {
    // JSZip finds parts by their signatures whatever the count says: none may escape the checks
    const b = Buffer.from(await demoWorkbook());
    const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    b.writeUInt16LE(0, end + 8);
    b.writeUInt16LE(0, end + 10);
    const r = await checkZip(new Uint8Array(b));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.en).toContain("is not among the parts the directory declares");
  });

  test("a member within the limit can be read as one string by this runtime", () => {
    // a part read whole (partText) is a string: a larger one would throw a RangeError, not be refused
    expect(ZIP_LIMITS.member).toBeLessThanOrEqual(bufferConstants.MAX_STRING_LENGTH);
    expect(ZIP_LIMITS.member).toBeLessThanOrEqual(ZIP_LIMITS.total);
  });
});

describe("every xlsx reader goes through the guard", () => {
  const bomb = bombWorkbook(450, { lie: true });
  const honest = bombWorkbook(450);
  const readers: [string, (b: Uint8Array) => Promise<unknown>][] = [
    ["readTables", (b) => readTables(b)],
    ["xlsxToPlan", (b) => readXlsxPlan(b)],
    ["loadWorkbook", (b) => loadWorkbook(b)],
    ["fillXlsx", (b) => fillXlsxFile(b)],
    ["fillXlsx --regenerate", (b) => fillXlsxFile(b, { regenerate: true })],
  ];

  test.each(readers)("%s refuses the lying bomb with the member's name", async (_name, run) => {
    const cpu = cpuClock();
    const r = (await run(bomb)) as { ok: boolean; reason?: { en: string } };
    expect(cpu()).toBeLessThan(5000);
    expect(r.ok).toBe(false);
    expect(r.reason?.en).toContain("xl/worksheets/sheet1.xml");
  });

  test.each(readers)("%s refuses the honest bomb on its size", async (_name, run) => {
    const cpu = cpuClock();
    const r = (await run(honest)) as { ok: boolean; reason?: { en: string } };
    expect(cpu()).toBeLessThan(1000);
    expect(r.ok).toBe(false);
    expect(r.reason?.en).toMatch(/inflates to 450\.\d MB/);
  });

  test("patchPackage refuses it too", async () => {
    const r = await patchPackage(bomb, { sheet: "Indicatori", blocks: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.why).toContain("xl/worksheets/sheet1.xml");
  });
});
