import {
  MATCH_THRESHOLD,
  foldText,
  matchTitle,
  missionTitle,
  missionTitleStatus,
  programmeTitle,
  rankTitles,
  similarity,
  titleCandidates,
  titleStatus,
  titleWords,
} from "../../src/core/catalogue";

// Spellings as written in the reference document (shared/seed/000_98715954a5934375.txt), by line.
const DOC = {
  l20_mission012: "Regolazione del mercato",
  l29_old011005:
    "Regolamentazione, incentivazione dei settori imprenditoriali, riassetto industriali, sperimentazione tecnologica, lotta alla contraffazione, tutela della proprietà intellettuale",
  l59_old011005:
    "Regolazione, incentivazione dei settori imprenditoriali, riassetti industriali, sperimentazione tecnologica, lotta alla contraffazione, tutela della proprietà industriale",
  l73_mission012: "Regolazione dei mercati",
  l97_mission016: "Commercio internazionale ed internazionalizzazione del settore produttivo",
  l99_016005: "Sostegno all'internazionalizzazione delle imprese e promozione del made in Italy",
  l120_under032003:
    "Servizi generali, formativi ed approvvigionamenti delle Amministrazioni pubbliche",
  l150_prato011005:
    "Promozione ed attuazione di politiche di sviluppo, competitività ed innovazione, di responsabilità sociale d'impresa e movimento cooperativo",
  l150_prato011005_cell:
    "005 – Promozione ed attuazione di politiche di sviluppo, competitività ed innovazione, di responsabilità sociale d'impresa e movimento cooperativo",
  l155_prato016005: "Sostegno all'internazionalizzazione delle imprese",
  l156_prato032: "Servizi istituzionali e generali delle Pubbliche Amministrazioni",
};

describe("title words", () => {
  it("folds accents, case, punctuation, apostrophes and drops stop-words and code numbers", () => {
    expect(foldText("  Competitività <b>e</b> SVILUPPO,  delle imprese ")).toBe(
      "competitivita e sviluppo delle imprese"
    );
    expect([...titleWords("005 – Sostegno all'internazionalizzazione delle imprese")]).toEqual([
      "sostegn",
      "internazionalizzazion",
      "impres",
    ]);
  });
  it("stems singular and plural to the same word", () => {
    expect(titleWords("del mercato")).toEqual(titleWords("dei mercati"));
    expect(titleWords("settore")).toEqual(titleWords("settori"));
    expect(titleWords("riassetto industriale")).toEqual(titleWords("riassetti industriali"));
  });
});

describe("similarity: the real spellings of the reference document", () => {
  it.each([
    ["mission 012, line 20", DOC.l20_mission012, missionTitle("012")!, 1],
    ["mission 012, line 73", DOC.l73_mission012, missionTitle("012")!, 1],
    ["mission 016 'settore produttivo', line 97", DOC.l97_mission016, missionTitle("016")!, 0.8],
    ["mission 032 word order, Prato line 156", DOC.l156_prato032, missionTitle("032")!, 1],
    [
      "011.005 'Promozione ed attuazione', Prato line 150",
      DOC.l150_prato011005,
      programmeTitle("011.005")!,
      1,
    ],
  ])("%s", (_label, written, official, score) => {
    const s = similarity(written, official);
    expect(s.score).toBeCloseTo(score, 3);
    expect(s.matched).toBe(true);
  });
  it("the two document spellings of the old 011.005 title match the old title", () => {
    const old = titleCandidates({ kind: "programme" }).find((c) => c.status === "former")!.title;
    const l29 = similarity(DOC.l29_old011005, old);
    const l59 = similarity(DOC.l59_old011005, old);
    expect(l29.score).toBeCloseTo(24 / 25, 3); // "intellettuale" for "industriale": one word more
    expect(l59.score).toBeCloseTo(22 / 24, 3); // "Regolazione" for "Regolamentazione": one word of 12 differs
    expect(l29.matched && l59.matched && !l29.exact && !l59.exact).toBe(true);
  });
  it("an abbreviated title matches by containment although its score is below the threshold", () => {
    const s = similarity(DOC.l155_prato016005, programmeTitle("016.005")!);
    expect(s.score).toBeCloseTo(2 / 3, 3);
    expect(s.score).toBeLessThan(MATCH_THRESHOLD);
    expect(s.contained).toBe(true);
    expect(s.matched).toBe(true);
  });
});

