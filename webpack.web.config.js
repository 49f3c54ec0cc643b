/**
 * Builds the offline page (离线网页版) into ONE self-contained file, dist/web/offline.html:
 *
 *   npm run build:web
 *
 * Two bundles — the page (React, Fluent UI, the pane's components) and its worker (the xlsx host
 * with ExcelJS, and the core) — are built, minified, and inlined into src/web/offline.html: the
 * page as a script, the worker's source as a text script that the page starts from a Blob URL.
 * No other file is written, so the page works opened from a shared folder (file://) or any web
 * server, without network.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');
const fs = require('fs');
const webpack = require('webpack');

const TEMPLATE = path.resolve(__dirname, 'src/web/offline.html');
/** the page style, shared with the task pane */
const STYLE = path.resolve(__dirname, 'src/taskpane/page.css');

/** Puts the two bundles into the template and drops them as separate files. */
class InlinePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlinePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'InlinePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          // The minifier moves the libraries' licence comments into *.LICENSE.txt files, which
          // go with the bundles: they are kept in the page as a text script instead.
          const banner = /\/\*! For license information please see [\w.]+\.LICENSE\.txt \*\//;
          const notice = '/*! Licence notices: the script element jx-licences in this page */';
          const page = assets['page.js'].source().toString().replace(banner, notice);
          const worker = assets['worker.js'].source().toString().replace(banner, notice);
          const licences = Object.keys(assets)
            .filter((n) => n.endsWith('.LICENSE.txt'))
            .map((n) => assets[n].source().toString())
            .join('\n')
            .replace(/<\/script/gi, '<\\/script');
          for (const [name, js] of [
            ['page.js', page],
            ['worker.js', worker],
          ]) {
            // Terser escapes these in strings; anything else would end the script element early.
            if (/<\/script|<!--/i.test(js)) {
              compilation.errors.push(new Error(`${name} holds "</script" or "<!--"`));
            }
          }
          const html = fs
            .readFileSync(TEMPLATE, 'utf8')
            .replace(
              '<!--WORKER-->',
              () => `<script type="text/plain" id="jx-worker-source">${worker}</script>`,
            )
            .replace('<!--STYLE-->', () => `<style>\n${fs.readFileSync(STYLE, 'utf8')}</style>`)
            .replace('<!--PAGE-->', () => `<script>${page}</script>`)
            .replace(
              '</body>',
              () => `<script type="text/plain" id="jx-licences">${licences}</script></body>`,
            );
          compilation.emitAsset('offline.html', new webpack.sources.RawSource(html));
          compilation.deleteAsset('page.js');
          compilation.deleteAsset('worker.js');
        },
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const dev = Boolean(env.dev) || argv.mode === 'development';
  return {
    mode: dev ? 'development' : 'production',
    devtool: false,
    target: ['web', 'es2019'],
    entry: { page: './src/web/index.tsx', worker: './src/web/worker.ts' },
    output: {
      path: path.resolve(__dirname, env.out || 'dist/web'),
      filename: '[name].js',
      globalObject: 'self',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // The xlsx host reads paths with fs on Node; the page hands it bytes.
      fallback: { fs: false, path: false, os: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'esnext', target: 'ES2019', noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }), new InlinePlugin()],
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
