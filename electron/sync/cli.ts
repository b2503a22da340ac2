import type { Command } from 'commander';
import { MAX_TEXT_BYTES, readBoundedText } from '../core/read-bounded';
import {
  annotateRejectedEvent,
  configureSync,
  getSyncStatus,
  listActionResults,
  listNeedsAttention,
  readSyncSettings,
  retryRejectedEvent,
  runSyncPass,
  type SyncPassResult,
} from '.';
import { CLI_ACTOR, globals, withServer, withServerAsync } from '../cli/context';
import { wholeNumber } from '../cli/args';
import { emit } from '../cli/output';
import { runCommand } from '../cli/run';
import type { Server } from '../sql/server';

function int(v: string | undefined, name: string, min: number): number | undefined {
  return wholeNumber(name, v, { min });
}

/** A token on the command line wins over one in a file. */
function tokenOf(o: { token?: string; tokenFile?: string }): string | undefined {
  return o.token ?? (o.tokenFile ? readBoundedText(o.tokenFile, MAX_TEXT_BYTES).trim() : undefined);
}

/** Exit 1 when the pass could not finish and events are still waiting, or sync is misconfigured. */
function passOk(r: SyncPassResult): boolean {
  if (r.state === 'not_configured' || r.state === 'unauthorized' || r.state === 'cert_untrusted')
    return false;
  return r.state === 'up_to_date' || r.pending - r.heldBack === 0;
}

export function registerSync(program: Command): void {
  const sync = program
    .command('sync')
    .description('push the outbox to the central system and pull action results');

  registerRun(sync);
  registerStatusAndConfig(sync);
  registerAttention(sync);
}

interface RunFlags {
  central?: string;
  token?: string;
  tokenFile?: string;
  batchSize?: string;
  timeoutMs: string;
  maxAttempts: string;
  retryBaseMs: string;
  retryMaxMs: string;
  results: boolean;
  progress?: boolean;
}

function registerRun(sync: Command): void {
  sync
    .command('run')
    .description('one pass: send until the outbox is empty or central is unreachable, then pull results')
    .option('--central <url>', 'central URL (default: the stored setting)')
    .option('--token <token>', "the desk's bearer token (default: the stored setting)")
    .option('--token-file <file>', 'read the token from a file')
    .option('--batch-size <n>', 'events per request (default: setting, else 100)')
    .option('--timeout-ms <ms>', 'whole-request timeout', '30000')
    .option('--max-attempts <n>', 'attempts per request before giving up', '5')
    .option('--retry-base-ms <ms>', 'first backoff bound (full jitter, doubling)', '500')
    .option('--retry-max-ms <ms>', 'backoff cap', '30000')
    .option('--no-results', 'do not pull action results')
    .option('--progress', 'one JSON line per batch on stderr')
    .action(async (o: RunFlags, cmd: Command) => {
      const g = globals(cmd);
      const token = tokenOf(o);
      const batchSize = int(o.batchSize, '--batch-size', 1);
      const r = await withServerAsync(g, (server) =>
        runSyncPass(server, {
          ...(o.central ? { centralUrl: o.central } : {}),
          ...(token ? { token } : {}),
          ...(batchSize !== undefined ? { batchSize } : {}),
          timeoutMs: int(o.timeoutMs, '--timeout-ms', 1)!,
          maxAttempts: int(o.maxAttempts, '--max-attempts', 1)!,
          backoff: {
            baseMs: int(o.retryBaseMs, '--retry-base-ms', 0)!,
            maxMs: int(o.retryMaxMs, '--retry-max-ms', 0)!,
          },
          actor: CLI_ACTOR,
          pullResults: o.results,
          ...(o.progress ? { onProgress: (p) => process.stderr.write(JSON.stringify(p) + '\n') } : {}),
        }),
      );
      emit(
        r,
        g,
        () =>
          `${r.state}${r.error ? ` (${r.error})` : ''}: sent ${r.sent}, accepted ${r.accepted}, duplicates ${r.duplicates}, rejected ${r.rejected}; ` +
          `pending ${r.pending}${r.heldBack ? ` (${r.heldBack} held back)` : ''}, needs attention ${r.needsAttention}, results pulled ${r.resultsPulled}` +
          (r.skewWarning
            ? `\nwarning: this computer's clock is off by ${Math.round((r.clockSkewMs ?? 0) / 1000)} s from central`
            : ''),
        passOk(r),
      );
    });
}

