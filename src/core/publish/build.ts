/**
 * A plan → the published document (DPCM 18/9/2012 art. 5): the Piano (scheda and targets of each
 * programme) or the Rapporto sui risultati (the same with the observed values, the computed
 * achievement and outcome, the notes, a summary and charts). Per entity, mission and programme.
 */
import { missionTitle } from "../catalogue";
import {
  type Achievement,
  indicatorAchievement,
  DEFAULT_THRESHOLDS,
  outcome,
} from "../performance";
import type { Indicator, Plan, Programme } from "../plan";
import { summary, type Thresholds } from "../results";
import { CODES, RULES, validatePlan } from "../validation";
import { achievementCharts, outcomeMixChart } from "./charts";
import { italianList, percentText, shown } from "./format";
import { indicatorTable, type IndicatorResult } from "./indicator-table";
import { changesSection, type ChangesAgainst } from "./changes";
import type { Block, DocumentKind, PublishedDocument } from "./model";
import { Anchors, NoteBook } from "./notes";
import { summaryLine, summaryTable, SummaryIndex } from "./summary-blocks";

export interface PublishOptions {
  /** default: the Rapporto when the plan has observed values, else the Piano */
  kind?: DocumentKind;
  /** ISO date of the document (core reads no clock) */
  date: string;
  thresholds?: Thresholds;
  /** the Rapporto's section on the main changes against the previous plan (`--compare OLD`) */
  changes?: ChangesAgainst;
}

/** The plan has at least one observed value (an actual that is not blank or n.d.). */
export function hasObservedValues(plan: Plan): boolean {
  return plan.indicators.some((ind) =>
    Object.values(ind.actuals).some(
      (v) => v.kind !== "missing" && (v.raw.trim() !== "" || v.value !== null)
    )
  );
}

export function defaultDocumentKind(plan: Plan): DocumentKind {
  return hasObservedValues(plan) ? "rapporto" : "piano";
}

export function documentTitle(kind: DocumentKind, plan: Plan): string {
  const fy = plan.firstYear;
  return kind === "rapporto"
    ? `Rapporto sui risultati ${fy}`
    : `Piano degli indicatori e dei risultati attesi di bilancio ${fy}–${fy + 2}`;
}

/** Each indicator's computed achievement and outcome, and the reported figures that differ. */
function results(
  plan: Plan,
  th: Thresholds,
  achievements: Map<Indicator, Achievement>
): Map<string, IndicatorResult> {
  // the same judgement as `pira validate` (PIRA-E050), so the document and the check agree
  const others = RULES.map((r) => r.code).filter((c) => c !== CODES.reportedDiffers);
  const differs = new Set(
    validatePlan(plan, { disabledRules: others, thresholds: th })
      .diagnostics.filter((d) => d.code === CODES.reportedDiffers && d.indicator)
      .map((d) => d.indicator as string)
  );
  const out = new Map<string, IndicatorResult>();
  for (const ind of plan.indicators) {
    const a = achievements.get(ind) ?? indicatorAchievement(ind, plan.firstYear);
    out.set(ind.id, {
      achievement: a,
      outcome: a.ok ? outcome(a.value, th.low, th.high) : null,
      reportedDiffers: differs.has(ind.id) ? shown(ind.reportedPerformance) : null,
    });
  }
  return out;
}

/** "Programma 011.005 – <strategic programme, else the official title>" (the scheda has both). */
function programmeHeading(p: Programme): string {
  const name = p.strategicProgramme?.trim() || p.title.trim();
  return [`Programma ${p.mission}.${p.programme}`, name].filter((x) => x).join(" – ");
}

/** The scheda: what DPCM art. 3-4 asks of a programme, the fields it has. */
function scheda(p: Programme): Block {
  const rows: { label: string; value: string | string[] }[] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value && value.trim()) rows.push({ label, value: value.trim() });
  };
  add("Missione", `${p.mission} ${missionTitle(p.mission) ?? ""}`);
  add("Programma", `${p.mission}.${p.programme} ${p.title}`);
  add("Area strategica", p.strategicArea);
  add("Programma strategico", p.strategicProgramme);
  add("Obiettivo", p.objective);
  const benefits = p.benefits.map((b) => b.trim()).filter((b) => b);
  if (benefits.length) rows.push({ label: "Benefici attesi", value: benefits });
  add("Centro di responsabilità", p.responsible);
  add(
    "Budget",
    p.budget ? shown({ raw: p.budget.raw, kind: "currency", value: p.budget.amount }) : null
  );
  add("Portatori di interesse", p.stakeholders);
  return {
    type: "fields",
    caption: `Scheda del ${programmeHeading(p).replace(/^Programma/, "programma")}`,
    rows,
  };
}

function description(p: Programme): Block[] {
  if (!p.description?.trim()) return [];
  return p.description
    .split(/\n\s*\n/)
    .map((t) => t.trim())
    .filter((t) => t)
    .map((text) => ({ type: "paragraph" as const, text }));
}

