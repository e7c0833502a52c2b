/** Which existing sheets an action would replace: what the pane's confirmation dialog lists. */
import type { SheetSpec } from "../workbook";

export function replacedSheets(
  existing: readonly string[],
  sheets: readonly Pick<SheetSpec, "name">[],
  removeMatching?: RegExp
): string[] {
  const names = new Set(sheets.map((s) => s.name.toLowerCase()));
  return existing.filter(
    (name) => names.has(name.toLowerCase()) || (removeMatching?.test(name) ?? false)
  );
}

/**
 * A write that may replace sheets: the pane confirms `replaced` (when not empty), then commits;
 * the command line commits at once (its files are written only where it was told to).
 */
export interface PreparedWrite<T> {
  replaced: string[];
  commit(): Promise<T>;
}
