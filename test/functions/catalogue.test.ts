/**
 * PIRA.MISSION and PIRA.PROGRAMME: official titles from the catalogue; retired and unknown codes.
 */
import { MISSION, PROGRAMME } from "../../src/functions/functions";
import { installCustomFunctions, outcome } from "../helpers/custom-functions";

installCustomFunctions();

const mission = (code: unknown) => outcome(() => MISSION(code));
const programme = (code: unknown, p?: unknown) => outcome(() => PROGRAMME(code, p));

describe("MISSION (MISSIONE)", () => {
  test.each([["011"], ["11"], [11], [" 011 "], ["011.005"], [[["011"]]]])("%p → 011", (code) => {
    expect(mission(code)).toBe("Competitività e sviluppo delle imprese");
  });

  test("every mission of the reference document", () => {
    expect(mission(12)).toBe("Regolazione dei mercati");
    expect(mission("016")).toBe(
      "Commercio internazionale ed internazionalizzazione del sistema produttivo"
    );
    expect(mission("032")).toBe("Servizi istituzionali e generali delle amministrazioni pubbliche");
    expect(mission("33")).toBe("Fondi da ripartire");
  });

  test("blank is #N/A; unknown or malformed codes #VALUE! with the list of codes", () => {
    expect(mission(null)).toEqual({ error: "#N/A", message: "codice di missione mancante" });
    expect(mission("")).toEqual({ error: "#N/A", message: "codice di missione mancante" });
    expect(mission("099")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(
        /^la missione 099 non è nel catalogo delle Camere di Commercio \(011, 012, 016, 032, 033/
      ),
    });
    expect(mission("abc")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(
        /^«abc» non è un codice di missione: attese tre cifre, come "011"/
      ),
    });
    expect(mission(1000)).toEqual({ error: "#VALUE!", message: expect.any(String) });
    expect(mission(-11)).toEqual({ error: "#VALUE!", message: expect.any(String) });
    expect(mission(true)).toEqual({
      error: "#VALUE!",
      message: 'missione: atteso un codice di tre cifre, come "011", non VERO',
    });
  });
});

describe("PROGRAMME (PROGRAMMA)", () => {
  const TITLE_011_005 =
    "Promozione e attuazione di politiche di sviluppo, competitività ed innovazione, di responsabilità sociale d'impresa e movimento cooperativo";

  test('"011.005", (mission, programme), numbers', () => {
    expect(programme("011.005")).toBe(TITLE_011_005);
    expect(programme("11.5")).toBe(TITLE_011_005);
    expect(programme("011", "005")).toBe(TITLE_011_005);
    expect(programme(11, 5)).toBe(TITLE_011_005);
    expect(programme(11.005)).toBe(TITLE_011_005);
    expect(programme("012.004")).toBe(
      "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori"
    );
    expect(programme("032.003")).toBe(
      "Servizi e affari generali per le amministrazioni di competenza"
    );
  });

  test("the retired 032.004 is #VALUE! pointing to 032.003, never 032.003's title in its place", () => {
    const r = programme("032.004") as { error: string; message: string };
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toMatch(/032\.004/);
    expect(r.message).toMatch(
      /Usare 032\.003 "Servizi e affari generali per le amministrazioni di competenza"/
    );
    expect(programme(32, 4)).toEqual(r);
  });

  test("blank is #N/A; unknown codes #VALUE! with what the catalogue has", () => {
    expect(programme(null)).toEqual({ error: "#N/A", message: "codice di programma mancante" });
    expect(programme("011.009")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(
        /^Il programma 011\.009 non è nel catalogo .*\(missione 011: 011\.005\)/
      ),
    });
    expect(programme("abc")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(
        /non è un codice di programma: attesi missione e programma di tre cifre/
      ),
    });
    expect(programme("011", false)).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/FALSO/),
    });
  });
});
