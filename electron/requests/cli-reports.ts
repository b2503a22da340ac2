// Request commands that look across requests (purge, dashboard, report) and the deadline
// calendar they are measured with.
import { Option, type Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { PRIVATE_MODE } from '../core/private-files';
import { MAX_TEXT_BYTES, readBoundedText, readProblem } from '../core/read-bounded';
import { computeDeadline } from '../../common/deadlines/deadlines';
import { almatyDate } from '../../common/time/almaty';
import { REQUEST_TYPES } from '../../common/requests/vocab';
import * as rq from '.';
import { shippedDeadlineData } from './deadlines';
import { CLI_ACTOR, globals } from '../cli/context';
import { emit } from '../cli/output';
import { runWithDb, usage, withDb } from './cli-support';

export function registerReports(request: Command, deps: rq.RequestsDeps): void {
  request
    .command('purge')
    .description(
      'purge the desk’s copy of subjects whose requests closed with erasure and whose retention ended',
    )
    .option('--dry-run', 'show what would be purged, change nothing')
    .option('--now <iso>', 'run as of this instant (default now)')
    .action((o: { dryRun?: boolean; now?: string }, cmd: Command) =>
      runWithDb(
        cmd,
        (server) => rq.runPurge(server, CLI_ACTOR, { dryRun: !!o.dryRun }, deps.purge),
        (r) =>
          [
            `${r.dryRun ? 'would purge' : 'purged'} ${r.purged.length} request(s): ${r.purged.map((p) => p.requestId).join(', ') || 'none'}`,
            r.deferred.length
              ? `deferred: ${r.deferred.map((d) => `${d.requestId} (${d.reason})`).join(', ')}`
              : '',
          ]
            .filter(Boolean)
            .join('\n'),
        o.now,
      ),
    );

  request
    .command('dashboard')
    .description('overdue, due today, due on the next working day, per officer; letters awaiting a request')
    .option('--now <iso>', 'as of this instant (default now)')
    .action((o: { now?: string }, cmd: Command) =>
      runWithDb(
        cmd,
        (server) => rq.dashboard(server),
        (d) =>
          [
            `today ${d.today}, next working day ${d.nextWorkingDay}`,
            `overdue ${d.overdue.length}, due today ${d.dueToday.length}, due next working day ${d.dueTomorrow.length}`,
            `letters awaiting a request: ${d.awaitingRequest.total}`,
          ].join('\n'),
        o.now,
      ),
    );

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
      if (!/^\d{4}-\d{2}-\d{2}$/.test(o.from) || !/^\d{4}-\d{2}-\d{2}$/.test(o.to) || o.from > o.to)
        usage('--from and --to must be dates YYYY-MM-DD, from <= to');
      runWithDb(
        cmd,
        (server) => {
          const r = rq.report(server, o.from, o.to);
          if (o.csv)
            writeFileSync(o.csv, rq.reportCsv(server, o.from, o.to, o.lang).content, {
              encoding: 'utf8',
              mode: PRIVATE_MODE,
            });
          return r;
        },
        (r) =>
          `${r.total} requests; on time (policy) ${r.onTime.policy.onTime}/${r.onTime.policy.answered}; median ${r.medianWorkingDaysToAnswer ?? '-'} working days; overdue ${r.overdue.length}`,
      );
    });
}

export function registerDeadline(program: Command): void {
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
}

export function registerCalendar(program: Command): void {
  const calendar = program
    .command('calendar')
    .description('working-day calendar years (shipped files, administrator edits and imports)');
  calendar
    .command('years')
    .description('the years with calendar data and where each comes from')
    .action((_o, cmd: Command) =>
      runWithDb(
        cmd,
        (server) => rq.listCalendarYears(server),
        (ys) =>
          ys
            .map(
              (y) =>
                `${y.year}  ${y.origin}${y.version ? ` v${y.version}` : ''}  ${y.workingDays ?? '-'} working days`,
            )
            .join('\n'),
      ),
    );
  calendar
    .command('import')
    .argument('<file>', 'a <year>.json calendar file (the schema of resources/calendar)')
    .description(
      'import a calendar year into the database (validated; versioned; deadlines of open requests follow)',
    )
    .action((file: string, _o, cmd: Command) => {
      let text: string;
      try {
        text = readBoundedText(file, MAX_TEXT_BYTES);
      } catch (e) {
        usage(`cannot read ${file} (${readProblem(e)})`);
      }
      runWithDb(
        cmd,
        (server) => rq.importCalendarFile(server, CLI_ACTOR, { content: text }),
        (r) =>
          `imported ${r.year.year} v${r.year.version}: ${r.year.workingDays} working days; ${r.recomputed.changed.length} request due dates changed`,
      );
    });
}
