// The commands both registers have, from one description of each register.
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { PRIVATE_MODE } from '../core/private-files';
import {
  exportSchema,
  INCOMING_SORT_KEYS,
  intakeListSchema,
  OUTGOING_SORT_KEYS,
  outgoingListSchema,
  type IncomingEntry,
  type IncomingRow,
  type OutgoingEntry,
  type OutgoingRow,
} from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import { buildExport } from './export';
import { cancelOutgoing } from './outgoing';
import { cancelIncoming } from './intake';
import { getIncoming, listIncoming } from './sql/incoming';
import { getOutgoing, listOutgoing } from './sql/outgoing';
import type { DB, Server } from '../sql/server';
import {
  INCOMING_REGISTER,
  OUTGOING_REGISTER,
  type RegisterDescriptor,
} from '../../common/mailroom/registers';
import { CLI_ACTOR, globals, withServer, withServerAsync } from '../cli/context';
import { emit } from '../cli/output';
import {
  guardedAsync,
  incomingLine,
  listShape,
  outgoingLine,
  parseInput,
  usage,
  type ListFlags,
} from './cli-support';
import { addIncomingCommand, addOutgoingCommand } from './cli-add';

interface EntryCli<E extends { id: number }, Page extends { rows: unknown[]; hasMore: boolean }> {
  /** Table, number label, entity, statuses, sort keys and filters. */
  d: RegisterDescriptor;
  /** The command group and its help line. */
  command: 'intake' | 'outgoing';
  description: string;
  /** `add` is where the registers differ (batches and scans come in, not out). */
  addCommand: (parent: Command) => void;
  listDescription: string;
  list: (server: Server, flags: ListFlags, filter: Record<string, string>) => Page;
  get: (db: DB, key: { id: number } | { number: string }) => E | null;
  cancel: (server: Server, id: number, reason: string) => E;
  line: (r: Page['rows'][number] | E) => string;
}

export const INCOMING_CLI: EntryCli<IncomingEntry, ReturnType<typeof listIncoming>> = {
  d: INCOMING_REGISTER,
  command: 'intake',
  description: 'the incoming register (Вх. №)',
  addCommand: addIncomingCommand,
  listDescription: 'list the incoming register (IINs masked): {rows, hasMore, nextCursor}',
  list: (server, flags, filter) => {
    const input = parseInput(intakeListSchema, { ...listShape(flags, INCOMING_SORT_KEYS), filter });
    return server.read((db) => listIncoming(db, input));
  },
  get: (db, key) => getIncoming(db, 'id' in key ? key : { incomingNo: key.number }),
  cancel: (server, id, reason) => cancelIncoming(server, CLI_ACTOR, { id, reason }),
  line: (r) => incomingLine(r as IncomingRow),
};

export const OUTGOING_CLI: EntryCli<OutgoingEntry, ReturnType<typeof listOutgoing>> = {
  d: OUTGOING_REGISTER,
  command: 'outgoing',
  description: 'the outgoing register (Исх. №)',
  addCommand: addOutgoingCommand,
  listDescription: 'list the outgoing register: {rows, hasMore, nextCursor}',
  list: (server, flags, filter) => {
    const input = parseInput(outgoingListSchema, { ...listShape(flags, OUTGOING_SORT_KEYS), filter });
    return server.read((db) => listOutgoing(db, input));
  },
  get: (db, key) => getOutgoing(db, 'id' in key ? key : { outgoingNo: key.number }),
  cancel: (server, id, reason) => cancelOutgoing(server, CLI_ACTOR, { id, reason }),
  line: (r) => outgoingLine(r as OutgoingRow),
};

/** One register's command group: add, list, get, cancel, export. */
export function registerRegisterCommands<
  E extends { id: number },
  P extends { rows: unknown[]; hasMore: boolean },
>(program: Command, spec: EntryCli<E, P>): void {
  const { d } = spec;
  const filters = [d.filters.channel, d.filters.party];
  const parent = program.command(spec.command).description(spec.description);
  spec.addCommand(parent);
  const find = (server: Server, no: string): E => {
    const byNumber = server.read((db) => spec.get(db, { number: no }));
    const e = byNumber ?? (/^\d+$/.test(no) ? server.read((db) => spec.get(db, { id: Number(no) })) : null);
    if (!e) throw new PdError('NOT_FOUND', { entity: d.entity });
    return e;
  };

  const list = parent
    .command('list')
    .option('--from <date>', 'first day (YYYY-MM-DD, Almaty)')
    .option('--to <date>', 'last day (YYYY-MM-DD, Almaty)');
  for (const f of filters) list.option(`--${f.flag} <value>`, f.description);
  list
    .option('--status <status>', d.statuses.join(', '))
    .option('--sort <key>', d.sortKeys.join(', '), 'date')
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
      for (const f of filters) if (o[f.flag]) filter[f.key] = o[f.flag]!;
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
    .argument('<number>', `the ${d.numberLabel} (or the numeric id)`)
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
    .argument('<number>', `the ${d.numberLabel}`)
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

  registerExport(parent, d.register);
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
