/*
 * webpack 5 build of the add-in: three pages (task pane, custom functions, ribbon commands),
 * functions.json + functions-it.json, icons, a local office.js, and manifest.xml (URLs rewritten
 * for production by `webpack --mode production`).
 *
 * `webpack` (npm run build) works offline and never touches certificates; only `webpack serve`
 * (npm run dev-server) asks for an https certificate (see devServerHttps below).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizeFunctionsPlugin } = require("./scripts/localize-functions");
const { productionBaseUrl, rewriteManifestUrls } = require("./scripts/manifest-urls");

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/**
 * The part of @microsoft/office-js a page outside Office needs: the loader, the host table and
 * the strings it fetches beside itself (checked in Chromium: Office.onReady resolves, host null).
 */
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "en-us/office_strings.js",
  "it-it/office_strings.js",
];

/**
 * Content-Security-Policy of every page: scripts only from this add-in and the Office CDN.
 * Fluent UI (Griffel) inserts <style> elements at run time, hence 'unsafe-inline' for styles only.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://appsforoffice.microsoft.com",
  "frame-src 'self' https://appsforoffice.microsoft.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/**
 * https options for the dev server. Office loads add-ins only over https from a trusted
 * certificate: on Windows and macOS office-addin-dev-certs creates and trusts one (it may ask the
 * OS for permission). On Linux and in CI it would need sudo, so we never try: we reuse the dev
 * certificate if one was already made (`npx office-addin-dev-certs install`), else let
 * webpack-dev-server make a self-signed one (fine for a browser after a warning; Excel on the web
 * needs a trusted one).
 */
async function devServerHttps() {
  const canTrust =
    (process.platform === "win32" || process.platform === "darwin") && !process.env.CI;
  if (canTrust) {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  }
  const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    const options = {};
    for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(dir, f));
    return { type: "https", options };
  }
  console.warn(
    "dev-server: no Office dev certificate in ~/.office-addin-dev-certs; using a self-signed one.\n" +
      "            Run `npx office-addin-dev-certs install` to make one Office will trust."
  );
  return { type: "https" };
}

/** A page from its template; the template puts CONTENT_SECURITY_POLICY first in <head>. */
function page(name, template, chunks) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks,
    scriptLoading: "defer",
    templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
  });
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const baseUrl = production ? productionBaseUrl() : null;

  return {
    mode: production ? "production" : "development",
    // no eval-based source maps: the pages' CSP forbids eval
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // the task pane over an in-browser workbook (ExcelJS): its own bundle, so the task pane
      // loaded in Excel never carries ExcelJS
      workbench: "./src/workbench/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        {
          // src/core and src/workbook are pure: importing one of their modules does nothing but
          // define it. Said to webpack, a bundle keeps only what it uses of a folder imported
          // through its index.ts (eslint.config.mjs: a folder through its entry), not every
          // module the index re-exports.
          test: /[\\/]src[\\/](core|workbook)[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules let webpack tree-shake; tsconfig.json's commonjs is for jest and tsc
              compilerOptions: { module: "es2020", noEmit: false, sourceMap: true },
            },
          },
        },
        {
          // Our makeStyles() calls compiled ahead of time to Griffel's __styles(), as Fluent ships
          // its own: the pages carry no run-time CSS compiler (stylis, rtl-css-js). A post loader,
          // so it reads ts-loader's JavaScript and needs no TypeScript preset. Jest runs the
          // source untransformed.
          test: /\.tsx$/,
          include: [
            path.resolve(__dirname, "src/taskpane"),
            path.resolve(__dirname, "src/workbench"),
          ],
          enforce: "post",
          use: { loader: "@griffel/webpack-loader" },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new LocalizeFunctionsPlugin({
        input: "functions.json",
        output: "functions-it.json",
        table: "./src/functions/translations.it.json",
      }),
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("workbench", "./src/workbench/workbench.html", ["workbench"]),
      page("functions", "./src/functions/functions.html", ["functions"]),
      page("commands", "./src/commands/commands.html", ["commands"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // office.js for pages served outside Office (workbench, browser tests), with the files
          // it fetches relative to itself there. Pages in Office load it from the CDN.
          ...OFFICE_JS_FILES.map((file) => ({
            from: path.join(OFFICE_JS_DIR, file),
            to: `assets/office-js/${file}`,
            info: { minimized: true }, // copied as published, not minified again
          })),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return production ? rewriteManifestUrls(content.toString(), baseUrl) : content;
            },
          },
        ],
      }),
    ],
    optimization: {
      // The shortest export names and module ids webpack can give, rather than hashes stable
      // across builds: the pages' files are fetched by fixed names, never cached by content hash,
      // and the engine chunk refers to the pane's modules by both (about 0.6 KB gzipped in all).
      mangleExports: production ? "size" : false,
      moduleIds: production ? "size" : "named",
      splitChunks: {
        cacheGroups: {
          // webpack's default vendors group, except the Word writer (docx, and the JSZip it is
          // rezipped with): they stay in the Publish view's own chunk, fetched on first use of
          // Pubblica and budgeted apart (test/build/taskpane-bundle.test.ts); and ExcelJS, which
          // stays in the «xlsx-file» chunk Nuovo anno and Confronta fetch for a workbook file
          defaultVendors: {
            test: /[\\/]node_modules[\\/](?!(?:docx|jszip|exceljs)[\\/])/,
            priority: -10,
            reuseExistingChunk: true,
          },
        },
      },
    },
    performance: {
      // React + Fluent UI make the task pane larger than webpack's 244 KB default
      hints: production ? "warning" : false,
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    devServer: serving
      ? {
          host: "localhost", // this machine only
          port: DEV_SERVER_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await devServerHttps(),
          static: false,
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};
