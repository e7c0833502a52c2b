import Decimal from "decimal.js";
import {
  achievement,
  deviation,
  indicatorAchievement,
  inferPolarity,
  outcome,
  readPolarity,
  roundPercent,
} from "../../src/core/performance";
import { readValue, type PiraValue } from "../../src/core/values";
import type { Indicator } from "../../src/core/plan/types";
import { newIndicator } from "../../src/core/plan";
import { toPlanValue } from "../../src/core/values";
import { seedLines } from "../helpers/seed";

function v(text: string): PiraValue {
  const r = readValue(text);
  if (!r.ok) throw new Error(`unreadable fixture ${text}`);
  return r.value;
}

const strip = (s: string) => s.replace(/<[^>]+>/g, "").trim();

interface PratoRow {
  line: number;
  name: string;
  formula: string;
  unit: string;
  actual: string;
  target: string;
  reported: string;
}

/**
 * The rows of the reference document that carry a reported Performance: the Prato indicator
 * tables (11 columns: … | Stato 2020 | Target 2020 | … | Performance) and the Salute finanziaria
 * tables (6 columns: … | Consuntivo 30.09.2020 | Target 2020 | Performance).
 */
function pratoRows(): PratoRow[] {
  const rows: PratoRow[] = [];
  seedLines().forEach((text, i) => {
    const c = text.split("\t");
    const line = i + 1;
    if (c.length === 11 && c[0] === "" && /^(\d+%|n\.d\.)$/.test(c[10].trim())) {
      rows.push({
        line,
        name: strip(c[2]),
        formula: c[3],
        unit: c[4],
        actual: c[6],
        target: c[7],
        reported: c[10],
      });
    } else if (c.length === 6 && c[0] === "" && /^\d+%$/.test(c[5].trim())) {
      rows.push({
        line,
        name: strip(c[1]),
        formula: c[2],
        unit: "",
        actual: c[3],
        target: c[4],
        reported: c[5],
      });
    }
  });
  return rows;
}

/** The two rows no rule reproduces (docs/achievement.md): a hidden unrounded input and a manual override. */
const UNEXPLAINABLE: Record<number, { computed: number; reported: number }> = {
  179: { computed: 20, reported: 21 },
  272: { computed: 92, reported: 100 },
};

describe("achievement on the reference document's Prato rows", () => {
  const rows = pratoRows();

  test("the document has the expected rows", () => {
    // 47 indicator rows with a Performance column + 12 Salute finanziaria rows.
    expect(rows.length).toBe(59);
  });

  test.each(rows.map((r) => [r.line, r.name, r]))("line %i %s", (_line, _name, row) => {
    const r = row as PratoRow;
    const actual = v(r.actual);
    const target = v(r.target);
    const polarity = inferPolarity({
      name: r.name,
      formula: r.formula,
      unit: r.unit,
      values: [actual, target],
    }).polarity;
    const result = achievement(actual, target, polarity);
    if (r.reported === "n.d.") {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.code).toBe("missing");
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const reported = Number(r.reported.replace("%", ""));
    const odd = UNEXPLAINABLE[r.line];
    if (odd) {
      expect(roundPercent(result.value)).toBe(odd.computed);
      expect(reported).toBe(odd.reported);
      expect(roundPercent(result.value)).not.toBe(reported);
    } else {
      expect(roundPercent(result.value)).toBe(reported);
    }
  });

  test("the two unexplainable rows are exactly the ones listed", () => {
    expect(
      Object.keys(UNEXPLAINABLE)
        .map(Number)
        .every((l) => rows.some((r) => r.line === l))
    ).toBe(true);
  });
});

