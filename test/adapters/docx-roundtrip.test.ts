/**
 * The round trip (issue 14, item 7): a published Word document read back by the Word reader of
 * "the analyst's own tables" (src/adapters/docx/read.ts → src/core/grid) gives the same
 * indicators, formulas and targets — at least 98% of the fields compared are equal — for the
 * reference document's plan and for the bundled example, Piano and Rapporto. The fields: each
 * indicator's name, algorithm, typology, unit, source, programme code and every target (the
 * Rapporto also every observed value), in document order. Fields that differ are listed.
 */
import { readDocx } from "../../src/adapters/docx/read";
import { writeDocx } from "../../src/adapters/docx/write";
import { importGrids } from "../../src/core/grid";
import { importDocument } from "../../src/core/import";
import type { Indicator, Plan, PlanValue } from "../../src/core/plan/types";
import { buildDocument, type DocumentKind, type TableBlock } from "../../src/core/publish";
import { shown } from "../../src/core/publish/format";
import { exampleDocument } from "../../src/examples";
import { seedText } from "../helpers/seed";

jest.setTimeout(60_000);

const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/** The plan's indicators in the order the document prints them (its indicator tables' rows). */
function documentOrder(plan: Plan, kind: DocumentKind): Indicator[] {
  const doc = buildDocument(plan, { kind, date: "2021-04-30" });
  const queue = new Map<string, Indicator[]>();
  for (const ind of plan.indicators) {
    const key = clean(ind.name);
    queue.set(key, [...(queue.get(key) ?? []), ind]);
  }
  const out: Indicator[] = [];
  for (const b of doc.blocks) {
    if (b.type !== "table" || (b as TableBlock).role !== "indicators") continue;
    for (const row of (b as TableBlock).rows) {
      const name = clean(row[0].text.replace(/ \(INDICATORE PARETO\)$/, ""));
      const ind = queue.get(name)?.shift();
      if (!ind) throw new Error(`no indicator for the row «${name}»`);
      out.push(ind);
    }
  }
  return out;
}

function codeOf(plan: Plan, ind: Indicator): string {
  const p = plan.programmes.find((x) => x.id === ind.programme);
  return p ? `${p.mission}.${p.programme}` : "";
}

interface Comparison {
  total: number;
  equal: number;
  differences: string[];
}

function compare(kind: DocumentKind, plan: Plan, back: Plan): Comparison {
  const expected = documentOrder(plan, kind);
  const c: Comparison = { total: 0, equal: 0, differences: [] };
  const field = (i: number, what: string, want: string, got: string) => {
    c.total++;
    if (clean(want) === clean(got)) c.equal++;
    else c.differences.push(`#${i + 1} ${what}: «${clean(want)}» → «${clean(got)}»`);
  };
  expected.forEach((ind, i) => {
    const got = back.indicators[i];
    if (!got) {
      c.total += 1;
      c.differences.push(`#${i + 1} missing: ${ind.name}`);
      return;
    }
    field(i, "name", ind.name, got.name);
    field(i, "formula", ind.formula ?? "", got.formula ?? "");
    field(i, "typology", ind.typology ?? "", got.typology ?? "");
    field(i, "unit", ind.unit ?? "", got.unit ?? "");
    field(i, "source", ind.source ?? "", got.source ?? "");
    field(i, "programme", codeOf(plan, ind), codeOf(back, got));
    const values = (what: string, a: Record<string, PlanValue>, b: Record<string, PlanValue>) => {
      for (const k of Object.keys(a))
        if (shown(a[k]) !== "") field(i, `${what}.${k}`, shown(a[k]), shown(b[k]));
    };
    values("targets", ind.targets, got.targets);
    if (kind === "rapporto") values("actuals", ind.actuals, got.actuals);
  });
  for (let i = expected.length; i < back.indicators.length; i++) {
    c.total++;
    c.differences.push(`#${i + 1} extra: ${back.indicators[i].name}`);
  }
  return c;
}

describe.each([
  ["reference document", () => importDocument(seedText()).plan],
  ["bundled example", () => importDocument(exampleDocument).plan],
])("%s", (_name, planOf) => {
  const plan = planOf();
  it.each(["piano", "rapporto"] as const)(
    "%s: the Word file reads back to the same indicators, ≥ 98%% of fields equal",
    async (kind) => {
      const bytes = await writeDocx(buildDocument(plan, { kind, date: "2021-04-30" }));
      const read = await readDocx(bytes);
      if (!read.ok) throw new Error(read.reason.en);
      const r = importGrids(read.blocks);
      if (!r.ok) throw new Error(r.reason.en);
      expect(r.plan.indicators).toHaveLength(plan.indicators.length);
      expect(r.plan.firstYear).toBe(plan.firstYear);
      const c = compare(kind, plan, r.plan);
      const share = c.equal / c.total;
      // the figures, and what differs, in the test's output
      console.log(
        `${_name}, ${kind}: ${c.equal}/${c.total} fields equal (${(share * 100).toFixed(1)}%)${c.differences.length ? `\n  ${c.differences.slice(0, 12).join("\n  ")}` : ""}`
      );
      expect(c.total).toBeGreaterThan(plan.indicators.length * 6);
      expect({ share: share >= 0.98, differences: c.differences.slice(0, 20) }).toMatchObject({
        share: true,
      });
    }
  );
});
