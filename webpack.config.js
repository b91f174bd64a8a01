// The task pane's build: `npm run build` (production, into dist/) and `npm run dev-server`
// (https://localhost:3000, the address manifest.xml points at).
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const esbuild = require('esbuild');
const { supportPage } = require('./scripts/support-page');

const OFFICE_JS_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_PORT = 3000;

/**
 * The bundle-size budget, enforced by the production build (performance hints are errors).
 * The first screen needs only the entry (React, Fluent UI, the pane's shell). The engine and
 * the views of a run's results (key figures, customers, last year, the follow-up, a customer's trace and
 * statement) come in the "results" chunk, prefetched and needed from the first Beräkna on;
 * ExcelJS and the xlsx adapter in a chunk that only the standalone browser mode loads; the
 * office-js adapter in one that only Excel loads.
 */
const KIB = 1024;
const BUDGET = {
  // 832 KiB since every message is in both languages (the catalogues of the engine, the adapters and the
  // pane, ~60 KiB minified), in the entry: an error before the first Beräkna must render in either.
  // Issues 16 and 17 (the follow-up, the ledger, invoices, decided versions, the roll) added ~19 KiB of
  // them; their views are chunks of their own. The way back under 800 KiB is to send the engine's
  // problems from the worker rendered in both languages, so the entry needs no engine catalogue.
  entrypoint: 832 * KIB,
  asset: 1100 * KIB,
};

/**
 * office.js is served from our own origin by default (OFFICE_JS=local): the version is the one
 * package-lock pins. The standalone page never loads it (taskpane.html's loader loads it only
 * when Office hosts the page, src/taskpane/boot/officeHost.ts).
 * Inside Excel the same copy works (it loads Excel's host files from the same folder). For a
 * store (AppSource) submission, which requires Microsoft's CDN, build with OFFICE_JS=cdn.
 */
function officeJsSource() {
  const choice = process.env.OFFICE_JS ?? 'local';
  if (choice === 'cdn') return { src: OFFICE_JS_CDN, note: 'Microsoft CDN (OFFICE_JS=cdn)' };
  if (choice !== 'local') throw new Error(`OFFICE_JS must be "local" or "cdn", not "${choice}"`);
  return { src: 'office/office.js', note: 'local copy of @microsoft/office-js (OFFICE_JS=local)' };
}

/**
 * The page's inline office.js loader (src/taskpane/boot/loadOfficeJs.ts): a few hundred bytes
 * that must run before the bundle, so they go into the page itself rather than a chunk.
 */
function officeJsLoader() {
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [path.resolve(__dirname, 'src/taskpane/boot/loadOfficeJs.ts')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2020',
  });
  // A script element ends at the first "</script" whatever the JavaScript around it.
  return outputFiles[0].text.trim().replace(/<\/(script)/gi, '<\\/$1');
}

/** office.js and what it loads at run time in Excel: Excel's host files and the string tables. */
const officeJsFiles = [
  { from: 'office.js', to: 'office/' },
  // office.js loads this before Office.onReady can fire, in Excel and outside it alike.
  { from: 'o15apptofilemappingtable.js', to: 'office/' },
  { from: 'excel-*.js', to: 'office/', globOptions: { ignore: ['**/*.debug.js'] } },
  { from: '*/office_strings.js', to: 'office/' },
  { from: 'telemetry/*.js', to: 'office/', globOptions: { ignore: ['**/*.debug.js'] } },
  // Microsoft ships these minified already; running them through terser again takes minutes.
].map((pattern) => ({ ...pattern, context: OFFICE_JS_DIST, info: { minimized: true } }));

/**
 * https for the dev server: Office's trusted localhost certificate when office-addin-dev-certs
 * is installed (`npx office-addin-dev-certs install`), else webpack-dev-server's self-signed one.
 */
async function httpsServer() {
  let devCerts;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch {
    return 'https';
  }
  return { type: 'https', options: await devCerts.getHttpsServerOptions() };
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const officeJs = officeJsSource();
  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // dist/ also holds esbuild's Node bundles (scripts/build-cli.mjs, build-bench.mjs): keep them.
      clean: { keep: /\.cjs(\.map)?$/ },
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      // ExcelJS's browser build (its package.json "browser" field) is one prebuilt file.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        // The engine is pure (test/engine/boundary.test.ts): a chunk that imports one function of
        // it (the office and xlsx adapters take statementSheetNames from engine/statement) gets
        // that module, not everything its index re-exports.
        { test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            // Types are checked by `tsc --noEmit` (npm test); the bundle only needs the JS.
            transpileOnly: true,
            // ES modules so webpack can tree-shake Fluent's icons (commonjs keeps all of them).
            compilerOptions: { module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', sourceMap: true },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        officeJs: officeJs.src,
        officeJsNote: officeJs.note,
        officeJsLoader: officeJsLoader(),
      }),
      // manifest.xml's SupportUrl: the README's help sections as a page of their own.
      new HtmlWebpackPlugin({ templateContent: supportPage(), filename: 'support.html', inject: false, chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [...officeJsFiles, { from: 'assets/*.png', to: 'assets/[name][ext]', info: { minimized: true } }],
      }),
    ],
    optimization: {
      // Two files are enough: the pane (entry) and the xlsx chunk the browser mode loads.
      splitChunks: false,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    performance: {
      hints: production ? 'error' : false,
      maxEntrypointSize: BUDGET.entrypoint,
      maxAssetSize: BUDGET.asset,
      // Our JavaScript only: not source maps, icons or the copied office.js.
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('office/'),
    },
    devServer: {
      port: DEV_PORT,
      server: env.WEBPACK_SERVE ? await httpsServer() : 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: { warnings: false } },
      open: false,
    },
  };
};

module.exports.BUDGET = BUDGET;