function phases(p: Programme, plan: Plan, anchors: Anchors, code: string): Block[] {
  if (p.phases.length === 0) return [];
  const years = [
    ...new Set([0, 1, 2].map((k) => plan.firstYear + k).concat(p.phases.flatMap((f) => f.years))),
  ].sort((a, b) => a - b);
  return [
    { type: "heading", level: 4, text: `Fasi – ${code}`, anchor: anchors.make(`fasi-${p.id}`) },
    {
      type: "table",
      caption: `Fasi del programma ${code}, per anno`,
      columns: [
        { label: "Fase", numeric: false },
        ...years.map((y) => ({ label: String(y), numeric: false })),
      ],
      rows: p.phases.map((f) => [
        { text: f.name.trim() },
        ...years.map((y) => ({ text: f.years.includes(y) ? "sì" : "" })),
      ]),
      notes: [],
      role: "data",
    },
  ];
}

/** The programme's indicator tables: progress indicators, its own, each sub-table (group). */
function indicatorBlocks(
  kind: DocumentKind,
  p: Programme,
  indicators: Indicator[],
  plan: Plan,
  res: Map<string, IndicatorResult>,
  book: NoteBook,
  anchors: Anchors,
  code: string
): Block[] {
  const heading: Block = {
    type: "heading",
    level: 4,
    text: `Indicatori – ${code}`,
    anchor: anchors.make(`indicatori-${p.id}`),
  };
  if (indicators.length === 0)
    return [heading, { type: "paragraph", text: "Nessun indicatore per questo programma." }];
  const parts = new Map<string, { caption: string; list: Indicator[] }>();
  for (const ind of indicators) {
    const key =
      ind.kind === "progress"
        ? "\u0000progress"
        : ind.group?.trim()
          ? `g:${ind.group.trim()}`
          : "\u0001own";
    const caption =
      ind.kind === "progress"
        ? `Indicatore di avanzamento – ${code}`
        : ind.group?.trim()
          ? `${ind.group.trim()} – ${code}`
          : `Indicatori – ${code}`;
    const part = parts.get(key) ?? { caption, list: [] };
    part.list.push(ind);
    parts.set(key, part);
  }
  const order = [...parts.keys()].sort((a, b) => rank(a) - rank(b));
  return [
    heading,
    ...order.map((k) => {
      const part = parts.get(k) as { caption: string; list: Indicator[] };
      return indicatorTable(part.caption, kind, part.list, plan.firstYear, res, book);
    }),
  ];
}

/** progress first, then the programme's own indicators, then the groups in order of appearance */
function rank(key: string): number {
  return key.startsWith("\u0000") ? 0 : key.startsWith("\u0001") ? 1 : 2;
}

function methodNote(kind: DocumentKind, plan: Plan, th: Thresholds, anchors: Anchors): Block[] {
  const fy = plan.firstYear;
  const blocks: Block[] = [
    {
      type: "heading",
      level: 1,
      text: "Nota metodologica",
      anchor: anchors.make("nota-metodologica"),
    },
    {
      type: "paragraph",
      text:
        `Documento previsto dall'art. 5 del DPCM 18 settembre 2012 e pubblicato ai sensi dell'art. 29 del D.Lgs. 33/2013. ` +
        `Il piano copre il triennio ${fy}–${fy + 2}. Valori e target sono riportati come scritti nel piano.`,
    },
  ];
  if (kind === "rapporto") {
    blocks.push(
      {
        type: "paragraph",
        text:
          `Il raggiungimento confronta il consuntivo al 31/12/${fy} (dove manca la colonna, quello al 30/09/${fy}) con il target ${fy}: ` +
          `se è meglio un valore più alto, consuntivo / target fino al 100%; se è meglio un valore più basso (tempi, costi, oneri), ` +
          `100% quando il consuntivo non supera il target, altrimenti target / consuntivo; per gli indicatori sì/no e qualitativi, ` +
          `100% quando il risultato è quello atteso. Un consuntivo non disponibile (n.d.) non è calcolabile.`,
      },
      {
        type: "paragraph",
        text:
          `Esito: raggiunto dal ${percentText(th.high)}, parzialmente raggiunto dal ${percentText(th.low)}, non raggiunto sotto il ${percentText(th.low)}. ` +
          `Il raggiungimento medio è la media semplice degli indicatori calcolabili.`,
      },
      {
        type: "paragraph",
        text:
          "Dove il raggiungimento riportato nel piano differisce da quello calcolato dai valori, il valore calcolato è segnato e una nota riporta entrambi. " +
          "Le note spiegano gli scostamenti.",
      }
    );
  }
  return blocks;
}

