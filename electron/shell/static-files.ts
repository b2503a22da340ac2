// Serving the built renderer from a folder, shared by the app:// protocol and the HTTP bridge.
// A request path is resolved inside the root or refused: no traversal, no absolute paths.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

/** Returns the file inside `root` that a URL path names, or null when it would leave the root. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded.replace(/^\/+/, '') || 'index.html';
  if (path.isAbsolute(rel) || /^[a-zA-Z]:/.test(rel)) return null;
  const base = path.resolve(root);
  const full = path.resolve(base, rel);
  if (full !== base && !full.startsWith(base + path.sep)) return null;
  return full;
}

export interface StaticFile {
  status: 200 | 404 | 403;
  body: Buffer;
  type: string;
}

/** Unknown paths without an extension fall back to index.html (the app routes in the browser). */
export function readStatic(root: string, urlPath: string): StaticFile {
  const file = resolveInside(root, urlPath);
  if (!file) return { status: 403, body: Buffer.from('forbidden'), type: 'text/plain' };
  let target = file;
  if (!existsSync(target) || !statSync(target).isFile()) {
    if (path.extname(target)) return { status: 404, body: Buffer.from('not found'), type: 'text/plain' };
    target = path.join(root, 'index.html');
    if (!existsSync(target))
      return { status: 404, body: Buffer.from('renderer not built'), type: 'text/plain' };
  }
  return {
    status: 200,
    body: readFileSync(target),
    type: MIME[path.extname(target)] ?? 'application/octet-stream',
  };
}
