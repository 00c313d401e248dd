// Serves a built Clientwise (the `dist` folder) on 127.0.0.1 only, the way a static host would:
// files as they are, and the app itself for any other path so that deep links and reloads work.
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

async function file(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  path = path.slice(base.length);
  const target = normalize(join(root, path));
  if (target !== root && !target.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  let body = path && !path.endsWith('/') ? await file(target) : null;
  let type = types[extname(target)] ?? 'application/octet-stream';
  if (body === null) {
    // Unknown paths get the app, which routes on the client.
    body = await file(join(root, 'index.html'));
    type = types['.html'];
  }
  if (body === null) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end('No index.html: build the app first.');
    return;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Clientwise is at http://127.0.0.1:${port}${base}`);
});
