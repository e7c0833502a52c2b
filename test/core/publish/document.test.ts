/**
 * The published document's model from the reference document's plan and from the bundled
 * example: every indicator in a table, values as written, the Rapporto's results and marks,
 * notes numbered in order, summaries and charts.
 */
import { importDocument } from "../../../src/core/import";
import type { Plan } from "../../../src/core/plan/types";
import {
  buildDocument,
  defaultDocumentKind,
  hasObservedValues,
  type Block,
  type PublishedDocument,
  type TableBlock,
} from "../../../src/core/publish";
import { summary } from "../../../src/core/results";
import { exampleDocument } from "../../../src/examples";
import { seedText } from "../../helpers/seed";

const seed = importDocument(seedText()).plan;
const example = importDocument(exampleDocument).plan;
const DATE = "2021-04-30";

const tables = (doc: PublishedDocument): TableBlock[] =>
  doc.blocks.filter((b): b is TableBlock => b.type === "table");
const indicatorTables = (doc: PublishedDocument) =>
  tables(doc).filter((t) => t.role === "indicators");
const headings = (doc: PublishedDocument) =>
  doc.blocks.filter((b): b is Extract<Block, { type: "heading" }> => b.type === "heading");

/** The row of an indicator (by name) in the document's indicator tables, with its table. */
function rowOf(
  doc: PublishedDocument,
  name: string
): { table: TableBlock; row: Map<string, string> } {
  for (const t of indicatorTables(doc))
    for (const r of t.rows)
      if (r[0].text === name || r[0].text.startsWith(`${name} (INDICATORE PARETO)`))
        return { table: t, row: new Map(t.columns.map((c, i) => [c.label, r[i]?.text ?? ""])) };
  throw new Error(`no row for ${name}`);
}

describe.each([
  ["reference document", seed],
  ["bundled example", example],
])("%s", (_name, plan: Plan) => {
  it.each(["piano", "rapporto"] as const)("%s: every indicator has its row, once", (kind) => {
    const doc = buildDocument(plan, { kind, date: DATE });
    const rows = indicatorTables(doc).reduce((n, t) => n + t.rows.length, 0);
    expect(rows).toBe(plan.indicators.length);
    // one level-3 heading per programme, headings never skip a level
    expect(headings(doc).filter((h) => h.level === 3)).toHaveLength(plan.programmes.length);
    let level = 0;
    for (const h of headings(doc)) {
      expect(h.level).toBeLessThanOrEqual(level + 1);
      level = h.level;
    }
    const anchors = headings(doc).map((h) => h.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it("defaults to the Rapporto: the plan has observed values", () => {
    expect(hasObservedValues(plan)).toBe(true);
    expect(defaultDocumentKind(plan)).toBe("rapporto");
    expect(buildDocument(plan, { date: DATE }).kind).toBe("rapporto");
  });

  it("the Rapporto's notes are numbered 1, 2, … in reading order and each is referred to once", () => {
    const doc = buildDocument(plan, { kind: "rapporto", date: DATE });
    const notes = tables(doc).flatMap((t) => t.notes.map((n) => n.number));
    expect(notes).toEqual(notes.map((_, i) => i + 1));
    const refs = tables(doc).flatMap((t) => t.rows.flatMap((r) => r.flatMap((c) => c.notes ?? [])));
    expect(refs).toEqual(notes);
    // every note of the plan is in the document
    const own = plan.indicators.flatMap((i) => i.notes.filter((n) => n.trim()));
    for (const text of own)
      expect(tables(doc).some((t) => t.notes.some((n) => n.text === text.trim()))).toBe(true);
  });

  it("the Rapporto's summary table is the summary of src/core/results", () => {
    const doc = buildDocument(plan, { kind: "rapporto", date: DATE });
    const table = tables(doc).find((t) => t.role === "summary") as TableBlock;
    const rows = summary(plan);
    expect(table.rows).toHaveLength(rows.length);
    const total = table.rows[table.rows.length - 1];
    expect(total[0].text).toBe("Totale");
    expect(total[1].text).toBe(String(plan.indicators.length));
    const achieved = table.columns.findIndex((c) => c.label === "Raggiunti");
    expect(total[achieved].text).toBe(String(rows[rows.length - 1].achieved));
  });
});

describe("the reference document's Rapporto", () => {
  const doc = buildDocument(seed, { kind: "rapporto", date: DATE });

  it("writes values as written", () => {
    const { row } = rowOf(
      doc,
      "Grado di utilizzo delle risorse dedicate all'orientamento al lavoro e alle professioni"
    );
    expect(row.get("Consuntivo al 30/09/2020")).toBe("98,47%");
    expect(row.get("Consuntivo al 31/12/2020")).toBe("16%");
    expect(row.get("Target 2020")).toBe("100%");
    expect(row.get("Raggiungimento")).toBe("16%");
    expect(row.get("Esito")).toBe("non raggiunto");
    const budget = doc.blocks.find(
      (b) =>
        b.type === "fields" &&
        b.rows.some((r) => r.label === "Budget" && String(r.value).startsWith("€ 1.107.200,00"))
    );
    expect(budget).toBeDefined();
  });

  it("computes achievement by the core's rule: 4.428 against 15.500 is 29%", () => {
    const { row } = rowOf(doc, "Attrattività eventi realizzati");
    expect(row.get("Consuntivo al 31/12/2020")).toBe("4.428");
    expect(row.get("Raggiungimento")).toBe("29%");
    expect(row.get("Esito")).toBe("non raggiunto");
  });

  it("marks the reported figures that differ from the computed ones, with a note giving both", () => {
    const marked = indicatorTables(doc).flatMap((t) =>
      t.rows.filter((r) => r.some((c) => c.differs)).map((r) => ({ t, r }))
    );
    // the 10% / 50% row reported 21%, the 2.947.171 / 3.200.000 row reported 100%
    expect(marked.length).toBeGreaterThanOrEqual(2);
    const texts = marked.flatMap(({ t, r }) =>
      r
        .flatMap((c) => (c.differs ? (c.notes ?? []) : []))
        .map((n) => t.notes.find((x) => x.number === n)?.text)
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/riportato nel piano: 21%; calcolato .*: 20%/),
        expect.stringMatching(/riportato nel piano: 100%; calcolato .*: 92%/),
      ])
    );
  });

  it("has the charts: the outcome mix and the achievement of each entity's programmes", () => {
    const charts = doc.blocks.flatMap((b) => (b.type === "chart" ? [b.chart] : []));
    expect(charts.map((c) => c.id)).toEqual([
      "esiti",
      "grafico-cciaa-pistoia",
      "grafico-cciaa-prato",
    ]);
    const mix = charts[0];
    const total = summary(seed)[summary(seed).length - 1];
    expect(mix.bars.map((b) => b.value)).toEqual([
      total.achieved,
      total.partly,
      total.notAchieved,
      total.notComputed,
    ]);
    expect(mix.description).toContain(`${seed.indicators.length} indicatori`);
    const prato = charts[2];
    expect(prato.bars).toHaveLength(
      seed.programmes.filter((p) => p.entity === "cciaa-prato").length
    );
    expect(prato.bars[0].label).toBe("011.005 – La sede camerale: uno spazio aperto per la città");
    for (const b of prato.bars) expect(prato.description).toContain(b.valueText);
  });

  it("sums up each entity, mission and programme in a line under its heading", () => {
    const i = doc.blocks.findIndex(
      (b) => b.type === "heading" && b.text === "C.C.I.A.A. DI PISTOIA"
    );
    const lead = doc.blocks[i + 1];
    expect(lead).toMatchObject({ type: "paragraph", style: "lead" });
    expect((lead as { text: string }).text).toMatch(
      /^19 indicatori: \d+ raggiunt[oi], .*raggiungimento medio \d+,\d%/
    );
  });
});

