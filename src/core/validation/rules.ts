/**
 * Every validation rule with its stable code. Numbers are unique across severities (the letter
 * says the severity): 00x completeness (DPCM 18/9/2012 art. 3), 02x catalogue, 03x consistency,
 * 04x baseline (a rolled-over plan), 05x achievement, 06x budget, 07x duplicates, 08x settings. The importer uses 9xx, the workbook X0xx.
 */
import { message } from "../message";
import type { Family, Rule } from "./types";

const rule = (code: string, family: Family, it: string, en: string): Rule => ({
  code,
  severity: code.startsWith("PIRA-E") ? "error" : code.startsWith("PIRA-W") ? "warning" : "info",
  family,
  title: message(it, en),
});

export const CODES = {
  programmeWithoutIndicators: "PIRA-E001",
  programmeWithoutResponsible: "PIRA-W002",
  programmeWithoutObjectives: "PIRA-W003",
  indicatorWithoutName: "PIRA-E004",
  indicatorWithoutFormula: "PIRA-W005",
  indicatorWithoutTypology: "PIRA-W006",
  indicatorWithoutUnit: "PIRA-W007",
  indicatorWithoutSource: "PIRA-W008",
  firstTargetMissing: "PIRA-E009",
  laterTargetsMissing: "PIRA-W010",
  actualMissing: "PIRA-W011",
  missionUnknown: "PIRA-E020",
  programmeUnknown: "PIRA-E021",
  programmeWrongMission: "PIRA-E022",
  programmeRetired: "PIRA-W023",
  titleDifferent: "PIRA-W024",
  titleOutdated: "PIRA-W025",
  titleVariant: "PIRA-I026",
  percentBareNumber: "PIRA-W030",
  yesNoUnitQuantity: "PIRA-W031",
  wordUnderNumericUnit: "PIRA-W032",
  otherUnitValue: "PIRA-W033",
  unreadableValue: "PIRA-E034",
  targetGap: "PIRA-W035",
  polarityDeclared: "PIRA-I036",
  polarityValues: "PIRA-W037",
  outOfRange: "PIRA-W038",
  ratioDisagrees: "PIRA-W039",
  newYearTargetMissing: "PIRA-W040",
  targetBelowBaseline: "PIRA-W041",
  reportedDiffers: "PIRA-E050",
  deviationWithoutNote: "PIRA-W051",
  notAvailableWithoutNote: "PIRA-W052",
  notComputable: "PIRA-W053",
  budgetUnreadable: "PIRA-W060",
  financialWithoutBudget: "PIRA-W061",
  budgetAmountDiffers: "PIRA-W062",
  budgetTotal: "PIRA-I063",
  duplicateInProgramme: "PIRA-W070",
  sameNameOtherFormula: "PIRA-W071",
  unknownDisabledRule: "PIRA-I080",
} as const;

export type RuleCode = (typeof CODES)[keyof typeof CODES];

const C = CODES;