export function buildDocument(plan: Plan, options: PublishOptions): PublishedDocument {
  const kind = options.kind ?? defaultDocumentKind(plan);
  const th = options.thresholds ?? { ...DEFAULT_THRESHOLDS };
  const achievements = new Map<Indicator, Achievement>();
  const rows = summary(plan, th, achievements);
  const index = new SummaryIndex(rows);
  const res =
    kind === "rapporto" ? results(plan, th, achievements) : new Map<string, IndicatorResult>();
  const book = new NoteBook();
  const anchors = new Anchors();
  const fy = plan.firstYear;

  const byProgramme = new Map<string, Indicator[]>();
  for (const ind of plan.indicators) {
    const list = byProgramme.get(ind.programme) ?? [];
    list.push(ind);
    byProgramme.set(ind.programme, list);
  }
  const programmesByEntity = new Map<string, Programme[]>();
  for (const p of plan.programmes) {
    const list = programmesByEntity.get(p.entity) ?? [];
    list.push(p);
    programmesByEntity.set(p.entity, list);
  }
  const entityIds = [
    ...new Set([...plan.entities.map((e) => e.id), ...plan.programmes.map((p) => p.entity)]),
  ];
  const names = new Map(plan.entities.map((e) => [e.id, e.name.trim() || e.id]));
  const bodies = entityIds.map((id) => names.get(id) ?? id);

  const blocks: Block[] = [];
  blocks.push({
    type: "heading",
    level: 1,
    text: kind === "rapporto" ? "Sintesi dei risultati" : "Sintesi del piano",
    anchor: anchors.make("sintesi"),
  });
  blocks.push({ type: "paragraph", style: "lead", text: summaryLine(kind, index.total, fy) });
  if (kind === "rapporto")
    blocks.push({
      type: "chart",
      chart: outcomeMixChart("esiti", `Esiti degli indicatori ${fy}`, index.total),
    });
  const programmeById = new Map(plan.programmes.map((p) => [p.id, p]));
  blocks.push(
    summaryTable(kind, rows, fy, (id) => {
      const p = programmeById.get(id);
      return p ? programmeHeading(p) : undefined;
    })
  );

  for (const entityId of entityIds) {
    const name = names.get(entityId) ?? entityId;
    blocks.push({
      type: "heading",
      level: 1,
      text: name,
      anchor: anchors.make(`ente-${entityId}`),
    });
    const er = index.entity(entityId);
    if (er) blocks.push({ type: "paragraph", style: "lead", text: summaryLine(kind, er, fy) });
    const ps = programmesByEntity.get(entityId) ?? [];
    const missions = [...new Set(ps.map((p) => p.mission))].sort();
    const byMission = new Map(missions.map((m) => [m, ps.filter((x) => x.mission === m)]));
    if (kind === "rapporto") {
      const bars = missions
        .flatMap((m) => byMission.get(m) ?? [])
        .flatMap((p) => {
          const row = index.programme(p.id);
          return row ? [{ label: programmeHeading(p).replace(/^Programma /, ""), row }] : [];
        });
      const charts = achievementCharts(
        anchors.make(`grafico-${entityId}`),
        `Raggiungimento medio per programma – ${name}`,
        bars,
        th
      );
      for (const chart of charts) blocks.push({ type: "chart", chart });
    }
    for (const m of missions) {
      const title = missionTitle(m);
      blocks.push({
        type: "heading",
        level: 2,
        text: title ? `Missione ${m} – ${title}` : `Missione ${m}`,
        anchor: anchors.make(`missione-${entityId}-${m}`),
      });
      const mr = index.mission(entityId, m);
      if (mr) blocks.push({ type: "paragraph", style: "lead", text: summaryLine(kind, mr, fy) });
      for (const p of byMission.get(m) ?? []) {
        const code = `${p.mission}.${p.programme}`;
        blocks.push({
          type: "heading",
          level: 3,
          text: programmeHeading(p),
          anchor: anchors.make(`programma-${p.id}`),
        });
        const pr = index.programme(p.id);
        if (pr) blocks.push({ type: "paragraph", style: "lead", text: summaryLine(kind, pr, fy) });
        blocks.push(scheda(p), ...description(p), ...phases(p, plan, anchors, code));
        blocks.push(
          ...indicatorBlocks(kind, p, byProgramme.get(p.id) ?? [], plan, res, book, anchors, code)
        );
      }
    }
  }
  // indicators of a programme the plan does not list: shown apart, never dropped
  const known = new Set(plan.programmes.map((p) => p.id));
  const orphans = plan.indicators.filter((ind) => !known.has(ind.programme));
  if (orphans.length) {
    blocks.push(
      {
        type: "heading",
        level: 1,
        text: "Indicatori senza programma",
        anchor: anchors.make("senza-programma"),
      },
      {
        type: "paragraph",
        text: "Indicatori del piano riferiti a un programma che il piano non elenca.",
      },
      indicatorTable("Indicatori senza programma", kind, orphans, fy, res, book)
    );
  }
  if (options.changes) blocks.push(...changesSection(plan, options.changes, anchors));
  blocks.push(...methodNote(kind, plan, th, anchors));

  return {
    kind,
    title: documentTitle(kind, plan),
    subtitle: [plan.title.trim(), italianList(bodies)].filter((x) => x).join(" — "),
    bodies,
    firstYear: fy,
    date: options.date,
    blocks,
  };
}
