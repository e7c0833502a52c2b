import {
  findMission,
  findProgramme,
  formatProgrammeCode,
  lookupProgramme,
  missionTitle,
  missions,
  normaliseCode,
  parseProgrammeCode,
  programmeTitle,
  programmes,
  renamings,
  retiredProgrammes,
} from "../../src/core/catalogue";

describe("normaliseCode", () => {
  it.each([
    ["11", "011"],
    [11, "011"],
    ["011", "011"],
    [" 5 ", "005"],
    [32, "032"],
    ["999", "999"],
  ] as const)("%p → %p", (x, out) => {
    expect(normaliseCode(x)).toBe(out);
  });
  it.each([
    ["0"],
    ["000"],
    ["1000"],
    ["0011"],
    ["11a"],
    [""],
    ["  "],
    ["1 1"],
    [11.5],
    [0],
    [-11],
    [1000],
    [NaN],
    ["١١"],
  ] as const)("rejects %p", (x) => {
    expect(normaliseCode(x)).toBeNull();
  });
});

describe("parseProgrammeCode", () => {
  it.each([
    ["011.005", "011", "005"],
    ["11.5", "011", "005"],
    ["011 005", "011", "005"],
    ["11-005", "011", "005"],
    ["032/3", "032", "003"],
    [" 12 . 4 ", "012", "004"],
    [11.005, "011", "005"],
    [16.5, "016", "005"],
  ] as const)("%p → %s.%s", (x, m, p) => {
    expect(parseProgrammeCode(x)).toEqual({ mission: m, programme: p });
  });
  it.each([
    ["011"],
    ["011.0005"],
    ["011.000"],
    ["a.b"],
    ["011..005"],
    [""],
    [11],
    [Infinity],
    ["011.005.1"],
  ] as const)("rejects %p", (x) => {
    expect(parseProgrammeCode(x)).toBeNull();
  });
  it("formats back", () => {
    expect(formatProgrammeCode("011", "005")).toBe("011.005");
  });
});

describe("missions", () => {
  it("lists the five missions of the reference document and the two of usual practice", () => {
    const list = missions();
    expect(list.map((m) => m.code)).toEqual(["011", "012", "016", "032", "033", "090", "091"]);
    expect(list.filter((m) => m.source === "reference").map((m) => m.code)).toEqual([
      "011",
      "012",
      "016",
      "032",
      "033",
    ]);
    expect(list.filter((m) => m.source === "practice").map((m) => m.code)).toEqual(["090", "091"]);
  });
  it("gives the official titles", () => {
    expect(missionTitle("011")).toBe("Competitività e sviluppo delle imprese");
    expect(missionTitle(12)).toBe("Regolazione dei mercati");
    expect(missionTitle("16")).toBe(
      "Commercio internazionale ed internazionalizzazione del sistema produttivo"
    );
    expect(missionTitle("032")).toBe(
      "Servizi istituzionali e generali delle amministrazioni pubbliche"
    );
    expect(missionTitle("033")).toBe("Fondi da ripartire");
    expect(missionTitle("090")).toBe("Servizi per conto terzi e partite di giro");
    expect(missionTitle("091")).toBe("Debiti da finanziamento dell'amministrazione");
  });
  it("is undefined for codes not in the catalogue or invalid", () => {
    expect(missionTitle("013")).toBeUndefined();
    expect(missionTitle("abc")).toBeUndefined();
    expect(findMission(14)).toBeUndefined();
  });
  it("gives the COFOG shared by the mission's programmes, or the division when they differ", () => {
    const cofog = Object.fromEntries(missions().map((m) => [m.code, m.cofog]));
    expect(cofog).toEqual({
      "011": "04.1",
      "012": "04.1",
      "016": "04.1",
      "032": "01",
      "033": "01.1",
      "090": null,
      "091": "01.7",
    });
  });
  it("cannot be changed by a caller", () => {
    const list = missions();
    list.pop();
    expect(missions()).toHaveLength(7);
    expect(() => {
      (list[0] as { title: string }).title = "x";
    }).toThrow(TypeError);
    expect(missionTitle("011")).toBe("Competitività e sviluppo delle imprese");
  });
});