/** The rules, in code order. */
export const RULES: readonly Rule[] = [
  rule(
    C.programmeWithoutIndicators,
    "completeness",
    "Programma senza indicatori",
    "Programme without indicators"
  ),
  rule(
    C.programmeWithoutResponsible,
    "completeness",
    "Programma senza centro di responsabilità",
    "Programme without a centro di responsabilità"
  ),
  rule(
    C.programmeWithoutObjectives,
    "completeness",
    "Programma senza obiettivi né benefici attesi",
    "Programme without objectives or expected benefits"
  ),
  rule(C.indicatorWithoutName, "completeness", "Indicatore senza nome", "Indicator without a name"),
  rule(
    C.indicatorWithoutFormula,
    "completeness",
    "Indicatore senza algoritmo di calcolo",
    "Indicator without a calculation algorithm"
  ),
  rule(
    C.indicatorWithoutTypology,
    "completeness",
    "Indicatore senza tipologia",
    "Indicator without a typology"
  ),
  rule(
    C.indicatorWithoutUnit,
    "completeness",
    "Indicatore senza unità di misura",
    "Indicator without a unit of measure"
  ),
  rule(
    C.indicatorWithoutSource,
    "completeness",
    "Indicatore senza fonte dei dati",
    "Indicator without a data source"
  ),
  rule(
    C.firstTargetMissing,
    "completeness",
    "Target del primo anno mancante",
    "First year's target missing"
  ),
  rule(
    C.laterTargetsMissing,
    "completeness",
    "Target degli anni successivi del triennio mancanti",
    "Targets of the later years of the triennium missing"
  ),
  rule(
    C.actualMissing,
    "completeness",
    "Consuntivo mancante a periodo chiuso",
    "Actual missing once the period is closed"
  ),
  rule(C.missionUnknown, "catalogue", "Missione non nel catalogo", "Mission not in the catalogue"),
  rule(
    C.programmeUnknown,
    "catalogue",
    "Programma non nel catalogo",
    "Programme not in the catalogue"
  ),
  rule(
    C.programmeWrongMission,
    "catalogue",
    "Programma sotto la missione sbagliata",
    "Programme under the wrong mission"
  ),
  rule(
    C.programmeRetired,
    "catalogue",
    "Codice di programma non più in uso (032.004 → 032.003)",
    "Programme code no longer in use (032.004 → 032.003)"
  ),
  rule(
    C.titleDifferent,
    "catalogue",
    "Titolo del programma diverso da quello ufficiale",
    "Programme title different from the official one"
  ),
  rule(
    C.titleOutdated,
    "catalogue",
    "Titolo del programma superato (nota MISE 9.6.2015)",
    "Outdated programme title (MISE note of 9.6.2015)"
  ),
  rule(
    C.titleVariant,
    "catalogue",
    "Titolo del programma scritto in una variante",
    "Programme title written as a variant"
  ),
  rule(
    C.percentBareNumber,
    "consistency",
    "Numero senza % con unità percentuale",
    "Bare number under a percent unit"
  ),
  rule(
    C.yesNoUnitQuantity,
    "consistency",
    "Quantità con unità sì/no",
    "Quantity under a yes/no unit"
  ),
  rule(
    C.wordUnderNumericUnit,
    "consistency",
    "Parola (sì/no, giudizio) con unità numerica",
    "Word (yes/no, rating) under a numeric unit"
  ),
  rule(
    C.otherUnitValue,
    "consistency",
    "Valore scritto con un'altra unità",
    "Value written with another unit"
  ),
  rule(C.unreadableValue, "consistency", "Valore non leggibile", "Unreadable value"),
  rule(
    C.targetGap,
    "consistency",
    "Target del triennio incoerenti (uno zero tra due target)",
    "Inconsistent targets across the triennium (a zero between two targets)"
  ),
  rule(
    C.polarityDeclared,
    "consistency",
    "Polarità dichiarata diversa da quella dedotta",
    "Declared polarity differs from the inferred one"
  ),
  rule(
    C.polarityValues,
    "consistency",
    "Polarità non adatta ai valori",
    "Polarity does not suit the values"
  ),
  rule(
    C.outOfRange,
    "consistency",
    "Valore fuori dall'intervallo possibile",
    "Value outside its possible range"
  ),
  rule(
    C.ratioDisagrees,
    "consistency",
    "Rapporto annotato diverso dal valore",
    "Annotated ratio disagrees with the value"
  ),
  rule(
    C.newYearTargetMissing,
    "baseline",
    "Target del nuovo anno del triennio mancante (piano riportato)",
    "Target of the triennium's new year missing (rolled-over plan)"
  ),
  rule(
    C.targetBelowBaseline,
    "baseline",
    "Target sotto il valore di partenza",
    "Target below the baseline"
  ),
  rule(
    C.reportedDiffers,
    "achievement",
    "Performance riportata diversa da quella calcolata",
    "Reported performance differs from the computed one"
  ),
  rule(
    C.deviationWithoutNote,
    "achievement",
    "Scostamento dal target senza nota",
    "Deviation from target without a note"
  ),
  rule(
    C.notAvailableWithoutNote,
    "achievement",
    "Consuntivo n.d. senza nota",
    "Actual n.d. without a note"
  ),
  rule(
    C.notComputable,
    "achievement",
    "Raggiungimento non calcolabile",
    "Achievement cannot be computed"
  ),
  rule(
    C.budgetUnreadable,
    "budget",
    "Importo del budget non leggibile",
    "Unreadable budget amount"
  ),
  rule(
    C.financialWithoutBudget,
    "budget",
    "Indicatori di realizzazione finanziaria senza budget",
    "Financial realisation indicators without a budget"
  ),
  rule(
    C.budgetAmountDiffers,
    "budget",
    "Importo del budget diverso dal testo",
    "Budget amount differs from its text"
  ),
  rule(C.budgetTotal, "budget", "Totale del budget per ente", "Budget total per entity"),
  rule(
    C.duplicateInProgramme,
    "duplicates",
    "Stesso indicatore due volte nel programma",
    "Same indicator twice in a programme"
  ),
  rule(
    C.sameNameOtherFormula,
    "duplicates",
    "Stesso nome con formule diverse nell'ente",
    "Same name with different formulas in an entity"
  ),
  rule(
    C.unknownDisabledRule,
    "settings",
    "Regola da disattivare sconosciuta",
    "Unknown rule to switch off"
  ),
];

export const RULE_BY_CODE: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.code, r]));

export const FAMILIES: readonly Family[] = [
  "completeness",
  "catalogue",
  "consistency",
  "achievement",
  "budget",
  "duplicates",
  "baseline",
  "settings",
];

/** Family names as users write them (English and Italian). */
export const FAMILY_NAMES: Record<Family, { it: string; en: string }> = {
  completeness: { it: "completezza", en: "completeness" },
  catalogue: { it: "catalogo", en: "catalogue" },
  consistency: { it: "coerenza", en: "consistency" },
  achievement: { it: "raggiungimento", en: "achievement" },
  budget: { it: "budget", en: "budget" },
  duplicates: { it: "duplicati", en: "duplicates" },
  baseline: { it: "partenza", en: "baseline" },
  settings: { it: "impostazioni", en: "settings" },
};

/** A family from its English or Italian name (case and accents aside), else null. */
export function familyOf(name: string): Family | null {
  const n = name.trim().toLowerCase();
  return FAMILIES.find((f) => FAMILY_NAMES[f].en === n || FAMILY_NAMES[f].it === n) ?? null;
}
