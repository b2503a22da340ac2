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

/** Opens the database for one command and always closes it. */
export function withServer<T>(opts: GlobalOptions, fn: (server: Server) => T): T {
  const server = Server.open({ file: dbFile(opts), key: resolveKey({ keyFile: opts.keyFile }) });
  try {
    return fn(server);
  } finally {
    server.close();
  }
}
