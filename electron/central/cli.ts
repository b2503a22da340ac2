import type { Command } from 'commander';
import { MAX_TEXT_BYTES, readBounded, readBoundedText } from '../core/read-bounded';
import { PdError } from '../../common/errors';
import { RESULT_STATUSES, type ResultStatus } from '../../common/sync/protocol';
import { startCentral } from './server';
import { CentralStore } from './store';
import { globals } from '../cli/context';
import { collect, usage, wholeNumber } from '../cli/args';
import { emit } from '../cli/output';

function centralDb(cmd: Command): string {
  const g = globals(cmd);
  if (!g.db) usage("central commands need --db FILE (the receiver's own database)");
  return g.db;
}

function intOption(v: string, name: string): number {
  return wholeNumber(name, v)!;
}

export function registerCentral(program: Command): void {
  const central = program
    .command('central')
    .description('the reference central receiver (for trying the sync protocol)');

  registerServe(central);
  registerList(central);
  registerExecute(central);
}

interface ServeFlags {
  port: string;
  host: string;
  token: string[];
  tokenFile?: string;
  disableEventType: string[];
  tlsCert?: string;
  tlsKey?: string;
  quiet?: boolean;
  anchoring?: boolean;
}

/** The accepted tokens from the flags and the token file; at least one is required. */
function serveTokens(o: ServeFlags): string[] {
  const tokens = [...o.token];
  if (o.tokenFile)
    tokens.push(
      ...readBoundedText(o.tokenFile, MAX_TEXT_BYTES)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    );
  if (tokens.length === 0) usage('central serve needs at least one --token');
  if (!!o.tlsCert !== !!o.tlsKey) usage('--tls-cert and --tls-key go together');
  return tokens;
}

/** Resolves on SIGTERM or SIGINT once the receiver has closed. */
function untilSignal(r: { close: () => Promise<void> }): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      process.stderr.write(`central: ${signal}, shutting down\n`);
      void r.close().then(() => {
        process.stderr.write('central: stopped\n');
        resolve();
      });
    };
    const onTerm = () => stop('SIGTERM');
    const onInt = () => stop('SIGINT');
    process.on('SIGTERM', onTerm);
    process.on('SIGINT', onInt);
  });
}

function registerServe(central: Command): void {
  central
    .command('serve')
    .description('run the receiver on 127.0.0.1 until SIGTERM/SIGINT')
    .option('--port <port>', 'port (0 = any free port)', '0')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--token <token>',
      'accepted bearer token (repeatable); each binds to the first desk using it',
      collect,
      [],
    )
    .option('--token-file <file>', 'read one accepted token per line')
    .option(
      '--disable-event-type <type>',
      'answer this event type rejected: event_type_not_enabled (repeatable)',
      collect,
      [],
    )
    .option('--tls-cert <file>', 'serve HTTPS with this PEM certificate')
    .option('--tls-key <file>', 'PEM key for --tls-cert')
    .option('--quiet', 'do not log requests to stderr')
    .option(
      '--anchoring',
      "anchor desks' audit chain heads and answer with signed receipts (announced in /v1/health)",
    )
    .action(async (o: ServeFlags, cmd: Command) => {
      const g = globals(cmd);
      const tokens = serveTokens(o);
      let running;
      try {
        running = await startCentral({
          dbFile: centralDb(cmd),
          tokens,
          host: o.host,
          port: intOption(o.port, '--port'),
          disabledEventTypes: o.disableEventType,
          ...(o.anchoring ? { anchoring: true } : {}),
          ...(o.tlsCert && o.tlsKey
            ? {
                tls: {
                  cert: readBounded(o.tlsCert, MAX_TEXT_BYTES),
                  key: readBounded(o.tlsKey, MAX_TEXT_BYTES),
                },
              }
            : {}),
          ...(o.quiet ? {} : { log: (line: string) => process.stderr.write(`central: ${line}\n`) }),
        });
      } catch (e) {
        if ((e as { code?: string }).code === 'EADDRINUSE')
          throw new PdError('CONFLICT', { reason: 'port_in_use' });
        throw e;
      }
      const r = running;
      emit({ url: r.url, port: r.port, db: centralDb(cmd) }, g, () => `central listening on ${r.url}`);
      await untilSignal(r);
    });
}

function registerList(central: Command): void {
  central
    .command('list')
    .description('what the receiver has accepted, per desk and per event')
    .option('--desk <id>', 'only this desk')
    .option('--after <id>', 'only events received after this central id', '0')
    .option('--limit <n>', 'at most this many events', '100000')
    .action((o: { desk?: string; after: string; limit: string }, cmd: Command) => {
      const g = globals(cmd);
      const store = CentralStore.open(centralDb(cmd));
      try {
        const events = store.listEvents({
          ...(o.desk ? { deskId: o.desk } : {}),
          after: intOption(o.after, '--after'),
          limit: intOption(o.limit, '--limit'),
        });
        const desks = store.desks();
        emit(
          { desks, events },
          g,
          () =>
            [
              ...desks.map(
                (d) =>
                  `desk ${d.deskId}: ${d.events} events, max seq ${d.maxSeq}, ${d.gaps} gaps, ${d.rejections} rejections`,
              ),
              ...events.map(
                (e) =>
                  `${e.id}\t${e.deskId.slice(0, 8)}\t#${e.seq}\t${e.type}\t${e.recordType}/${e.recordId}\t${e.eventId}`,
              ),
            ].join('\n') || 'no events',
        );
      } finally {
        store.close();
      }
    });
}

function registerExecute(central: Command): void {
  central
    .command('execute')
    .description('record the outcome of an action.requested event; the desk pulls it on its next sync')
    .requiredOption('--event <eventId>', 'the event id of the action.requested event')
    .option('--result <status>', `outcome: ${RESULT_STATUSES.join(' | ')}`, 'executed')
    .option('--note <text>', 'short operator note (a code; no personal data)')
    .option('--at <iso>', 'when it was executed (default now)')
    .action((o: { event: string; result: string; note?: string; at?: string }, cmd: Command) => {
      const g = globals(cmd);
      if (!(RESULT_STATUSES as readonly string[]).includes(o.result))
        usage(`--result must be one of ${RESULT_STATUSES.join(', ')}`);
      const at = o.at ? new Date(o.at) : undefined;
      if (at && Number.isNaN(at.getTime())) usage('--at must be an ISO date-time');
      if (o.note && o.note.length > 500) throw new PdError('VALIDATION', { field: 'note', max: 500 });
      const store = CentralStore.open(centralDb(cmd));
      try {
        const r = store.execute(
          o.event,
          { status: o.result as ResultStatus, note: o.note ?? null, ...(at ? { executedAt: at } : {}) },
          new Date(),
        );
        emit(
          r,
          g,
          () => `${r.action} ${r.status} at ${r.executedAt} (result ${r.resultId}, cursor ${r.cursor})`,
        );
      } finally {
        store.close();
      }
    });
}