describe("achievement rules", () => {
  const pct = (
    a: string,
    t: string,
    p: "higher" | "lower" | "yesno" | "qualitative" = "higher",
    cap = true
  ) => {
    const r = achievement(v(a), v(t), p, cap);
    return r.ok ? roundPercent(r.value) : r.code;
  };
  test("higher is better, capped", () => {
    expect(pct("4.428", "15.500")).toBe(29);
    expect(pct("42", "130")).toBe(32);
    expect(pct("30%", "80%")).toBe(38);
    expect(pct("88%", "90%")).toBe(98);
    expect(pct("€ 3.155.497", "4.960.084")).toBe(64);
    expect(pct("40", "20")).toBe(100);
    expect(pct("40", "20", "higher", false)).toBe(200);
  });
  test("lower is better", () => {
    expect(pct("€ 3.736.109", "4.602.285", "lower")).toBe(100);
    expect(pct("120", "100", "lower")).toBe(83);
    expect(pct("-25,31", "-15", "lower")).toBe(100);
    expect(pct("1,9", "3", "lower", false)).toBe(158);
  });
  test("percent marked on one side only: the bare number is in percentage points", () => {
    expect(pct("98,60", "100%")).toBe(99);
    expect(pct("% 6,4", "6,8")).toBe(94);
    expect(pct("0,56", "0,35%")).toBe(100);
    expect(pct("50%", "77")).toBe(65);
  });
  test("yes/no, qualitative, ratios, zero targets", () => {
    expect(pct("sì", "si", "yesno")).toBe(100);
    expect(pct("no", "si", "yesno")).toBe(0);
    expect(pct("realizzato", "realizzazione", "yesno")).toBe(100);
    expect(pct("buono", "buono", "qualitative")).toBe(100);
    expect(pct("ottimo", "buono", "qualitative")).toBe(100);
    expect(pct("sufficiente", "buono", "qualitative")).toBe(0);
    expect(pct("buono", "alto", "qualitative")).toBe("invalid");
    expect(pct("8 su 8", "1")).toBe(100);
    expect(pct("4 su 8", "8")).toBe(50);
    expect(pct("€ 0", "0", "lower")).toBe(100);
    expect(pct("0", "0")).toBe(100);
    expect(pct("5", "0", "higher", false)).toBe("div0");
    expect(pct("3", "0", "lower")).toBe(0);
  });
  test("n.d. propagates; unreadable text is invalid", () => {
    expect(pct("n.d.", "80%")).toBe("missing");
    expect(pct("74%", "N.D.")).toBe("missing");
    const r = achievement({ raw: "boh", kind: "text", number: null }, v("1"), "higher");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("invalid");
      expect(r.reason.it).toContain("boh");
    }
  });
  test("spreadsheet numbers are fractions, never percentage points", () => {
    const n: PiraValue = { raw: "0,986", kind: "number", number: new Decimal(0.986), native: true };
    const r = achievement(n, v("100%"), "higher");
    expect(r.ok && roundPercent(r.value)).toBe(99);
  });
  test("half-up rounding to whole percent", () => {
    expect(roundPercent(new Decimal("0.2857"))).toBe(29);
    expect(roundPercent(new Decimal("0.3231"))).toBe(32);
    expect(roundPercent(new Decimal("0.375"))).toBe(38);
    expect(roundPercent(new Decimal("0.9412"))).toBe(94);
    expect(roundPercent(new Decimal("0.005"))).toBe(1);
  });
});

