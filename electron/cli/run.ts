// The body most commands share, written once: open the database, do one thing, print the result.
import type { Command } from 'commander';
import type { Server } from '../sql/server';
import { globals, withServer, type GlobalOptions } from './context';
import { emit } from './output';

/** How a feature opens the database for a command (its own error texts, a fixed clock …). */
export type OpenDb = <T>(g: GlobalOptions, fn: (server: Server) => T) => T;

/** Runs `run` on the database and prints what it returned: `human` for people, JSON with --json. */
export function runCommand<T>(
  cmd: Command,
  run: (server: Server) => T,
  human: (result: T) => string,
  open: OpenDb = withServer,
): void {
  const g = globals(cmd);
  open(g, (server) => {
    const result = run(server);
    emit(result, g, () => human(result));
  });
}
