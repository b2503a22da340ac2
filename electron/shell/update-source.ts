// Where in-app updates come from, as the administrator set it (updateUrl in the machine config.json
// or PRIVACY_DESK_UPDATE_URL): an HTTPS URL, or an office file share (\\server\share\privacy-desk)
// / local folder. electron-updater's generic provider speaks HTTP only, so a folder is served to
// it from 127.0.0.1 by serveUpdateFolder; the provider then checks the installer's sha512 against
// latest.yml before anything runs (and the publisher's signature when the build is signed).
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLoopbackHost } from '../sync';

export type UpdateFeed = { kind: 'url'; url: string } | { kind: 'folder'; dir: string };

export function parseUpdateSource(
  raw: string | null | undefined,
  platform: NodeJS.Platform = process.platform,
): UpdateFeed | null {
  const s = raw?.trim();
  if (!s) return null;
  const p = platform === 'win32' ? path.win32 : path.posix;
  if (/^https?:\/\//i.test(s)) {
    let u: URL;
    try {
      u = new URL(s);
    } catch {
      return null;
    }
    if (u.username || u.password) return null;
    // An update is code that will run as administrator: never over plain http from another host.
    if (u.protocol === 'http:' && !isLoopbackHost(u.hostname)) return null;
    return { kind: 'url', url: u.href.endsWith('/') ? u.href : `${u.href}/` };
  }
  if (/^file:\/\//i.test(s)) {
    try {
      return { kind: 'folder', dir: fileURLToPath(s, { windows: platform === 'win32' }) };
    } catch {
      return null;
    }
  }
  if (p.isAbsolute(s)) return { kind: 'folder', dir: p.normalize(s) };
  return null;
}

/** Only what electron-updater asks a generic feed for: the channel file, the installer and its blockmap. */
export function isUpdateFileName(name: string): boolean {
  return /^[A-Za-z0-9 ._-]+\.(yml|exe|blockmap)$/.test(name) && !name.startsWith('.') && !name.includes('..');
}

export interface FolderFeed {
  url: string;
  close(): Promise<void>;
}

/** A read-only HTTP view of the update folder on 127.0.0.1 (random port), for this process only. */
export function serveUpdateFolder(dir: string): Promise<FolderFeed> {
  const server: Server = createServer((req, res) => {
    let name: string;
    try {
      name = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
    } catch {
      name = '';
    }
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isUpdateFileName(name)) {
      res.writeHead(404).end();
      return;
    }
    const file = path.join(dir, name);
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Length': size,
      'Content-Type': 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