describe("polarity inference", () => {
  const infer = (name: string, formula = "", unit = "") => inferPolarity({ name, formula, unit });
  test.each([
    ["Costi di struttura", "costi del personale + costi di funzionamento", "", "lower"],
    ["Incidenza oneri di personale su oneri correnti", "", "Percentuale", "lower"],
    [
      "Equilibrio economico della gestione corrente",
      "Oneri correnti/proventi correnti",
      "Percentuale",
      "lower",
    ],
    [
      "Grado di utilizzo delle risorse previste",
      "Costi per interventi economici/Interventi previsti",
      "%",
      "higher",
    ],
    [
      "Tempestività di pagamento delle fatture passive",
      "Indicatore tempi di pagamento",
      "giorni",
      "lower",
    ],
    ["Grado di rispetto dello standard di 5 gg", "Tempo medio di lavorazione", "giorni", "lower"],
    [
      "Giorni medi di presenza al lavoro",
      "N. medio di giornate di presenza",
      "Percentuale",
      "higher",
    ],
    ["Tempestività aggiornamento sito camerale", "N° accessi al sito", "n.", "higher"],
    ["Solidità finanziaria", "patrimonio netto/passivo totale", "", "higher"],
    ["Indice di struttura", "immobilizzazioni / patrimonio netto", "", "lower"],
    ["Indebitamento", "debiti di finanziamento", "", "lower"],
    [
      "Grado di auto finanziamento dell'auditorium",
      "Risorse ricavate/Spese per il funzionamento",
      "%",
      "higher",
    ],
  ])("%s → %s", (name, formula, unit, expected) => {
    const p = infer(name, formula, unit);
    expect(p.polarity).toBe(expected);
    expect(p.inferred).toBe(true);
    expect(p.reason.it.length).toBeGreaterThan(0);
    expect(p.reason.en.length).toBeGreaterThan(0);
  });
  test("values decide yes/no and qualitative", () => {
    expect(inferPolarity({ name: "Evento", values: [v("no"), v("si")] }).polarity).toBe("yesno");
    expect(inferPolarity({ name: "Customer satisfaction", values: [v("buono")] }).polarity).toBe(
      "qualitative"
    );
    expect(
      inferPolarity({ name: "Attività informativa", unit: "si/no", values: [v("1"), v("1")] })
        .polarity
    ).toBe("higher");
  });
  test("polarity words in Italian and English", () => {
    expect(readPolarity("crescente")).toBe("higher");
    expect(readPolarity("Decrescente")).toBe("lower");
    expect(readPolarity("sì/no")).toBe("yesno");
    expect(readPolarity("si - no")).toBe("yesno");
    expect(readPolarity("qualitativo")).toBe("qualitative");
    expect(readPolarity("lower")).toBe("lower");
    expect(readPolarity("sideways")).toBeNull();
  });
});

describe("outcome and deviation", () => {
  test("outcome bands 70% / 90% by default, configurable", () => {
    expect(outcome(0.95)).toBe("raggiunto");
    expect(outcome(0.9)).toBe("raggiunto");
    expect(outcome(0.75)).toBe("parzialmente raggiunto");
    expect(outcome(0.69)).toBe("non raggiunto");
    expect(outcome(0.75, 0.8, 0.95)).toBe("non raggiunto");
  });
  test("deviation absolute and relative", () => {
    const d = deviation(v("42"), v("130"));
    expect(d.ok && d.value.toNumber()).toBe(-88);
    const r = deviation(v("30%"), v("80%"), true);
    expect(r.ok && r.value.toString()).toBe("-0.625");
    const z = deviation(v("3"), v("0"), true);
    expect(!z.ok && z.code).toBe("div0");
  });
});

describe("indicator achievement (plan form)", () => {
  const base = (over: Partial<Indicator>): Indicator =>
    newIndicator({ id: "i1", programme: "p1", name: "x", polarity: "higher", ...over });
  test("year-end actual is the basis; n.d. does not fall back to 30/09", () => {
    const ind = base({
      actuals: { "2020-09-30": toPlanValue("74%"), "2020-12-31": toPlanValue("n.d.") },
      targets: { "2020": toPlanValue("80%") },
    });
    const r = indicatorAchievement(ind, 2020);
    expect(!r.ok && r.code).toBe("missing");
  });
  test("only the 30/09 actual (Salute finanziaria): that one", () => {
    const ind = base({
      actuals: { "2020-09-30": toPlanValue("% 6,4") },
      targets: { "2020": toPlanValue("6,8") },
    });
    const r = indicatorAchievement(ind, 2020);
    expect(r.ok && roundPercent(r.value)).toBe(94);
  });
  test("progress indicator measured on the triennium target", () => {
    const ind = base({
      kind: "progress",
      actuals: { "2020-09-30": toPlanValue("35") },
      targets: { triennium: toPlanValue("390") },
    });
    const r = indicatorAchievement(ind, 2020);
    expect(r.ok && roundPercent(r.value)).toBe(9);
  });
});
