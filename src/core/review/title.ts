/**
 * A plan's title for the next triennium: its years moved on ("2020-2022" → "2021-2023", "PIRA
 * 2020" → "PIRA 2021"); a title with no year of the plan in it, or with other years, stays.
 */
const TRIENNIUM = /\b(\d{4})(\s*[-–—/]\s*)(\d{4})\b/g;

export function nextTitle(title: string, firstYear: number, year: number): string {
  let moved = false;
  const shifted = title.replace(TRIENNIUM, (all, a: string, sep: string, b: string) => {
    if (Number(a) === firstYear && Number(b) === firstYear + 2) {
      moved = true;
      return `${year}${sep}${year + 2}`;
    }
    return all;
  });
  if (moved) return shifted;
  const years = title.match(/\b\d{4}\b/g) ?? [];
  if (years.length === 1 && Number(years[0]) === firstYear)
    return title.replace(/\b\d{4}\b/, String(year));
  return title;
}
