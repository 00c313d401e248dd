// Serves a built Clientwise (the `dist` folder) on 127.0.0.1 only, the way a static host would:
// files as they are (or their precompressed `.br`/`.gz` copy when the browser accepts it, see
// scripts/precompress.mjs), hashed files cached for good, and the app itself for any other path
// so that deep links and reloads work. A request it cannot make sense of gets an error answer;
// nothing a browser sends can stop the server.
// Usage: node scripts/serve.mjs DIR [--port N] [--base /sub/path/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const root = resolve(args[0] ?? 'dist');
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(option('--port', '8080'));
const base = option('--base', '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

// Trunk names built files `name-<16 hex digits>.ext` (the wasm `name-<hash>_bg.wasm`): their
// content never changes under a name.
const hashed = /-[0-9a-f]{16}(?:_bg)?\.[a-z]+$/;

/** The file at `path` with its modification time, or null when there is none. */
async function file(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? { body: await readFile(path), mtime: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** Whether the Accept-Encoding header `header` takes `coding` (and does not refuse it with q=0). */
function accepts(header, coding) {
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return name === coding && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** The best precompressed copy of `path` the browser accepts, if it is no older than the file. */
async function compressed(path, mtime, header) {
  for (const [coding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepts(header, coding)) continue;
    const copy = await file(path + ext);
    if (copy && copy.mtime >= mtime) return { coding, body: copy.body };
  }
  return null;
}

async function answer(req, res) {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  } catch {
    // A malformed escape such as `/%E0%A4%A`: not a path to anything.
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
    return;
  }
  if (!path.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  path = path.slice(base.length);
  let target = normalize(join(root, path));
  if (target !== root && !target.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  let found = path && !path.endsWith('/') ? await file(target) : null;
  if (found === null) {
    // Unknown paths get the app, which routes on the client.
    target = join(root, 'index.html');
    found = await file(target);
  }
  if (found === null) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end('No index.html: build the app first.');
    return;
  }
  const headers = {
    'content-type': types[extname(target)] ?? 'application/octet-stream',
    'cache-control': hashed.test(target) ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
  };
  let body = found.body;
  const copy = await compressed(target, found.mtime, String(req.headers['accept-encoding'] ?? ''));
  if (copy) {
    headers['content-encoding'] = copy.coding;
    body = copy.body;
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
}

const server = createServer((req, res) => {
  answer(req, res).catch((error) => {
    console.error(`serve: ${req.url}: ${error}`);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end();
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Clientwise is at http://127.0.0.1:${port}${base}`);
});
