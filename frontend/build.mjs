// Bundles the board (src/main.js and its CSS) and copies the page shell into --outdir (default dist/).
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

const arg = process.argv.find(a => a.startsWith('--outdir='));
const outdir = path.resolve(arg ? arg.slice('--outdir='.length) : 'dist');
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: { board: 'src/main.js' },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['es2022'],
  outdir,
  logLevel: 'warning',
  legalComments: 'none',
});
await copyFile('src/index.html', path.join(outdir, 'index.html'));
console.log(`board built into ${outdir}`);
