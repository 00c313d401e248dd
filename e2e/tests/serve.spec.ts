// The local static server (scripts/serve.mjs), as the run command and these journeys use it: it
// answers a malformed URL with an error and keeps serving, sends the precompressed copy a browser
// accepts, and keeps every path inside the built folder.
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { test, expect } from './fixtures';

const dist = new URL('../../dist/', import.meta.url);

/** The hashed wasm file the built page loads. */
function wasmName(): string {
  const html = readFileSync(new URL('index.html', dist), 'utf8');
  const name = /data-wasm="\/([^"]+\.wasm)"/.exec(html)?.[1];
  expect(name, 'the page names its wasm').toBeTruthy();
  return name!;
}

test('a malformed escape is a bad request, and the server keeps serving', async ({ request }) => {
  const bad = await request.get('/%E0%A4%A');
  expect(bad.status()).toBe(400);
  const after = await request.get('/');
  expect(after.status()).toBe(200);
  expect(await after.text()).toContain('<title>Clientwise</title>');
});

test('the precompressed copy the browser accepts is what it gets', async ({ request }) => {
  const name = wasmName();
  const raw = readFileSync(new URL(name, dist));
  for (const [accept, coding, decode] of [
    ['br', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
  ] as const) {
    const res = await request.fetch(`/${name}`, { headers: { 'accept-encoding': accept } });
    expect(res.status()).toBe(200);
    expect(res.headers()['content-encoding']).toBe(coding);
    expect(res.headers()['content-type']).toBe('application/wasm');
    expect(res.headers()['vary']).toBe('accept-encoding');
    expect(res.headers()['cache-control']).toContain('immutable');
    const sent = readFileSync(new URL(`${name}.${coding === 'br' ? 'br' : 'gz'}`, dist));
    expect(Number(res.headers()['content-length'])).toBe(sent.length);
    expect(decode(sent).equals(raw)).toBe(true);
  }
  const plain = await request.fetch(`/${name}`, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect((await plain.body()).equals(raw)).toBe(true);
  // The page itself is never cached for good: a new release must be seen at once.
  const page = await request.fetch('/', { headers: { 'accept-encoding': 'br' } });
  expect(page.headers()['cache-control']).toBe('no-cache');
});

test('a path out of the built folder is refused', async ({ request }) => {
  const res = await request.get('/..%2fCargo.toml');
  expect(res.status()).toBe(403);
});
