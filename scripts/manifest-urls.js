/*
 * The manifest's development URLs and their production rewrite.
 * manifest.xml points every page, script and icon at DEV_BASE_URL (the webpack dev server);
 * `npm run build` writes dist/manifest.xml with DEV_BASE_URL replaced by the production base URL.
 */
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";
const DEFAULT_PRODUCTION_BASE_URL = "https://pira.example.org/";

/**
 * The production base URL from the environment (PIRA_PRODUCTION_URL) or the placeholder.
 * Always https, always ending with "/". Throws on a value that cannot serve an add-in.
 */
function productionBaseUrl(env = process.env) {
  const given = (env.PIRA_PRODUCTION_URL || "").trim() || DEFAULT_PRODUCTION_BASE_URL;
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`PIRA_PRODUCTION_URL is not a URL: "${given}"`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `PIRA_PRODUCTION_URL must be an https URL (Office loads add-ins only over https): "${given}"`
    );
  }
  if (url.search || url.hash) {
    throw new Error(`PIRA_PRODUCTION_URL must be a base URL without query or fragment: "${given}"`);
  }
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    throw new Error(`PIRA_PRODUCTION_URL must not point at this machine: "${given}"`);
  }
  const href = url.href;
  return href.endsWith("/") ? href : `${href}/`;
}

/**
 * manifest.xml with every DEV_BASE_URL replaced by `baseUrl`.
 * Throws if any "localhost" is left (a URL written some other way would ship pointing at the
 * developer's machine).
 */
function rewriteManifestUrls(xml, baseUrl) {
  const rewritten = xml.split(DEV_BASE_URL).join(baseUrl);
  const left = rewritten.match(/^.*localhost.*$/m);
  if (left) {
    throw new Error(
      `manifest.xml still mentions localhost after the production rewrite: ${left[0].trim()}`
    );
  }
  return rewritten;
}

module.exports = {
  DEV_BASE_URL,
  DEFAULT_PRODUCTION_BASE_URL,
  productionBaseUrl,
  rewriteManifestUrls,
};
