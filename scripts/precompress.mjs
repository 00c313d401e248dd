// Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every file a browser loads from a built
// Clientwise, as static hosts serve them (scripts/serve.mjs does too), and prints the size of the
// page: raw, gzip and brotli bytes of the html, js, wasm and css, and their total.
// Usage: node scripts/precompress.mjs DIR
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const compressible = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.json']);
// What the size counts: the files of the first load (404.html is the same page for other paths).
const loaded = new Set(['.html', '.js', '.wasm', '.css']);

const rows = [];
for (const name of readdirSync(dir).sort()) {
  if (!compressible.has(extname(name))) continue;
  const bytes = readFileSync(join(dir, name));
  const gzip = gzipSync(bytes, { level: 9 });
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  writeFileSync(join(dir, `${name}.gz`), gzip);
  writeFileSync(join(dir, `${name}.br`), brotli);
  if (loaded.has(extname(name)) && name !== '404.html') {
    rows.push({ name, raw: bytes.length, gzip: gzip.length, brotli: brotli.length });
  }
}
if (rows.length === 0) {
  console.error(`precompress: nothing built in ${dir}`);
  process.exit(1);
}
const total = rows.reduce(
  (sum, r) => ({ name: 'total', raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

const width = Math.max(...rows.map((r) => r.name.length), 5);
const num = (n) => n.toLocaleString('en-US').padStart(11);
console.log(`${'file'.padEnd(width)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}`);
for (const r of [...rows, total]) {
  console.log(`${r.name.padEnd(width)} ${num(r.raw)} ${num(r.gzip)} ${num(r.brotli)}`);
}