describe("the reference document's Piano", () => {
  const doc = buildDocument(seed, { kind: "piano", date: DATE });

  it("has the targets of the triennium, no results", () => {
    const labels = new Set(indicatorTables(doc).flatMap((t) => t.columns.map((c) => c.label)));
    expect([...labels]).toEqual(
      expect.arrayContaining([
        "Indicatore",
        "Algoritmo di calcolo",
        "Tipologia",
        "Unità di misura",
        "Fonte",
        "Target 2020",
        "Target 2021",
        "Target 2022",
      ])
    );
    for (const l of ["Raggiungimento", "Esito", "Consuntivo al 31/12/2020"])
      expect(labels.has(l)).toBe(false);
    expect(doc.blocks.some((b) => b.type === "chart")).toBe(false);
    expect(doc.title).toBe("Piano degli indicatori e dei risultati attesi di bilancio 2020–2022");
  });

  it("has each programme's scheda", () => {
    const schede = doc.blocks.filter((b) => b.type === "fields");
    expect(schede).toHaveLength(seed.programmes.length);
    const first = schede[0] as Extract<Block, { type: "fields" }>;
    expect(first.rows.map((r) => r.label)).toEqual([
      "Missione",
      "Programma",
      "Benefici attesi",
      "Centro di responsabilità",
      "Budget",
      "Portatori di interesse",
    ]);
  });
});

describe("edge cases", () => {
  it("an indicator of a programme the plan does not list is shown apart, not dropped", () => {
    const plan: Plan = {
      ...example,
      indicators: [
        ...example.indicators,
        { ...example.indicators[0], id: "orfano", programme: "nessuno", name: "Indicatore orfano" },
      ],
    };
    const doc = buildDocument(plan, { kind: "rapporto", date: DATE });
    expect(headings(doc).some((h) => h.text === "Indicatori senza programma")).toBe(true);
    expect(rowOf(doc, "Indicatore orfano").row.get("Indicatore")).toBe("Indicatore orfano");
  });

  it("a plan without observed values defaults to the Piano", () => {
    const plan: Plan = {
      ...example,
      indicators: example.indicators.map((i) => ({ ...i, actuals: {} })),
    };
    expect(defaultDocumentKind(plan)).toBe("piano");
  });
});
