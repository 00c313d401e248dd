// Prints the size of the built page: raw, gzip and brotli bytes of every file a browser loads
// (html, js, wasm, css), and their total.
// Usage: node scripts/size-report.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const loaded = new Set(['.html', '.js', '.wasm', '.css']);
const files = readdirSync(dir)
  .filter((f) => loaded.has(extname(f)) && f !== '404.html')
  .sort();

const rows = files.map((name) => {
  const bytes = readFileSync(join(dir, name));
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
});
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
