// What the request and breach commands share: the database with an optional fixed clock, request
// error texts, JSON files named on the command line, and the contract's validation.
import type { Command } from 'commander';
import type { z } from 'zod';
import {
  REQUEST_ERROR_CODES,
  REQUEST_HUMAN_ERRORS,
  type RequestErrorCode,
} from '../../common/requests/errors';
import type { Server } from '../sql/server';
import { readProblem } from '../core/read-bounded';
import { failKnown, readJsonFile, usage, validate } from '../cli/args';
import { CLI_ACTOR, withServer, type GlobalOptions } from '../cli/context';
import { runCommand } from '../cli/run';

export { usage };

function requestErrorText(code: string): string | undefined {
  const known =
    (REQUEST_ERROR_CODES as readonly string[]).includes(code) ||
    code === 'VALIDATION' ||
    code === 'NOT_FOUND';
  if (!known) return undefined;
  return (
    REQUEST_HUMAN_ERRORS[code as RequestErrorCode] ??
    (code === 'NOT_FOUND' ? 'not found' : 'the input is not valid')
  );
}

/** Opens the database for one command; `now` fixes the clock (tests, or a purge "as of"). */
export function withDb<T>(g: GlobalOptions, fn: (server: Server) => T, now?: string): T {
  let clock: (() => Date) | undefined;
  if (now !== undefined) {
    const at = new Date(now);
    if (Number.isNaN(at.getTime())) usage('--now must be an ISO date-time, e.g. 2026-12-31T12:00:00+05:00');
    clock = () => new Date(at.getTime());
  }
  try {
    return withServer(g, fn, clock);
  } catch (e) {
    return failKnown(e, g, requestErrorText);
  }
}

/** runCommand with the request commands' database: their error texts, `now` fixing the clock. */
export function runWithDb<T>(
  cmd: Command,
  run: (server: Server) => T,
  show: (result: T) => string,
  now?: string,
): void {
  runCommand(cmd, run, show, (g, fn) => withDb(g, fn, now));
}

/** The action of an `open <file>` command: the JSON file, validated, opened; its warnings printed. */
export function openFromFile<S extends z.ZodType, R extends { warnings: readonly string[] }>(
  schema: S,
  open: (server: Server, actor: string, input: z.output<S>) => R,
  human: (opened: R) => string,
) {
  return (file: string, _o: unknown, cmd: Command): void =>
    runWithDb(
      cmd,
      (server) => open(server, CLI_ACTOR, parse(schema, readJsonArg(file))),
      (r) => `opened ${human(r)}${r.warnings.length ? `\nwarnings: ${r.warnings.join(', ')}` : ''}`,
    );
}

export function readJsonArg(file: string): unknown {
  const name = file === '-' ? 'stdin' : file;
  return readJsonFile(file, {
    unreadable: (e) => usage(`cannot read ${name} (${readProblem(e)})`),
    invalid: (e) => usage(`${name} is not valid JSON (${(e as Error).message})`),
  });
}

/** Validates like the contract does; issues name the path and the problem, never the value. */
export function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  return validate(schema, raw, { messages: true });
}

export function list(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

export const human = (r: { id: string; type: string; state: string; due: string; daysLeft: number }) =>
  `${r.id}  ${r.type}  ${r.state}  due ${r.due} (${r.daysLeft} working days left)`;