describe("similarity: near misses between different catalogue titles stay below the threshold", () => {
  const t = (code: string) => (code.includes(".") ? programmeTitle(code)! : missionTitle(code)!);
  const retired032004 =
    "Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche";
  it.each([
    ["mission 032 vs 032.004", t("032"), retired032004, 8 / 11],
    ["mission 032 vs 032.003", t("032"), t("032.003"), 0.6],
    ["032.003 vs 032.004", t("032.003"), retired032004, 6 / 11],
    ["033 vs 033.001", t("033"), t("033.001"), 0.5],
    ["033.001 vs 033.002", t("033.001"), t("033.002"), 0.4],
    ["011 vs 011.005", t("011"), t("011.005"), 3 / 7],
  ])("%s", (_label, a, b, score) => {
    const s = similarity(a, b);
    expect(s.score).toBeCloseTo(score, 3);
    expect(s.score).toBeLessThan(MATCH_THRESHOLD);
    expect(s.matched).toBe(false);
    expect(similarity(b, a).matched).toBe(false);
  });
  it("one word is not an abbreviation, two words covering less than half are not either", () => {
    expect(similarity("Fondi", t("033")).matched).toBe(false); // 1 word
    expect(similarity("Servizi generali", t("032.003")).matched).toBe(false); // 2 of 5 words
    expect(similarity("Servizi generali", retired032004).matched).toBe(false); // 2 of 6
    expect(similarity("Indirizzo politico", t("032.002")).exact).toBe(true);
  });
  it("a one-word change in a four-word title is at the threshold (matches), two are not", () => {
    // "Regolazione" + 3 more: Dice of sets of 4 with 3 in common = 0.75
    expect(
      similarity("Vigilanza mercati prodotti concorrenza", "Vigilanza mercati prodotti consumatori")
        .score
    ).toBe(0.75);
    expect(
      similarity("Vigilanza mercati prodotti concorrenza", "Vigilanza mercati prodotti consumatori")
        .matched
    ).toBe(true);
    expect(
      similarity("Vigilanza mercati imprese concorrenza", "Vigilanza mercati prodotti consumatori")
        .matched
    ).toBe(false);
  });
  it("empty text matches nothing", () => {
    expect(similarity("", t("011")).matched).toBe(false);
    expect(similarity("di e la", t("011")).matched).toBe(false);
    expect(matchTitle("   ")).toBeNull();
  });
});

describe("matchTitle", () => {
  it("finds the mission of a loosely written mission title", () => {
    const m = matchTitle(DOC.l97_mission016, { kind: "mission" });
    expect(m).toMatchObject({ code: "016", current: true, exact: false });
    expect(m!.officialTitle).toBe(
      "Commercio internazionale ed internazionalizzazione del sistema produttivo"
    );
    expect(m!.score).toBeCloseTo(0.8, 3);
  });
  it("recognises the old 011.005 title as outdated", () => {
    const m = matchTitle(DOC.l59_old011005);
    expect(m).toMatchObject({ code: "011.005", current: false });
    expect(m!.candidate.status).toBe("former");
    expect(m!.officialTitle).toBe(programmeTitle("011.005"));
  });
  it("recognises 032.004's title as outdated, standing for 032.003", () => {
    const m = matchTitle(DOC.l120_under032003);
    expect(m).toMatchObject({ code: "032.003", current: false, score: 1 });
    expect(m!.candidate).toMatchObject({ status: "retired", retiredCode: "032.004" });
  });
  it("reads Prato's summary cell with its code in front", () => {
    expect(matchTitle(DOC.l150_prato011005_cell)).toMatchObject({
      code: "011.005",
      current: true,
      score: 1,
    });
    expect(matchTitle(DOC.l155_prato016005)).toMatchObject({ code: "016.005", contained: true });
  });
  it("restricts candidates by mission or by a list", () => {
    expect(matchTitle(DOC.l99_016005, { kind: "programme", mission: "011" })).toBeNull();
    expect(matchTitle(DOC.l99_016005, { kind: "programme", mission: 16 })).toMatchObject({
      code: "016.005",
      exact: true,
    });
    expect(matchTitle(DOC.l59_old011005, { outdated: false })).toBeNull();
    const list = titleCandidates({ kind: "mission" });
    expect(matchTitle(DOC.l156_prato032, list)).toMatchObject({ code: "032" });
  });
  it("a title shared by a mission and its programme gives the mission first unless filtered", () => {
    expect(matchTitle("Servizi per conto terzi e partite di giro")!.code).toBe("090");
    expect(
      matchTitle("Servizi per conto terzi e partite di giro", { kind: "programme" })!.code
    ).toBe("090.001");
  });
  it("returns null for an unrelated title, while rankTitles still scores it", () => {
    expect(matchTitle("Organismo di composizione delle crisi - OCRI")).toBeNull();
    const ranked = rankTitles("Organismo di composizione delle crisi - OCRI");
    expect(ranked.length).toBe(titleCandidates().length);
    expect(ranked.every((r) => !r.matched)).toBe(true);
  });
});

