// The commands both registers have, from one description of each register.
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { PRIVATE_MODE } from '../core/private-files';
import type { z } from 'zod';
import { exportSchema } from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import { buildExport } from './export';
import type { Server } from '../sql/server';
import type { ListOptions } from '../sql/paging';
import type { RegisterParts } from './register-parts';
import { CLI_ACTOR, globals, withServer, withServerAsync } from '../cli/context';
import { emit } from '../cli/output';
import { guardedAsync, listShape, parseInput, usage, type ListFlags } from './cli-support';

/** What only one register brings to its commands. */
interface RegisterCli<S extends string, F, R, E> {
  /** `add` is where the registers differ (batches and scans come in, not out). */
  add: (parent: Command) => void;
  listSchema: z.ZodType<ListOptions<S, F>>;
  line: (r: R | E) => string;
  /** Said after "list the … register" in the help line. */
  listNote?: string;
}

/** One register's command group: add, list, get, cancel, export. */
export function registerRegisterCommands<S extends string, F, R, E extends { id: number }, C, U>(
  program: Command,
  command: 'intake' | 'outgoing',
  { sql, cancel }: RegisterParts<S, F, R, E, C, U>,
  spec: RegisterCli<S, F, R, E>,
): void {
  const { d } = sql;
  const filters = [d.filters.channel, d.filters.party];
  const parent = program.command(command).description(`the ${d.register} register (${d.numberLabel})`);
  spec.add(parent);
  const find = (server: Server, no: string): E => {
    const byNumber = server.read((db) => sql.get(db, { number: no }));
    const e = byNumber ?? (/^\d+$/.test(no) ? server.read((db) => sql.get(db, { id: Number(no) })) : null);
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
    .description(`list the ${d.register} register${spec.listNote ?? ''}: {rows, hasMore, nextCursor}`)
    .action((o: ListFlags & Record<string, string | undefined>, cmd: Command) => {
      const g = globals(cmd);
      const filter: Record<string, string> = {};
      if (o.from) filter.from = o.from;
      if (o.to) filter.to = o.to;
      for (const f of filters) if (o[f.flag]) filter[f.key] = o[f.flag]!;
      if (o.status) filter.status = o.status;
      withServer(g, (server) => {
        const input = parseInput(spec.listSchema, { ...listShape(o, d.sortKeys), filter });
        const page = server.read((db) => sql.list(db, input));
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
        const e = cancel(server, CLI_ACTOR, { id: find(server, no).id, reason: o.reason });
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