describe("programmes", () => {
  it("lists the current programmes with source and COFOG", () => {
    expect(programmes().map((p) => [p.code, p.source, p.cofog])).toEqual([
      ["011.005", "reference", "04.1"],
      ["012.004", "reference", "04.1"],
      ["016.005", "reference", "04.1"],
      ["032.002", "practice", "01.1"],
      ["032.003", "reference", "01.3"],
      ["033.001", "practice", "01.1"],
      ["033.002", "practice", "01.1"],
      ["090.001", "practice", null],
      ["091.001", "practice", "01.7"],
    ]);
  });
  it("filters by mission, written loosely", () => {
    expect(programmes("32").map((p) => p.code)).toEqual(["032.002", "032.003"]);
    expect(programmes(33).map((p) => p.code)).toEqual(["033.001", "033.002"]);
    expect(programmes("013")).toEqual([]);
    expect(programmes("x")).toEqual([]);
  });
  it("gives official titles by (mission, programme) or by code", () => {
    expect(programmeTitle("011", "005")).toBe(
      "Promozione e attuazione di politiche di sviluppo, competitività ed innovazione, di responsabilità sociale d'impresa e movimento cooperativo"
    );
    expect(programmeTitle(12, 4)).toBe(
      "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori"
    );
    expect(programmeTitle("16.5")).toBe(
      "Sostegno all'internazionalizzazione delle imprese e promozione del made in Italy"
    );
    expect(programmeTitle("032.003")).toBe(
      "Servizi e affari generali per le amministrazioni di competenza"
    );
    expect(programmeTitle("032", "002")).toBe("Indirizzo politico");
    expect(programmeTitle("033.001")).toBe("Fondi da assegnare");
    expect(programmeTitle("033.002")).toBe("Fondi di riserva e speciali");
    expect(programmeTitle("090.001")).toBe("Servizi per conto terzi e partite di giro");
    expect(programmeTitle("091.001")).toBe("Debiti da finanziamento dell'amministrazione");
  });
  it("has no title for a retired or unknown code", () => {
    expect(programmeTitle("032.004")).toBeUndefined();
    expect(programmeTitle("011", "006")).toBeUndefined();
    expect(findProgramme("nonsense")).toBeUndefined();
  });
});

describe("renamings", () => {
  it("011.005 keeps its old title as a former title", () => {
    const p = findProgramme("011.005");
    expect(p?.formerTitles).toEqual([
      "Regolamentazione, incentivazione dei settori imprenditoriali, riassetti industriali, sperimentazione tecnologica, lotta alla contraffazione, tutela della proprietà industriale",
    ]);
  });
  it("032.004 is retired, replaced by 032.003", () => {
    expect(retiredProgrammes()).toHaveLength(1);
    const r = retiredProgrammes()[0];
    expect(r).toMatchObject({
      code: "032.004",
      title: "Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche",
      replacedBy: "032.003",
    });
  });
  it("lists both renamings of the MISE note", () => {
    const list = renamings();
    expect(list.map((r) => [r.kind, r.code])).toEqual([
      ["retitled", "011.005"],
      ["moved", "032.004"],
    ]);
    expect(list[0].note.it).toContain("9.6.2015");
    expect(list[1]).toMatchObject({ replacedBy: "032.003" });
  });
});

describe("lookupProgramme", () => {
  it("finds a current programme written loosely", () => {
    const r = lookupProgramme("11", "5");
    expect(r.status).toBe("found");
    if (r.status === "found") expect(r.entry.code).toBe("011.005");
    expect(lookupProgramme("016.005").status).toBe("found");
  });
  it("says 032.004 is replaced by 032.003", () => {
    const r = lookupProgramme("032", "004");
    expect(r.status).toBe("replaced");
    if (r.status !== "replaced") return;
    expect(r.code).toBe("032.004");
    expect(r.replacedBy.code).toBe("032.003");
    expect(r.reason.it).toContain("032.003");
    expect(r.reason.it).toContain("Servizi e affari generali per le amministrazioni di competenza");
    expect(r.reason.en).toContain("Use 032.003");
  });
  it("an unknown programme of a known mission lists the mission's programmes", () => {
    const r = lookupProgramme("012", "005");
    expect(r.status).toBe("unknown");
    if (r.status !== "unknown") return;
    expect(r.missionKnown).toBe(true);
    expect(r.reason.en).toContain(
      "Programme 012.005 is not in the chambers of commerce catalogue (mission 012: 012.004)"
    );
    // 005 exists under 011 and 016: perhaps the mission is wrong
    expect(r.wrongMission.map((p) => p.code)).toEqual(["011.005", "016.005"]);
    expect(r.reason.it).toContain("Il programma 005 esiste nella missione 011, 016.");
  });
  it("an unknown mission says so", () => {
    const r = lookupProgramme("013", "001");
    expect(r.status).toBe("unknown");
    if (r.status !== "unknown") return;
    expect(r.missionKnown).toBe(false);
    expect(r.reason.en).toMatch(
      /^Mission 013 is not in the chambers of commerce catalogue \(011, 012, 016, 032, 033, 090, 091\)/
    );
    expect(r.wrongMission.map((p) => p.code)).toEqual(["033.001", "090.001", "091.001"]);
  });
  it("an invalid code is explained", () => {
    const r = lookupProgramme("011-five");
    expect(r.status).toBe("unknown");
    if (r.status !== "unknown") return;
    expect(r.mission).toBeNull();
    expect(r.reason.en).toBe(
      '"011-five" is not a programme code: expected a three-digit mission and programme, such as "011.005".'
    );
    const r2 = lookupProgramme("011", "x");
    expect(
      r2.status === "unknown" && r2.mission === "011" && r2.programme === null && r2.missionKnown
    ).toBe(true);
  });
});
