// Bundles GraphiQL, React and Monaco (with its web workers) into ../../wwwroot/graphiql: one script and one
// stylesheet for the page plus the three worker scripts Monaco starts from the same folder. No CDN, no module loader.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../wwwroot/graphiql');
fs.rmSync(out, { recursive: true, force: true });

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022'],
  platform: 'browser',
  legalComments: 'eof',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
};

await esbuild.build({
  ...common,
  entryPoints: { graphiql: path.join(here, 'src/index.jsx') },
  jsx: 'automatic',
  outdir: out,
});

await esbuild.build({
  ...common,
  entryPoints: {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  outdir: out,
});

for (const file of fs.readdirSync(out).sort())
  console.log(`${file.padEnd(20)} ${fs.statSync(path.join(out, file)).size.toLocaleString('en')} bytes`);
