/** The production rewrite of manifest.xml (scripts/manifest-urls.js, used by webpack.config.js). */
const urls = require("../../scripts/manifest-urls") as {
  DEV_BASE_URL: string;
  DEFAULT_PRODUCTION_BASE_URL: string;
  productionBaseUrl: (env: Record<string, string | undefined>) => string;
  rewriteManifestUrls: (xml: string, base: string) => string;
};

describe("productionBaseUrl", () => {
  test("defaults to the placeholder when PIRA_PRODUCTION_URL is unset or blank", () => {
    expect(urls.productionBaseUrl({})).toBe(urls.DEFAULT_PRODUCTION_BASE_URL);
    expect(urls.productionBaseUrl({ PIRA_PRODUCTION_URL: "  " })).toBe(
      urls.DEFAULT_PRODUCTION_BASE_URL
    );
    expect(urls.DEFAULT_PRODUCTION_BASE_URL).toMatch(/^https:\/\/.+\/$/);
  });

  test("adds the trailing slash and keeps a path", () => {
    expect(urls.productionBaseUrl({ PIRA_PRODUCTION_URL: "https://addins.camera.it/pira" })).toBe(
      "https://addins.camera.it/pira/"
    );
    expect(urls.productionBaseUrl({ PIRA_PRODUCTION_URL: "https://pira.example.net/" })).toBe(
      "https://pira.example.net/"
    );
  });

  test.each([
    ["http://pira.example.org/", /https/],
    ["not a url", /not a URL/],
    ["https://pira.example.org/?v=1", /query/],
    ["https://localhost:8443/", /this machine/],
  ])("refuses %s", (value, why) => {
    expect(() => urls.productionBaseUrl({ PIRA_PRODUCTION_URL: value })).toThrow(why);
  });
});

describe("rewriteManifestUrls", () => {
  test("moves every development URL to the production base", () => {
    const xml = `<a x="${urls.DEV_BASE_URL}taskpane.html"/><b>${urls.DEV_BASE_URL}assets/icon-16.png</b>`;
    expect(urls.rewriteManifestUrls(xml, "https://p.example.org/pira/")).toBe(
      '<a x="https://p.example.org/pira/taskpane.html"/><b>https://p.example.org/pira/assets/icon-16.png</b>'
    );
  });

  test("refuses to ship a manifest that still mentions localhost in another form", () => {
    const xml = `<a x="${urls.DEV_BASE_URL}ok.html"/>\n<AppDomain>https://localhost:3000</AppDomain>`;
    expect(() => urls.rewriteManifestUrls(xml, "https://p.example.org/")).toThrow(/AppDomain/);
  });
});