function registerStatusAndConfig(sync: Command): void {
  sync
    .command('status')
    .description('what the status bar shows: state, last sync, pending, needs attention, clock skew')
    .action((_o, cmd: Command) =>
      runCommand(
        cmd,
        (server) => getSyncStatus(server),
        (s) =>
          [
            `state: ${s.state}${s.lastError ? ` (${s.lastError})` : ''}`,
            `central: ${s.centralUrl ?? '(not configured)'}`,
            `last sync: ${s.lastSyncAt ?? 'never'}`,
            `pending: ${s.pending}${s.heldBack ? ` (${s.heldBack} held back)` : ''}, needs attention: ${s.needsAttention}`,
            `clock skew: ${s.clockSkewMs === null ? 'unknown' : `${Math.round(s.clockSkewMs / 1000)} s`}${s.skewWarning ? ' (WARNING: above 5 minutes)' : ''}`,
          ].join('\n'),
      ),
    );

  sync
    .command('config')
    .description('store the central URL, token and batch size in the database')
    .option('--central <url>', 'central URL')
    .option('--token <token>', "the desk's bearer token")
    .option('--token-file <file>', 'read the token from a file')
    .option('--batch-size <n>', 'events per request (1..1000)')
    .option('--clear', 'remove the stored URL, token and batch size')
    .action(
      (
        o: { central?: string; token?: string; tokenFile?: string; batchSize?: string; clear?: boolean },
        cmd: Command,
      ) => {
        const g = globals(cmd);
        const token = tokenOf(o);
        withServer(g, (server) => {
          const nothing =
            !o.clear && o.central === undefined && token === undefined && o.batchSize === undefined;
          const view = nothing
            ? readSyncSettings(server)
            : configureSync(
                server,
                CLI_ACTOR,
                o.clear
                  ? { centralUrl: null, token: null, batchSize: null }
                  : {
                      ...(o.central !== undefined ? { centralUrl: o.central } : {}),
                      ...(token !== undefined ? { token } : {}),
                      ...(o.batchSize !== undefined
                        ? { batchSize: int(o.batchSize, '--batch-size', 1)! }
                        : {}),
                    },
              );
          emit(
            view,
            g,
            () =>
              `central: ${view.centralUrl ?? '(none)'}, token: ${view.tokenSet ? 'set' : 'not set'}, batch size: ${view.batchSize ?? 'default (100)'}`,
          );
        });
      },
    );
}

/** Events central rejected, what an officer can do about them, and the results central sent. */
function registerAttention(sync: Command): void {
  listByRecord(sync, {
    name: 'attention',
    description: 'events central rejected (needs attention), with their reasons and notes',
    recordHelp: 'only this record',
    key: 'items',
    rows: listNeedsAttention,
    line: (i) =>
      `#${i.seq} ${i.eventType} ${i.recordType}/${i.recordId}: ${i.reason}${i.detail ? ` (${i.detail})` : ''}, ${i.heldBack} held back, ${i.history.filter((h) => h.kind === 'note').length} notes`,
    none: 'nothing needs attention',
  });

  sync
    .command('retry')
    .description('queue a rejected event again (same event id); it is sent on the next sync')
    .requiredOption('--seq <n>', 'outbox sequence number of the rejected event')
    .action((o: { seq: string }, cmd: Command) =>
      runCommand(
        cmd,
        (server) => retryRejectedEvent(server, CLI_ACTOR, { seq: int(o.seq, '--seq', 1)! }),
        (r) => `event ${r.seq} queued again`,
      ),
    );

  sync
    .command('annotate')
    .description("add an officer's note to a rejected event")
    .requiredOption('--seq <n>', 'outbox sequence number of the rejected event')
    .requiredOption('--note <text>', 'the note')
    .action((o: { seq: string; note: string }, cmd: Command) =>
      runCommand(
        cmd,
        (server) => {
          const seq = int(o.seq, '--seq', 1)!;
          annotateRejectedEvent(server, CLI_ACTOR, { seq, note: o.note });
          return { seq, annotated: true };
        },
        ({ seq }) => `note added to event ${seq}`,
      ),
    );

  listByRecord(sync, {
    name: 'results',
    description: 'action results pulled from central',
    recordHelp: 'only this record (e.g. a request id)',
    key: 'results',
    rows: listActionResults,
    line: (r) => `${r.recordType}/${r.recordId}: ${r.action} ${r.status} at ${r.executedAt}`,
    none: 'no results',
  });
}

/** A listing that --record-id narrows: JSON { [key]: rows }; for people one line a row, or `none`. */
function listByRecord<T>(
  sync: Command,
  spec: {
    name: string;
    description: string;
    recordHelp: string;
    key: string;
    rows: (server: Server, filter: { recordId?: string }) => T[];
    line: (row: T) => string;
    none: string;
  },
): void {
  sync
    .command(spec.name)
    .description(spec.description)
    .option('--record-id <id>', spec.recordHelp)
    .action((o: { recordId?: string }, cmd: Command) =>
      runCommand(
        cmd,
        (server) => ({ [spec.key]: spec.rows(server, o.recordId ? { recordId: o.recordId } : {}) }),
        (r) => {
          const rows = r[spec.key]!;
          return rows.length ? rows.map(spec.line).join('\n') : spec.none;
        },
      ),
    );
}
