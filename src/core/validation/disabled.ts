/**
 * The one reading of a list of rules to switch off, wherever it comes from (the workbook's
 * "Regole disattivate" row, `pira validate --disable`, the pane's settings): codes in any spelling
 * ("PIRA-W051", "W051", "pira-w051") and family names in English or Italian ("duplicates",
 * "duplicati"). The importer's (I9xx, W9xx) and the workbook reader's (X0xx) codes switch off
 * their diagnostics too.
 */
import { familyOf, RULES } from "./rules";

/** "PIRA-W051", "W051", "pira-w051" → "PIRA-W051"; anything else → null. */
export function normaliseRuleCode(text: string): string | null {
  const m = /^(?:pira-?)?([EWIX])(\d{3})$/i.exec(text.trim());
  return m ? `PIRA-${m[1].toUpperCase()}${m[2]}` : null;
}

export interface DisabledRules {
  /** the codes switched off, normalised ("PIRA-W051") */
  codes: Set<string>;
  /** entries that are neither a code nor a family, as written (trimmed; blanks skipped) */
  unknown: string[];
}

export function disabledRuleCodes(entries: readonly string[]): DisabledRules {
  const codes = new Set<string>();
  const unknown: string[] = [];
  for (const entry of entries) {
    const family = familyOf(entry);
    if (family !== null) {
      for (const r of RULES) if (r.family === family) codes.add(r.code);
      continue;
    }
    const code = normaliseRuleCode(entry);
    if (code !== null) codes.add(code);
    else if (entry.trim() !== "") unknown.push(entry.trim());
  }
  return { codes, unknown };
}
