// Mailroom commands: the incoming and outgoing registers, search, exports, settings and demo data.
// They call the same core functions as the app's handlers, with the same validation.
import { xmlSafe } from '../../common/contract/text';
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { PRIVATE_MODE } from '../core/private-files';
import { MAX_JSON_BYTES, readBoundedText, readScanFile, TooLarge } from '../core/read-bounded';
import { scanMaxBytes } from './scans';
import path from 'node:path';
import type { z } from 'zod';
import {
  CHANNELS,
  CONFIRMABLE_WARNINGS,
  exportSchema,
  INCOMING_SORT_KEYS,
  INCOMING_STATUSES,
  intakeCreateSchema,
  intakeListSchema,
  OUTGOING_SORT_KEYS,
  OUTGOING_STATUSES,
  outgoingCreateSchema,
  outgoingListSchema,
  searchSchema,
  settingsSetSchema,
  type IncomingEntry,
  type IncomingRow,
  type OutgoingEntry,
  type OutgoingRow,
} from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import {
  MAILROOM_ERROR_CODES,
  MAILROOM_HUMAN_ERRORS,
  type MailroomErrorCode,
} from '../../common/mailroom/errors';
import { buildExport } from './export';
import { cancelOutgoing, registerOutgoing } from './outgoing';
import { cancelIncoming, registerIncoming } from './intake';
import { searchRegisters } from './search';
import { seedDemo } from './seed';
import { getMailroomSettings, setMailroomSettings } from './settings';
import { getIncoming, listIncoming } from './sql/incoming';
import { getOutgoing, listOutgoing } from './sql/outgoing';
import { Server } from '../sql/server';
import { resolveKey } from '../core/keys';
import { CLI_ACTOR, dbFile, globals, withServer, type GlobalOptions } from '../cli/context';
import { CliExit, emit, EXIT_FAIL, EXIT_USAGE } from '../cli/output';

// ---------------------------------------------------------------------------------------------
// Helpers.

/** Mailroom error codes get their own one-line text (the shared printer knows only the core's). */
function failMailroom(e: unknown, g: GlobalOptions, extra: Record<string, unknown> = {}): never {
  if (e instanceof PdError && (MAILROOM_ERROR_CODES as readonly string[]).includes(e.code)) {
    const payload = e.toPayload();
    if (g.json) process.stdout.write(JSON.stringify({ ...extra, error: payload }, null, 2) + '\n');
    process.stderr.write(
      `privacy-desk: ${payload.code}: ${MAILROOM_HUMAN_ERRORS[payload.code as MailroomErrorCode]} ${JSON.stringify(payload.details ?? {})}\n`,
    );
    throw new CliExit(EXIT_FAIL);
  }
  throw e;
}

function guarded<T>(g: GlobalOptions, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    return failMailroom(e, g);
  }
}

async function guardedAsync<T>(g: GlobalOptions, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    return failMailroom(e, g);
  }
}

/** Validates like dispatch does: issues name the path and the problem, never the value. */
function parseInput<S extends z.ZodType>(schema: S, raw: unknown, prefix = ''): z.output<S> {
  const r = xmlSafe(schema).safeParse(raw);
  if (!r.success) {
    throw new PdError('VALIDATION', {
      issues: r.error.issues.map((i) => ({
        path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'),
        code: i.code,
      })),
    });
  }
  return r.data;
}

function readJsonInput(file: string): unknown {
  let text: string;
  try {
    text = readBoundedText(file, MAX_JSON_BYTES);
  } catch (e) {
    throw new PdError('VALIDATION', {
      issues: [{ path: '(file)', code: e instanceof TooLarge ? 'too_large' : 'unreadable' }],
    });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw new PdError('VALIDATION', { issues: [{ path: '(file)', code: 'invalid_json' }] });
  }
}

function usage(message: string): never {
  process.stderr.write(`privacy-desk: ${message}\n`);
  throw new CliExit(EXIT_USAGE);
}

function positiveInt(name: string, v: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 0 || Number(v) > max) usage(`${name} must be a whole number`);
  return Number(v);
}

function oneOf<T extends string>(name: string, v: string | undefined, allowed: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) usage(`${name} must be one of: ${allowed.join(', ')}`);
  return v as T;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function incomingLine(r: IncomingRow | IncomingEntry): string {
  const flags = r.status === 'registered' ? '' : ` [${r.status}]`;
  return `${r.incomingNo}  ${r.receivedDate} ${r.receivedTime}  ${r.channel}  ${r.sender.name}${r.sender.iinMasked ? ` (${r.sender.iinMasked})` : ''}  ${r.summary}${flags}`;
}

