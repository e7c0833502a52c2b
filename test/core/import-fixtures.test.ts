/**
 * The generated documents of test/fixtures/documents/: still what the generator makes, and importing
 * with the structure their README states.
 */
import * as fs from "fs";
import * as path from "path";
import { importDocument } from "../../src/core/import";
import { fixtureDocuments } from "./import-helpers";

const dir = path.resolve(__dirname, "../fixtures/documents");
const expected: Record<
  string,
  {
    entities: number;
    programmes: number;
    indicators: number;
    notUnderstood: number;
    firstYear: number;
  }
> = {
  "pistoia-layout-only.txt": {
    entities: 1,
    programmes: 4,
    indicators: 19,
    notUnderstood: 0,
    firstYear: 2020,
  },
  "prato-layout-only.txt": {
    entities: 1,
    programmes: 10,
    indicators: 68,
    notUnderstood: 7,
    firstYear: 2020,
  },
  "other-chambers-2023-crlf.txt": {
    entities: 2,
    programmes: 14,
    indicators: 87,
    notUnderstood: 7,
    firstYear: 2023,
  },
};

describe.each(Object.entries(fixtureDocuments()))("%s", (name, generated) => {
  const onDisk = fs.readFileSync(path.join(dir, name), "utf8");

  test("matches its generator", () => {
    expect(onDisk).toBe(generated);
  });

  test("imports with the stated structure", () => {
    const { plan, report } = importDocument(onDisk);
    const { firstYear, ...counts } = expected[name];
    expect(report.counts).toEqual(counts);
    expect(plan.firstYear).toBe(firstYear);
    expect(report.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});

test("the other chambers keep their names as written", () => {
  const { plan } = importDocument(
    fs.readFileSync(path.join(dir, "other-chambers-2023-crlf.txt"), "utf8")
  );
  expect(plan.entities.map((e) => e.name)).toEqual(["C.C.I.A.A. DI LUCCA", "C.C.I.A.A. DI AREZZO"]);
  expect(plan.programmes.find((p) => p.strategicProgramme === "Riforma Camerale")).toMatchObject({
    mission: "032",
    programme: "003",
  });
});
