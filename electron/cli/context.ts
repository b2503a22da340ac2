import type { Command } from 'commander';
import { resolveKey } from '../core/keys';
import { defaultDbFile } from '../core/paths';
import { Server } from '../sql/server';

export interface GlobalOptions {
  db?: string;
  keyFile?: string;
  json?: boolean;
}

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

export function dbFile(opts: GlobalOptions): string {
  return opts.db ?? defaultDbFile();
}

export const CLI_ACTOR = 'cli';

function openServer(opts: GlobalOptions, clock?: () => Date): Server {
  return Server.open({
    file: dbFile(opts),
    key: resolveKey({ keyFile: opts.keyFile }),
    ...(clock ? { clock } : {}),
  });
}

/** Opens the database for one command and always closes it; `clock` fixes "now" when given. */
export function withServer<T>(opts: GlobalOptions, fn: (server: Server) => T, clock?: () => Date): T {
  const server = openServer(opts, clock);
  try {
    return fn(server);
  } finally {
    server.close();
  }
}

/** withServer for an async body: the database stays open until the body settles. */
export async function withServerAsync<T>(
  opts: GlobalOptions,
  fn: (server: Server) => Promise<T>,
): Promise<T> {
  const server = openServer(opts);
  try {
    return await fn(server);
  } finally {
    server.close();
  }
}