function outgoingLine(r: OutgoingRow | OutgoingEntry): string {
  return `${r.outgoingNo}  ${r.date}  ${r.method}  ${r.addressee.name}  ${r.summary}  [${r.status}]${r.inReplyTo ? `  ← ${r.inReplyTo}` : ''}`;
}

interface ListFlags {
  from?: string;
  to?: string;
  status?: string;
  sort?: string;
  asc?: boolean;
  limit?: string;
  offset?: string;
  cursor?: string;
}

function listShape(o: ListFlags, sortKeys: readonly string[]) {
  return {
    sort: { by: oneOf('--sort', o.sort, sortKeys) ?? 'date', dir: o.asc ? 'asc' : 'desc' },
    limit: positiveInt('--limit', o.limit, 500) ?? 100,
    ...(o.offset ? { offset: positiveInt('--offset', o.offset) } : {}),
    ...(o.cursor ? { cursor: o.cursor } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Commands.

export function registerMailroom(program: Command): void {
  registerIntake(program);
  registerOutgoingCmd(program);

  program
    .command('search')
    .argument('<text...>', 'words to find (prefixes, any case): sender, address, summary, notes, numbers')
    .option('--register <which>', 'incoming, outgoing or all', 'all')
    .option('--limit <n>', 'most hits (1-200)', '50')
    .description('full-text search over the incoming and outgoing registers (newest first; IINs masked)')
    .action((words: string[], o: { register: string; limit: string }, cmd: Command) => {
      const g = globals(cmd);
      const input = parseInput(searchSchema, {
        query: words.join(' '),
        register: o.register,
        limit: positiveInt('--limit', o.limit, 200),
      });
      withServer(g, (server) => {
        const r = server.read((db) => searchRegisters(db, input));
        emit(r, g, () =>
          r.hits.length
            ? r.hits
                .map(
                  (h) =>
                    `${h.number}  ${h.date}  ${h.name}${h.iinMasked ? ` (${h.iinMasked})` : ''}  ${h.summary}`,
                )
                .join('\n')
            : 'no matches',
        );
      });
    });

  program
    .command('seed')
    .description('fill a database with demo data')
    .command('demo')
    .requiredOption('--letters <n>', 'how many incoming letters to add (up to 10,000,000)')
    .option('--seed <n>', 'random seed (same seed, same letters)')
    .option(
      '--days <n>',
      'spread the letters over this many days ending yesterday (default: about 1,000 a day)',
    )
    .description(
      'add demo incoming letters: realistic Kazakh and Russian names, Almaty and regional addresses, valid S10 ' +
        'tracking numbers and IINs/BINs. Written in batches of 20,000 rows per transaction with one audit entry ' +
        'per batch and NO sync outbox events (demo data never reaches the central system). For demos and benchmarks only.',
    )
    .action((o: { letters: string; seed?: string; days?: string }, cmd: Command) => {
      const g = globals(cmd);
      const letters = positiveInt('--letters', o.letters, 10_000_000)!;
      if (letters < 1) usage('--letters must be at least 1');
      withServer(g, (server) => {
        const r = seedDemo(server, CLI_ACTOR, {
          letters,
          ...(o.seed ? { seed: positiveInt('--seed', o.seed) } : {}),
          ...(o.days ? { days: Math.max(1, positiveInt('--days', o.days, 36_500)!) } : {}),
          onProgress: g.json
            ? undefined
            : (done, total) => process.stderr.write(`\r${done}/${total} letters`),
        });
        if (!g.json) process.stderr.write('\n');
        emit(
          r,
          g,
          () =>
            `added ${r.letters} demo letters ${r.first} … ${r.last} (${r.from} – ${r.to}) in ${(r.ms / 1000).toFixed(1)} s`,
        );
      });
    });

  program
    .command('mailroom')
    .description('mailroom settings')
    .command('settings')
    .option('--incoming-format <pattern>', 'incoming number format, e.g. ВХ-{YYYY}-{NNNNNN}')
    .option('--outgoing-format <pattern>', 'outgoing number format, e.g. ИСХ-{YYYY}-{NNNNNN}')
    .option('--scan-max-bytes <n>', 'per-file scan limit in bytes (1 MiB - 32 MiB)')
    .description(
      'show the mailroom settings, or change them (new formats apply to numbers given from now on)',
    )
    .action(
      (o: { incomingFormat?: string; outgoingFormat?: string; scanMaxBytes?: string }, cmd: Command) => {
        const g = globals(cmd);
        withServer(g, (server) => {
          const patch = {
            ...(o.incomingFormat !== undefined ? { incomingNumberFormat: o.incomingFormat } : {}),
            ...(o.outgoingFormat !== undefined ? { outgoingNumberFormat: o.outgoingFormat } : {}),
            ...(o.scanMaxBytes !== undefined
              ? { scanMaxBytes: positiveInt('--scan-max-bytes', o.scanMaxBytes) }
              : {}),
          };
          const r = Object.keys(patch).length
            ? setMailroomSettings(server, CLI_ACTOR, parseInput(settingsSetSchema, patch))
            : server.read((db) => getMailroomSettings(db, server.now()));
          emit(r, g, () =>
            [
              `incoming format: ${r.incomingNumberFormat} (next ${r.preview.incoming})`,
              `outgoing format: ${r.outgoingNumberFormat} (next ${r.preview.outgoing})`,
              `scan limit: ${r.scanMaxBytes} bytes`,
            ].join('\n'),
          );
        });
      },
    );
}

function registerIntake(program: Command): void {
  const intake = program.command('intake').description('the incoming register (Вх. №)');

  intake
    .command('add')
    .argument('<file>', "JSON file with one letter (or an array of letters); '-' reads standard input")
    .option(
      '--confirm-warnings',
      `confirm every warning (${CONFIRMABLE_WARNINGS.join(', ')}); or list them in the JSON as confirmWarnings`,
    )
    .option(
      '--scan <file>',
      'attach a scan (PDF, JPEG, PNG, TIFF); repeat for several; single letter only',
      collect,
      [],
    )
    .description(
      'register incoming letters, with the same checks as the intake form; prints each entry with its incomingNo',
    )
    .action((file: string, o: { confirmWarnings?: boolean; scan: string[] }, cmd: Command) => {
      const g = globals(cmd);
      const raw = guarded(g, () => readJsonInput(file));
      const many = Array.isArray(raw);
      const items = many ? (raw as unknown[]) : [raw];
      if (many && o.scan.length) usage('--scan works with a single letter only');
      withServer(g, (server) => {
        const created: IncomingEntry[] = [];
        for (const [index, item] of items.entries()) {
          try {
            let input = parseInput(intakeCreateSchema, item, many ? String(index) : '');
            if (o.confirmWarnings) input = { ...input, confirmWarnings: [...CONFIRMABLE_WARNINGS] };
            if (o.scan.length) {
              const max = scanMaxBytes(server.db);
              const scans = o.scan.map((f) => ({
                fileName: path.basename(f),
                dataBase64: readScanFile(f, max).toString('base64'),
              }));
              input = { ...input, scans: [...(input.scans ?? []), ...scans] };
            }
            // Each letter is its own transaction, exactly as when a clerk saves the form.
            created.push(registerIncoming(server, CLI_ACTOR, input));
          } catch (e) {
            if (!many) failMailroom(e, g);
            // Letters before this one stay registered: report them with the failure.
            if (e instanceof PdError) {
              if (g.json)
                process.stdout.write(
                  JSON.stringify({ created, failed: { index, error: e.toPayload() } }, null, 2) + '\n',
                );
              process.stderr.write(
                `privacy-desk: letter ${index} refused: ${e.code} ${JSON.stringify(e.details ?? {})}; ${created.length} registered before it\n`,
              );
              throw new CliExit(EXIT_FAIL);
            }
            throw e;
          }
        }
        const result = many ? created : created[0]!;
        emit(result, g, () => created.map(incomingLine).join('\n'));
      });
    });

  registerEntryCommands(intake, INCOMING_CLI);
}

function registerOutgoingCmd(program: Command): void {
  const outgoing = program.command('outgoing').description('the outgoing register (Исх. №)');

  outgoing
    .command('add')
    .argument('<file>', "JSON file with one letter; '-' reads standard input")
    .option('--confirm-warnings', 'confirm tracking-number warnings')
    .description('register an outgoing letter; prints the entry with its outgoingNo')
    .action((file: string, o: { confirmWarnings?: boolean }, cmd: Command) => {
      const g = globals(cmd);
      withServer(g, (server) => {
        const e = guarded(g, () => {
          let input = parseInput(outgoingCreateSchema, readJsonInput(file));
          if (o.confirmWarnings) input = { ...input, confirmWarnings: [...CONFIRMABLE_WARNINGS] };
          return registerOutgoing(server, CLI_ACTOR, input);
        });
        emit(e, g, () => outgoingLine(e));
      });
    });

  registerEntryCommands(outgoing, OUTGOING_CLI);
}

// ---------------------------------------------------------------------------------------------
// The commands both registers have (list, get, cancel, export), from one description of each.

interface EntryCli<E extends { id: number }, Page extends { rows: unknown[]; hasMore: boolean }> {
  register: 'incoming' | 'outgoing';
  /** How the register's number is called on paper. */
  numberLabel: string;
  entity: string;
  /** Filter options beyond the period and status: flag name → the filter's key. */
  filters: { flag: string; description: string; key: string }[];
  statuses: readonly string[];
  sortKeys: readonly string[];
  listDescription: string;
  list: (server: Server, flags: ListFlags, filter: Record<string, string>) => Page;
  byNumber: (server: Server, no: string) => E | null;
  byId: (server: Server, id: number) => E | null;
  cancel: (server: Server, id: number, reason: string) => E;
  line: (r: Page['rows'][number] | E) => string;
}

const INCOMING_CLI: EntryCli<IncomingEntry, ReturnType<typeof listIncoming>> = {
  register: 'incoming',
  numberLabel: 'Вх. №',
  entity: 'incoming_letter',
  filters: [
    { flag: 'channel', description: CHANNELS.join(', '), key: 'channel' },
    { flag: 'officer', description: 'assigned officer', key: 'assignedTo' },
  ],
  statuses: INCOMING_STATUSES,
  sortKeys: INCOMING_SORT_KEYS,
  listDescription: 'list the incoming register (IINs masked): {rows, hasMore, nextCursor}',
  list: (server, flags, filter) => {
    const input = parseInput(intakeListSchema, { ...listShape(flags, INCOMING_SORT_KEYS), filter });
    return server.read((db) => listIncoming(db, input));
  },
  byNumber: (server, no) => server.read((db) => getIncoming(db, { incomingNo: no })),
  byId: (server, id) => server.read((db) => getIncoming(db, { id })),
  cancel: (server, id, reason) => cancelIncoming(server, CLI_ACTOR, { id, reason }),
  line: (r) => incomingLine(r as IncomingRow),
};

const OUTGOING_CLI: EntryCli<OutgoingEntry, ReturnType<typeof listOutgoing>> = {
  register: 'outgoing',
  numberLabel: 'Исх. №',
  entity: 'outgoing_letter',
  filters: [
    { flag: 'method', description: CHANNELS.join(', '), key: 'method' },
    { flag: 'signatory', description: 'who signed', key: 'signatory' },
  ],
  statuses: OUTGOING_STATUSES,
  sortKeys: OUTGOING_SORT_KEYS,
  listDescription: 'list the outgoing register: {rows, hasMore, nextCursor}',
  list: (server, flags, filter) => {
    const input = parseInput(outgoingListSchema, { ...listShape(flags, OUTGOING_SORT_KEYS), filter });
    return server.read((db) => listOutgoing(db, input));
  },
  byNumber: (server, no) => server.read((db) => getOutgoing(db, { outgoingNo: no })),
  byId: (server, id) => server.read((db) => getOutgoing(db, { id })),
  cancel: (server, id, reason) => cancelOutgoing(server, CLI_ACTOR, { id, reason }),
  line: (r) => outgoingLine(r as OutgoingRow),
};

function registerEntryCommands<E extends { id: number }, P extends { rows: unknown[]; hasMore: boolean }>(
  parent: Command,
  spec: EntryCli<E, P>,
): void {
  const find = (server: Server, no: string): E => {
    const e = spec.byNumber(server, no) ?? (/^\d+$/.test(no) ? spec.byId(server, Number(no)) : null);
    if (!e) throw new PdError('NOT_FOUND', { entity: spec.entity });
    return e;
  };

  const list = parent
    .command('list')
    .option('--from <date>', 'first day (YYYY-MM-DD, Almaty)')
    .option('--to <date>', 'last day (YYYY-MM-DD, Almaty)');
  for (const f of spec.filters) list.option(`--${f.flag} <value>`, f.description);
  list
    .option('--status <status>', spec.statuses.join(', '))
    .option('--sort <key>', spec.sortKeys.join(', '), 'date')
    .option('--asc', 'oldest / lowest first (default newest first)')
    .option('--limit <n>', 'rows per page (1-500)', '100')
    .option('--offset <n>', 'rows to skip')
    .option('--cursor <c>', 'nextCursor of the previous page')
    .description(spec.listDescription)
    .action((o: ListFlags & Record<string, string | undefined>, cmd: Command) => {
      const g = globals(cmd);
      const filter: Record<string, string> = {};
      if (o.from) filter.from = o.from;
      if (o.to) filter.to = o.to;
      for (const f of spec.filters) if (o[f.flag]) filter[f.key] = o[f.flag]!;
      if (o.status) filter.status = o.status;
      withServer(g, (server) => {
        const page = spec.list(server, o, filter);
        emit(
          page,
          g,
          () =>
            (page.rows.length ? page.rows.map((r) => spec.line(r)).join('\n') : 'no letters') +
            (page.hasMore ? '\n…more (use --cursor)' : ''),
        );
      });
    });

  parent
    .command('get')
    .argument('<number>', `the ${spec.numberLabel} (or the numeric id)`)
    .description('one entry in full (with the IIN, scans listed)')
    .action((no: string, _o, cmd: Command) => {
      const g = globals(cmd);
      withServer(g, (server) => {
        const e = find(server, no);
        emit(e, g, () => spec.line(e));
      });
    });

  parent
    .command('cancel')
    .argument('<number>', `the ${spec.numberLabel}`)
    .requiredOption('--reason <text>', 'why (kept with the entry)')
    .description('mark an entry cancelled; it keeps its number')
    .action((no: string, o: { reason: string }, cmd: Command) => {
      const g = globals(cmd);
      if (o.reason.trim().length < 3) usage('--reason needs at least 3 characters');
      withServer(g, (server) => {
        const e = spec.cancel(server, find(server, no).id, o.reason);
        emit(e, g, () => spec.line(e));
      });
    });

  registerExport(parent, spec.register);
}

function registerExport(parent: Command, register: 'incoming' | 'outgoing'): void {
  parent
    .command('export')
    .requiredOption('--from <date>', 'first day (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'last day (YYYY-MM-DD)')
    .requiredOption('--out <file>', 'file to write (must not exist)')
    .option('--format <format>', 'csv or docx (default: from the --out extension)')
    .option('--lang <lang>', 'headings: ru, kk or en', 'ru')
    .option('--delimiter <d>', "CSV delimiter: ',' (default) or ';' (Excel with a Russian or Kazakh locale)")
    .description(
      `export the ${register} register for a period as CSV (UTF-8 with BOM) or a printable DOCX table (IINs masked; audited)`,
    )
    .action(
      async (
        o: { from: string; to: string; out: string; format?: string; lang: string; delimiter?: string },
        cmd: Command,
      ) => {
        const g = globals(cmd);
        const format = o.format ?? (o.out.toLowerCase().endsWith('.docx') ? 'docx' : 'csv');
        const input = parseInput(exportSchema, {
          register,
          from: o.from,
          to: o.to,
          format,
          lang: o.lang,
          ...(o.delimiter ? { delimiter: o.delimiter } : {}),
        });
        await withServerAsync(g, async (s) => {
          const built = await guardedAsync(g, () => buildExport(s, CLI_ACTOR, input));
          writeFileSync(o.out, built.data, { flag: 'wx', mode: PRIVATE_MODE });
          const result = { file: o.out, rows: built.rows, bytes: built.data.length, mime: built.mime };
          emit(result, g, () => `wrote ${o.out}: ${built.rows} rows, ${built.data.length} bytes`);
        });
      },
    );
}

/** withServer for an async body: the database stays open until the body settles. */
async function withServerAsync<T>(g: GlobalOptions, fn: (server: Server) => Promise<T>): Promise<T> {
  const server = Server.open({ file: dbFile(g), key: resolveKey({ keyFile: g.keyFile }) });
  try {
    return await fn(server);
  } finally {
    server.close();
  }
}
