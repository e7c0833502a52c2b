/**
 * Fixture for office-requirements.test.ts (never run): outline grouping (ExcelApi 1.10) with and
 * without the guards the analysis accepts. Lines marked "reported" must be reported, no other.
 */

const OUTLINE = "1.10";

export function unguarded(range: Excel.Range): void {
  range.group("ByRows"); // reported
}

export function guarded(range: Excel.Range, req: Office.RequirementSetSupport): void {
  if (req.isSetSupported("ExcelApi", "1.10")) range.group("ByRows");
  if (req.isSetSupported("ExcelApi", OUTLINE) && range) range.ungroup("ByRows");
  const done = req.isSetSupported("ExcelApi", "1.10") ? range.group("ByColumns") : null;
  void done;
}

export function tooWeak(range: Excel.Range, req: Office.RequirementSetSupport): void {
  if (req.isSetSupported("ExcelApi", "1.9")) range.group("ByRows"); // reported
  if (req.isSetSupported("WordApi", "1.10")) range.group("ByRows"); // reported
}

export function elseBranch(range: Excel.Range, req: Office.RequirementSetSupport): void {
  if (req.isSetSupported("ExcelApi", "1.10")) return;
  else range.group("ByRows"); // reported
}

export function earlyExit(range: Excel.Range, req: Office.RequirementSetSupport): void {
  range.ungroup("ByRows"); // reported
  if (!req.isSetSupported("ExcelApi", "1.10")) return;
  range.group("ByRows");
  [1, 2].forEach(() => range.group("ByRows"));
}

function onlyCalledGuarded(range: Excel.Range): void {
  range.group("ByRows");
}

function calledBothWays(range: Excel.Range): void {
  range.group("ByRows"); // reported
}

const passedAround = (range: Excel.Range): void => {
  range.group("ByRows"); // reported
};

export function callers(range: Excel.Range, req: Office.RequirementSetSupport): void {
  if (req.isSetSupported("ExcelApi", "1.10")) {
    onlyCalledGuarded(range);
    calledBothWays(range);
    [range].forEach(passedAround);
  }
  calledBothWays(range);
}

export function belowMinimum(range: Excel.Range): void {
  range.format.columnWidth = 10; // ExcelApi 1.2: no guard needed
}
