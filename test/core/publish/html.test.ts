/**
 * The published HTML page's structure (its accessibility is checked in Chromium with axe-core,
 * test/e2e/publish-html.test.ts): language, headings in order, tables with captions and header
 * cells with scope, charts as SVG with a text alternative and their data, nothing from another
 * host, every text escaped.
 */
import { importDocument } from "../../../src/core/import";
import type { Plan } from "../../../src/core/plan/types";
import { buildDocument, renderHtml } from "../../../src/core/publish";
import { exampleDocument } from "../../../src/examples";
import { seedText } from "../../helpers/seed";

const seed = importDocument(seedText()).plan;
const example = importDocument(exampleDocument).plan;

function page(plan: Plan, kind: "piano" | "rapporto"): string {
  return renderHtml(buildDocument(plan, { kind, date: "2021-04-30" }));
}

const all = (html: string, re: RegExp) => [...html.matchAll(re)];

describe.each([
  ["reference document", seed],
  ["bundled example", example],
])("%s", (_name, plan) => {
  describe.each(["piano", "rapporto"] as const)("%s", (kind) => {
    const html = page(plan, kind);

    it("is an Italian page with one h1 and headings that never skip a level", () => {
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="it">/);
      expect(all(html, /<h1[ >]/g)).toHaveLength(1);
      const levels = all(html, /<h([1-6])[ >]/g).map((m) => Number(m[1]));
      for (let i = 1; i < levels.length; i++)
        expect(levels[i]).toBeLessThanOrEqual(levels[i - 1] + 1);
      expect(levels.filter((l) => l === 4)).toHaveLength(plan.programmes.length);
    });

    it("has a caption and header cells with scope in every table", () => {
      const tables = all(html, /<table[^>]*>([\s\S]*?)<\/table>/g).map((m) => m[1]);
      expect(tables.length).toBeGreaterThan(plan.programmes.length);
      for (const t of tables) {
        expect(t).toMatch(/^<caption[^>]*>[^<]+/);
        expect(all(t, /<th(?![^>]*scope="(?:col|row)")[ >]/g)).toHaveLength(0);
      }
      // one row per indicator, its name in a row header
      for (const ind of plan.indicators.slice(0, 20))
        expect(html).toContain(
          `<th scope="row">${ind.name.trim().replace(/&/g, "&amp;").replace(/'/g, "&#39;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}`
        );
    });

    it("asks nothing of another host", () => {
      expect(html).not.toMatch(/\s(?:src|href|action|poster|data)=["']?(?:https?:)?\/\//i);
      expect(html).not.toMatch(/@import|url\(/i);
      expect(html).not.toMatch(/<script|<link|<img|<iframe/i);
      expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none'`);
      expect(html).toMatch(/@media print/);
    });
  });

  it("the Rapporto's charts are SVG images named by their title and described by their figures, with their data as a table", () => {
    const html = page(plan, "rapporto");
    const svgs = all(html, /<svg[^>]*>[\s\S]*?<\/svg>/g).map((m) => m[0]);
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    for (const svg of svgs) {
      expect(svg).toMatch(/role="img"/);
      const labelled = /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
      const described = /aria-describedby="([^"]+)"/.exec(svg)?.[1];
      expect(svg).toContain(`<title id="${labelled}">`);
      expect(svg).toMatch(new RegExp(`<desc id="${described}">[^<]*\\d`));
    }
    expect(all(html, /<caption[^>]*>Dati del grafico: /g)).toHaveLength(svgs.length);
  });
});

it("escapes every text: a hostile name stays text", () => {
  const plan: Plan = {
    ...example,
    title: `Piano <script>alert(1)</script>`,
    indicators: example.indicators.map((ind, i) =>
      i === 0
        ? {
            ...ind,
            name: `<img src=x onerror=alert(1)> & "quote"`,
            notes: ["</li><script>x</script>"],
          }
        : ind
    ),
  };
  const html = page(plan, "rapporto");
  expect(html).not.toMatch(/<script|<img/i);
  expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quote&quot;");
  expect(html).toContain("&lt;/li&gt;&lt;script&gt;x&lt;/script&gt;");
});

it("the reference document's notes are linked both ways and the differing figures marked", () => {
  const html = page(seed, "rapporto");
  const refs = all(html, /<a href="#nota-(\d+)" id="rif-\1"/g).map((m) => Number(m[1]));
  expect(refs.length).toBeGreaterThanOrEqual(4);
  for (const n of refs) expect(html).toContain(`<li id="nota-${n}" value="${n}">`);
  expect(all(html, /class="differs"/g).length).toBeGreaterThanOrEqual(2);
});
