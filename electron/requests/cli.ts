// Subject-request commands: open, list, get, verify, move, decide and purge requests; compute a
// deadline; manage calendar years. The same core functions and validation as the app's handlers;
// a JSON file given to a command uses the contract's field names ("-" reads stdin).
import { xmlSafe } from '../../common/contract/text';
import { Option, type Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { PRIVATE_MODE } from '../core/private-files';
import { MAX_JSON_BYTES, MAX_TEXT_BYTES, readBoundedText, readProblem } from '../core/read-bounded';
import type { z } from 'zod';
import { computeDeadline } from '../../common/deadlines/deadlines';
import { almatyDate } from '../../common/time/almaty';
import { PdError } from '../../common/errors';
import { decisionInputSchema } from '../../common/requests/decisions';
import {
  REQUEST_ERROR_CODES,
  REQUEST_HUMAN_ERRORS,
  type RequestErrorCode,
} from '../../common/requests/errors';
import { listRequestsSchema, openRequestSchema, verificationSchema } from '../../common/requests/schemas';
import { CANCEL_OUTCOMES, PAUSE_REASONS, REQUEST_STATES, REQUEST_TYPES } from '../../common/requests/vocab';
import { resolveKey } from '../core/keys';
import * as rq from '.';
import { shippedDeadlineData } from './deadlines';
import { Server } from '../sql/server';
import { CLI_ACTOR, dbFile, globals, type GlobalOptions } from '../cli/context';
import { CliExit, emit, EXIT_FAIL, EXIT_USAGE } from '../cli/output';

// ---------------------------------------------------------------------------------------------
// Helpers.

function fail(e: unknown, g: GlobalOptions): never {
  if (
    e instanceof PdError &&
    ((REQUEST_ERROR_CODES as readonly string[]).includes(e.code) ||
      e.code === 'VALIDATION' ||
      e.code === 'NOT_FOUND')
  ) {
    const payload = e.toPayload();
    if (g.json) process.stdout.write(JSON.stringify({ error: payload }, null, 2) + '\n');
    const text =
      REQUEST_HUMAN_ERRORS[payload.code as RequestErrorCode] ??
      (payload.code === 'NOT_FOUND' ? 'not found' : 'the input is not valid');
    process.stderr.write(`privacy-desk: ${payload.code}: ${text} ${JSON.stringify(payload.details ?? {})}\n`);
    throw new CliExit(EXIT_FAIL);
  }
  throw e;
}

export function usage(message: string): never {
  process.stderr.write(`privacy-desk: ${message}\n`);
  throw new CliExit(EXIT_USAGE);
}

/** Opens the database for one command; `now` fixes the clock (tests, or a purge "as of"). */
export function withDb<T>(g: GlobalOptions, fn: (server: Server) => T, now?: string): T {
  let clock: (() => Date) | undefined;
  if (now !== undefined) {
    const at = new Date(now);
    if (Number.isNaN(at.getTime())) usage('--now must be an ISO date-time, e.g. 2026-12-31T12:00:00+05:00');
    clock = () => new Date(at.getTime());
  }
  const server = Server.open({
    file: dbFile(g),
    key: resolveKey({ keyFile: g.keyFile }),
    ...(clock ? { clock } : {}),
  });
  try {
    return fn(server);
  } catch (e) {
    return fail(e, g);
  } finally {
    server.close();
  }
}

export function readJsonArg(file: string): unknown {
  let text: string;
  try {
    text = readBoundedText(file, MAX_JSON_BYTES);
  } catch (e) {
    usage(`cannot read ${file === '-' ? 'stdin' : file} (${readProblem(e)})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    usage(`${file === '-' ? 'stdin' : file} is not valid JSON (${(e as Error).message})`);
  }
}

/** Validates like the contract does; issues name the path and the problem, never the value. */
export function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = xmlSafe(schema).safeParse(raw);
  if (!r.success) {
    throw new PdError('VALIDATION', {
      issues: r.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        code: i.code,
        message: i.message,
      })),
    });
  }
  return r.data;
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

const human = (r: { id: string; type: string; state: string; due: string; daysLeft: number }) =>
  `${r.id}  ${r.type}  ${r.state}  due ${r.due} (${r.daysLeft} working days left)`;

// ---------------------------------------------------------------------------------------------

export function registerRequests(program: Command, deps: rq.RequestsDeps): void {
  const request = program
    .command('request')
    .description('subject requests: open, list, verify, decide, purge');

  request
    .command('open')
    .argument('<file>', 'JSON with the request (the contract’s requests.open input), or - for stdin')
    .description('open a request from incoming letters (or directly, with "direct": {reason, note})')
    .action((file: string, _o, cmd: Command) => {
      const g = globals(cmd);
      withDb(g, (server) => {
        const input = parse(openRequestSchema, readJsonArg(file));
        const r = rq.openRequest(server, CLI_ACTOR, input);
        emit(
          r,
          g,
          () => `opened ${human(r)}${r.warnings.length ? `\nwarnings: ${r.warnings.join(', ')}` : ''}`,
        );
      });
    });

  request
    .command('list')
    .description('list requests (most urgent first)')
    .option('--state <state>', `state(s), comma-separated: ${REQUEST_STATES.join(', ')}`, list)
    .option('--type <type>', 'request type(s), comma-separated', list)
    .option('--due-before <date>', 'due (policy) on or before YYYY-MM-DD')
    .option('--running', 'only requests whose deadline is running (not answered yet)')
    .option('--officer <name>', 'responsible officer')
    .option('--search <text>', 'request number, Вх. №, IIN, or the start of the name')
    .option('--limit <n>', 'rows (default 100)')
    .option('--offset <n>', 'rows to skip')
    .action(
      (
        o: {
          state?: string[];
          type?: string[];
          dueBefore?: string;
          running?: boolean;
          officer?: string;
          search?: string;
          limit?: string;
          offset?: string;
        },
        cmd: Command,
      ) => {
        const g = globals(cmd);
        withDb(g, (server) => {
          const q = parse(listRequestsSchema, {
            ...(o.state ? { state: o.state } : {}),
            ...(o.type ? { type: o.type } : {}),
            ...(o.dueBefore ? { dueBefore: o.dueBefore } : {}),
            ...(o.running ? { running: true } : {}),
            ...(o.officer ? { officer: o.officer } : {}),
            ...(o.search ? { search: o.search } : {}),
            ...(o.limit ? { limit: Number(o.limit) } : {}),
            ...(o.offset ? { offset: Number(o.offset) } : {}),
          });
          const r = rq.listRequests(server, q);
          emit(r, g, () => [`${r.total} requests (today ${r.today})`, ...r.items.map(human)].join('\n'));
        });
      },
    );

  request
    .command('get')
    .argument('<id>', 'request number, e.g. RQ-2026-000001')
    .description('one request with its deadline, letters, history, decisions and actions')
    .action((id: string, _o, cmd: Command) => {
      const g = globals(cmd);
      withDb(g, (server) => {
        const r = rq.getRequest(server, id);
        emit(
          r,
          g,
          () =>
            `${human(r)}\nactions: ${r.actions.map((a) => `${a.action} ${a.status}`).join(', ') || 'none'}`,
        );
      });
    });

  request
    .command('verify')
    .argument('<id>', 'request number')
    .argument(
      '<file>',
      'JSON: {"method": "document", "documentType", "numberLast4", "issuer", "issuedOn"} or {"method": "not_required", "reason"}; - for stdin',
    )
    .option('--no-advance', 'record only; do not move new/verifying to in_progress')
    .description('record identity verification (the document seen, never a copy)')
    .action((id: string, file: string, o: { advance: boolean }, cmd: Command) => {
      const g = globals(cmd);
      withDb(g, (server) => {
        const v = parse(verificationSchema, readJsonArg(file));
        const r = rq.verifyRequest(server, CLI_ACTOR, { id, verification: v, advance: o.advance });
        emit(r, g, () => `verified ${human(r)}`);
      });
    });

  request
    .command('transition')
    .argument('<id>', 'request number')
    .addOption(
      new Option('--to <state>', 'target state')
        .choices(['verifying', 'in_progress', 'answered', 'closed'])
        .makeOptionMandatory(),
    )
    .option('--note <text>', 'note kept in the history')
    .option('--reply <outgoingNo>', 'answered: the reply’s Исх. №')
    .option('--answered-at <iso>', 'answered: when the reply left (default now)')
    .description('move a request: verifying, in_progress, answered, closed')
    .action(
      (
        id: string,
        o: {
          to: 'verifying' | 'in_progress' | 'answered' | 'closed';
          note?: string;
          reply?: string;
          answeredAt?: string;
        },
        cmd: Command,
      ) => {
        const g = globals(cmd);
        withDb(g, (server) => {
          const r = rq.transitionRequest(server, CLI_ACTOR, {
            id,
            to: o.to,
            note: o.note ?? null,
            replyOutgoingNo: o.reply ?? null,
            answeredAt: o.answeredAt ?? null,
          });
          emit(r, g, () => human(r));
        });
      },
    );

  request
    .command('pause')
    .argument('<id>', 'request number')
    .addOption(new Option('--reason <code>', 'why').choices([...PAUSE_REASONS]).makeOptionMandatory())
    .option('--note <text>', 'details (required for reason other)')
    .description('pause a request (the due date does not move: the law has no extension)')
    .action((id: string, o: { reason: (typeof PAUSE_REASONS)[number]; note?: string }, cmd: Command) => {
      const g = globals(cmd);
      if (o.reason === 'other' && !o.note) usage('--note is required with --reason other');
      withDb(g, (server) => {
        const r = rq.pauseRequest(server, CLI_ACTOR, { id, reason: o.reason, note: o.note ?? null });
        emit(r, g, () => human(r));
      });
    });

  request
    .command('resume')
    .argument('<id>', 'request number')
    .option('--note <text>', 'note kept in the history')
    .description('resume a paused request (back to the state it was paused in)')
    .action((id: string, o: { note?: string }, cmd: Command) => {
      const g = globals(cmd);
      withDb(g, (server) => {
        const r = rq.resumeRequest(server, CLI_ACTOR, { id, note: o.note ?? null });
        emit(r, g, () => human(r));
      });
    });

  request
    .command('cancel')
    .argument('<id>', 'request number')
    .requiredOption('--reason <text>', 'why (required)')
    .addOption(
      new Option('--outcome <code>', 'how it ends').choices([...CANCEL_OUTCOMES]).default('cancelled'),
    )
    .description('cancel a request (reason required)')
    .action((id: string, o: { reason: string; outcome: (typeof CANCEL_OUTCOMES)[number] }, cmd: Command) => {
      const g = globals(cmd);
      if (o.reason.trim().length < 3) usage('--reason must say why (3 characters or more)');
      withDb(g, (server) => {
        const r = rq.cancelRequest(server, CLI_ACTOR, { id, outcome: o.outcome, reason: o.reason.trim() });
        emit(r, g, () => human(r));
      });
    });

  request
    .command('decide')
    .argument('<id>', 'request number')
    .argument(
      '<file>',
      'JSON decision (the contract’s decision input; "type" defaults to the request’s), or - for stdin',
    )
    .option('--dry-run', 'show the actions and warnings it would give, save nothing')
    .description('record a decision; its actions are queued for the central system in the same transaction')
    .action((id: string, file: string, o: { dryRun?: boolean }, cmd: Command) => {
      const g = globals(cmd);
      withDb(g, (server) => {
        const raw = readJsonArg(file);
        const obj =
          raw && typeof raw === 'object' && !Array.isArray(raw)
            ? { ...(raw as Record<string, unknown>) }
            : raw;
        if (obj && typeof obj === 'object' && !('type' in obj))
          (obj as Record<string, unknown>).type = rq.getRequest(server, id).type;
        // Words people use for the outcome.
        const aliases: Record<string, string> = {
          approve: 'granted',
          approved: 'granted',
          grant: 'granted',
          refuse: 'refused',
          refusal: 'refused',
          partial: 'partially_granted',
        };
        if (obj && typeof obj === 'object' && typeof (obj as Record<string, unknown>).outcome === 'string') {
          const out = (obj as Record<string, unknown>).outcome as string;
          if (aliases[out]) (obj as Record<string, unknown>).outcome = aliases[out];
        }
        const d = parse(decisionInputSchema, obj);
        if (o.dryRun) {
          const p = rq.previewDecision(server, id, d);
          emit(
            p,
            g,
            () =>
              `would queue: ${p.actions.map((a) => a.action).join(', ') || 'nothing'}; warnings: ${p.warnings.join(', ') || 'none'}; problems: ${p.problems.map((x) => x.code).join(', ') || 'none'}`,
          );
          return;
        }
        const r = rq.decide(server, CLI_ACTOR, { id, decision: d });
        emit(
          r,
          g,
          () =>
            `${human(r.request)}\nqueued: ${r.actions.map((a) => `${a.action} (${a.id})`).join(', ') || 'nothing'}${r.warnings.length ? `\nwarnings: ${r.warnings.join(', ')}` : ''}`,
        );
      });
    });

  request
    .command('purge')
    .description(
      'purge the desk’s copy of subjects whose requests closed with erasure and whose retention ended',
    )
    .option('--dry-run', 'show what would be purged, change nothing')
    .option('--now <iso>', 'run as of this instant (default now)')
    .action((o: { dryRun?: boolean; now?: string }, cmd: Command) => {
      const g = globals(cmd);
      withDb(
        g,
        (server) => {
          const r = rq.runPurge(server, CLI_ACTOR, { dryRun: !!o.dryRun }, deps.purge);
          emit(r, g, () =>
            [
              `${r.dryRun ? 'would purge' : 'purged'} ${r.purged.length} request(s): ${r.purged.map((p) => p.requestId).join(', ') || 'none'}`,
              r.deferred.length
                ? `deferred: ${r.deferred.map((d) => `${d.requestId} (${d.reason})`).join(', ')}`
                : '',
            ]
              .filter(Boolean)
              .join('\n'),
          );
        },
        o.now,
      );
    });

  request
    .command('dashboard')
    .description('overdue, due today, due on the next working day, per officer; letters awaiting a request')
    .option('--now <iso>', 'as of this instant (default now)')
    .action((o: { now?: string }, cmd: Command) => {
      const g = globals(cmd);
      withDb(
        g,
        (server) => {
          const d = rq.dashboard(server);
          emit(d, g, () =>
            [
              `today ${d.today}, next working day ${d.nextWorkingDay}`,
              `overdue ${d.overdue.length}, due today ${d.dueToday.length}, due next working day ${d.dueTomorrow.length}`,
              `letters awaiting a request: ${d.awaitingRequest.total}`,
            ].join('\n'),
          );
        },
        o.now,
      );
    });

  request
    .command('report')
    .description(
      'requests received in a period: by type and state, on-time rates, median working days, overdue',
    )
    .requiredOption('--from <date>', 'first day (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'last day (YYYY-MM-DD)')
    .option('--csv <file>', 'also write the rows as CSV (UTF-8 with BOM)')
    .addOption(new Option('--lang <lang>', 'CSV headings').choices(['kk', 'ru', 'en']).default('ru'))
    .action((o: { from: string; to: string; csv?: string; lang: 'kk' | 'ru' | 'en' }, cmd: Command) => {
      const g = globals(cmd);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(o.from) || !/^\d{4}-\d{2}-\d{2}$/.test(o.to) || o.from > o.to)
        usage('--from and --to must be dates YYYY-MM-DD, from <= to');
      withDb(g, (server) => {
        const r = rq.report(server, o.from, o.to);
        if (o.csv)
          writeFileSync(o.csv, rq.reportCsv(server, o.from, o.to, o.lang).content, {
            encoding: 'utf8',
            mode: PRIVATE_MODE,
          });
        emit(
          r,
          g,
          () =>
            `${r.total} requests; on time (policy) ${r.onTime.policy.onTime}/${r.onTime.policy.answered}; median ${r.medianWorkingDaysToAnswer ?? '-'} working days; overdue ${r.overdue.length}`,
        );
      });
    });

  program
    .command('deadline')
    .description('the deadline of a request type received at an instant (Kazakhstan working days)')
    .addOption(new Option('--type <type>', 'request type').choices([...REQUEST_TYPES]).makeOptionMandatory())
    .requiredOption(
      '--received <iso>',
      'when received: ISO date-time with offset (2026-03-20T17:00:00+05:00) or a date',
    )
    .action((o: { type: (typeof REQUEST_TYPES)[number]; received: string }, cmd: Command) => {
      const g = globals(cmd);
      try {
        almatyDate(o.received);
      } catch {
        usage(
          '--received must be an ISO date-time with offset (e.g. 2026-03-20T17:00:00+05:00) or a date YYYY-MM-DD',
        );
      }
      // The administrator's calendar and rules when a database is named, else the shipped files.
      const useDb = g.db !== undefined || !!process.env.PRIVACY_DESK_DB;
      const d = useDb
        ? withDb(g, (server) => server.read((db) => rq.computeFor(db, o.type, o.received)))
        : (() => {
            const { calendar, rules } = shippedDeadlineData();
            return computeDeadline(calendar, rules, o.type, o.received);
          })();
      const out = {
        type: d.type,
        received: d.received,
        due: d.due,
        statutoryDue: d.statutoryDue,
        workingDays: d.workingDays,
        statutoryWorkingDays: d.statutoryWorkingDays,
        warnings: d.warnings,
      };
      emit(
        out,
        g,
        () =>
          `${d.type} received ${d.received}: due ${d.due} (${d.workingDays} working days), statutory ${d.statutoryDue} (${d.statutoryWorkingDays})${d.warnings.length ? `\nwarnings: ${d.warnings.join(', ')}` : ''}`,
      );
    });

  const calendar = program
    .command('calendar')
    .description('working-day calendar years (shipped files, administrator edits and imports)');
  calendar
    .command('years')
    .description('the years with calendar data and where each comes from')
    .action((_o, cmd: Command) => {
      const g = globals(cmd);
      withDb(g, (server) => {
        const ys = rq.listCalendarYears(server);
        emit(ys, g, () =>
          ys
            .map(
              (y) =>
                `${y.year}  ${y.origin}${y.version ? ` v${y.version}` : ''}  ${y.workingDays ?? '-'} working days`,
            )
            .join('\n'),
        );
      });
    });
  calendar
    .command('import')
    .argument('<file>', 'a <year>.json calendar file (the schema of resources/calendar)')
    .description(
      'import a calendar year into the database (validated; versioned; deadlines of open requests follow)',
    )
    .action((file: string, _o, cmd: Command) => {
      const g = globals(cmd);
      let text: string;
      try {
        text = readBoundedText(file, MAX_TEXT_BYTES);
      } catch (e) {
        usage(`cannot read ${file} (${readProblem(e)})`);
      }
      withDb(g, (server) => {
        const r = rq.importCalendarFile(server, CLI_ACTOR, { content: text });
        emit(
          r,
          g,
          () =>
            `imported ${r.year.year} v${r.year.version}: ${r.year.workingDays} working days; ${r.recomputed.changed.length} request due dates changed`,
        );
      });
    });
}
