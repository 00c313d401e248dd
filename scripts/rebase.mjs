// Makes a copy of a built Clientwise for hosting under a sub-path, without building it again:
// byte for byte what `trunk build --release --public-url SUB` writes. The wasm, the JS glue, the
// styles and the icon do not depend on the path (the app reads its base from `<base href>`), so
// they are copied as they are (with their precompressed copies); in the two pages, every
// root-relative URL Trunk wrote (the base, the loader, the glue, the wasm, the styles, the icon,
// the preloads) gets the prefix, and their precompressed copies are written again.
// Usage: node scripts/rebase.mjs SRC DEST /sub/path/
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [src, dest, sub] = process.argv.slice(2);
if (!src || !dest || !sub || !/^\/(?:[\w.-]+\/)+$/.test(sub)) {
  console.error('usage: node scripts/rebase.mjs SRC DEST /sub/path/');
  process.exit(2);
}

rmSync(dest, { recursive: true, force: true });
cpSync(src, dest, { recursive: true });
for (const page of ['index.html', '404.html']) {
  const path = join(dest, page);
  const html = readFileSync(path, 'utf8');
  let count = 0;
  const rebased = html.replace(/ (href|src|data-js|data-wasm)="\/(?!\/)/g, (_, attr) => {
    count += 1;
    return ` ${attr}="${sub}`;
  });
  if (!/<base href="\//.test(html) || count < 5) {
    console.error(`rebase: ${page} does not look like a page Trunk built for the root`);
    process.exit(1);
  }
  writeFileSync(path, rebased);
  if (existsSync(`${path}.br`)) {
    writeFileSync(`${path}.br`, brotliCompressSync(rebased, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  if (existsSync(`${path}.gz`)) writeFileSync(`${path}.gz`, gzipSync(rebased, { level: 9 }));
}