describe("titleStatus", () => {
  it("official: the official title, case and punctuation aside", () => {
    const s = titleStatus(
      "016",
      "005",
      "SOSTEGNO ALL’INTERNAZIONALIZZAZIONE DELLE IMPRESE E PROMOZIONE DEL MADE IN ITALY."
    );
    expect(s.status).toBe("official");
    expect(s.officialTitle).toBe(programmeTitle("016.005"));
    expect(s.score).toBe(1);
  });
  it("variant: Prato's 'Promozione ed attuazione' and its abbreviated 016.005", () => {
    const a = titleStatus("11", "5", DOC.l150_prato011005);
    expect(a.status).toBe("variant");
    expect(a.reason.en).toContain("variant of the official title of 011.005");
    expect(titleStatus("016", "005", DOC.l155_prato016005).status).toBe("variant");
  });
  it("outdated: the old 011.005 title (line 59)", () => {
    const s = titleStatus("011", "005", DOC.l59_old011005);
    expect(s.status).toBe("outdated");
    expect(s.matchedTitle).toContain("Regolamentazione");
    expect(s.officialTitle).toBe(programmeTitle("011.005"));
    expect(s.reason.it).toContain("prima della ridenominazione");
  });
  it("outdated: 032.004's title written under 032.003 (line 120)", () => {
    const s = titleStatus("032", "003", DOC.l120_under032003);
    expect(s.status).toBe("outdated");
    expect(s.officialTitle).toBe("Servizi e affari generali per le amministrazioni di competenza");
    expect(s.reason.en).toContain("programme 032.004, no longer used");
  });
  it("a retired code is judged as its replacement", () => {
    expect(titleStatus("032", "004", DOC.l120_under032003).status).toBe("outdated");
    expect(
      titleStatus("032", "004", "Servizi e affari generali per le amministrazioni di competenza")
        .status
    ).toBe("official");
  });
  it("different: another programme's title, saying which", () => {
    const s = titleStatus("012", "004", DOC.l99_016005);
    expect(s.status).toBe("different");
    expect(s.matchesOther?.code).toBe("016.005");
    expect(s.reason.en).toContain('It matches programme 016.005 "Sostegno');
  });
  it("different: the mission's title written as the programme's", () => {
    const s = titleStatus("032", "003", DOC.l156_prato032);
    expect(s.status).toBe("different");
    // best of 032.003's own titles: the retired 032.004 title (8/11), still below the threshold
    expect(s.score).toBeCloseTo(8 / 11, 3);
    expect(s.matchesOther?.code).toBe("032");
  });
  it("different: empty title", () => {
    const s = titleStatus("012", "004", " ");
    expect(s.status).toBe("different");
    expect(s.reason.en).toMatch(/^Title missing/);
  });
  it("unknown: a code not in the catalogue", () => {
    const s = titleStatus("012", "009", "Vigilanza sui mercati");
    expect(s.status).toBe("unknown");
    expect(s.officialTitle).toBeNull();
    expect(s.reason.en).toContain("012.009");
  });
});

describe("missionTitleStatus", () => {
  it("classifies the document's mission titles", () => {
    expect(missionTitleStatus("012", DOC.l73_mission012).status).toBe("official");
    expect(missionTitleStatus("12", DOC.l20_mission012).status).toBe("variant");
    expect(missionTitleStatus("016", DOC.l97_mission016).status).toBe("variant");
    expect(missionTitleStatus("032", DOC.l156_prato032).status).toBe("variant");
    const d = missionTitleStatus("011", DOC.l20_mission012);
    expect(d.status).toBe("different");
    expect(d.matchesOther?.code).toBe("012");
    expect(missionTitleStatus("013", "x").status).toBe("unknown");
    expect(missionTitleStatus("abc", "x").reason.en).toBe(
      '"abc" is not a three-digit mission code.'
    );
  });
});
