/**
 * The order of an indicator's value keys, wherever they are listed (the plan JSON, the workbook's
 * columns): actuals by date (ISO keys sort as text), targets by year, then any other key
 * ("triennium") as text.
 */

/** "2020-09-30" before "2020-12-31". */
export function actualKeyOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "2021" before "2022" before "triennium". */
export function targetKeyOrder(a: string, b: string): number {
  const ya = /^\d+$/.test(a);
  const yb = /^\d+$/.test(b);
  if (ya && yb) return Number(a) - Number(b);
  if (ya !== yb) return ya ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
