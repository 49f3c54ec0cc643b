/**
 * Builds the add-in (task pane + shared-runtime ribbon commands) into dist/.
 *
 *   npm run build              production; office.js served from the add-in itself (dist/office-js),
 *                              copied from the @microsoft/office-js package: intranets often block
 *                              the CDN
 *   npm run build:cdn          production; office.js from Microsoft's CDN
 *   webpack --env demo         the demo page (demo/index.html) beside the pane, on the in-memory
 *                              Excel host; used by `npm run demo` and the e2e test
 *
 * Options (--env): cdn, demo, urlBase=https://host/path/ (the manifest's URLs; default
 * https://localhost:3000/), out=DIR, dev (development mode), https (serve with the Office dev
 * certificate, for `npm start`).
 *
 * HyperFormula (GPL) is used by the in-memory host only: it is in the demo build, never in the
 * add-in's own bundle (`taskpane.js`), which the e2e test checks.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_URL = 'https://localhost:3000/';
const OFFICE_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/**
 * What office.js loads for Excel, from its own folder: the loader's tables and promise polyfill,
 * Excel's host scripts (each platform and version, with their -core parts), the strings of every
 * display language (`<locale>/office_strings.js`: office.js asks for the user's), the telemetry
 * scripts (telemetry/, ariatelemetry/) and the sign-in helpers (webauth/). Not: other Office
 * applications, debug builds, Visual Studio docs. test/e2e/guard.e2e.test.ts checks that every
 * script office.js and Excel's host scripts name is copied.
 */
const OFFICE_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'excel-*.js',
  'excelwebapp-*.js',
  'excelios-*.js',
  '*/office_strings.js',
  'telemetry/oteljs_agave.js',
  'telemetry/oteljs.js',
  'ariatelemetry/aria-web-telemetry.js',
  'webauth/webauth.browserauth.js',
  'webauth/webauth.implicit.js',
];

module.exports = async (env = {}, argv = {}) => {
  const dev = Boolean(env.dev) || argv.mode === 'development';
  const demo = Boolean(env.demo);
  const cdn = Boolean(env.cdn);
  const urlBase = (env.urlBase || DEV_URL).replace(/\/?$/, '/');
  const out = path.resolve(__dirname, env.out || (demo ? 'dist/demo' : 'dist'));
  const officeJs = demo ? 'sim-bridge.js' : cdn ? CDN : 'office-js/office.js';

  const entry = { taskpane: './src/taskpane/index.tsx' };
  if (demo) {
    entry.demo = './demo/main.tsx';
    entry['sim-bridge'] = './demo/bridge.ts';
  }

  const plugins = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
      officeJs,
      // the page style, shared with the offline page
      pageStyle: require('fs').readFileSync(path.join(__dirname, 'src/taskpane/page.css'), 'utf8'),
      // the guard script's texts (it runs before the bundle, and where the bundle cannot run)
      guardTexts: require('./src/messages/unsupported.json'),
      inject: 'body',
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets/*.png', to: 'assets/[name][ext]' },
        {
          from: 'manifest.xml',
          to: 'manifest.xml',
          transform: (content) =>
            demo ? content : content.toString().split(DEV_URL).join(urlBase),
        },
        ...(demo || cdn
          ? []
          : OFFICE_FILES.map((f) => ({
              from: f,
              context: OFFICE_DIST,
              // keep the folder (zh-cn/, telemetry/ …) as office.js expects it
              to: ({ absoluteFilename }) =>
                `office-js/${path.relative(OFFICE_DIST, absoluteFilename).split(path.sep).join('/')}`,
              noErrorOnMissing: true,
              globOptions: { ignore: ['**/*.debug.js'] },
              // Microsoft's files as they are: no second minification
              info: { minimized: true },
            }))),
      ],
    }),
  ];

  if (demo) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './demo/index.html',
        chunks: ['demo'],
        inject: 'body',
      }),
    );
  }

  // `npm start`: HTTPS with the Office dev certificate (office-addin-dev-certs installs it).
  let server = demo ? 'http' : 'https';
  if (env.https) {
    const { getHttpsServerOptions } = require('office-addin-dev-certs');
    server = { type: 'https', options: await getHttpsServerOptions() };
  }

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry,
    output: { path: out, filename: '[name].js', clean: true },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: {
                module: 'esnext',
                target: 'ES2019',
                noEmit: false,
                sourceMap: true,
              },
            },
          },
        },
      ],
    },
    plugins,
    performance: { hints: false },
    stats: 'errors-warnings',
    devServer: {
      static: { directory: out },
      port: Number(env.port || 3000),
      server,
      headers: { 'Access-Control-Allow-Origin': '*' },
      hot: false,
      liveReload: false,
      client: false,
      open: false,
    },
  };
};

module.exports.OFFICE_FILES = OFFICE_FILES;
