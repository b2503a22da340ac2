// Request commands that move a request along: state changes, pauses, cancelling, decisions.
import { Option, type Command } from 'commander';
import { decisionInputSchema } from '../../common/requests/decisions';
import { CANCEL_OUTCOMES, PAUSE_REASONS } from '../../common/requests/vocab';
import * as rq from '.';
import { CLI_ACTOR, globals } from '../cli/context';
import { emit } from '../cli/output';
import { human, parse, readJsonArg, runWithDb, usage, withDb } from './cli-support';

export function registerMoves(request: Command): void {
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
      ) =>
        runWithDb(
          cmd,
          (server) =>
            rq.transitionRequest(server, CLI_ACTOR, {
              id,
              to: o.to,
              note: o.note ?? null,
              replyOutgoingNo: o.reply ?? null,
              answeredAt: o.answeredAt ?? null,
            }),
          human,
        ),
    );

  request
    .command('pause')
    .argument('<id>', 'request number')
    .addOption(new Option('--reason <code>', 'why').choices([...PAUSE_REASONS]).makeOptionMandatory())
    .option('--note <text>', 'details (required for reason other)')
    .description('pause a request (the due date does not move: the law has no extension)')
    .action((id: string, o: { reason: (typeof PAUSE_REASONS)[number]; note?: string }, cmd: Command) => {
      if (o.reason === 'other' && !o.note) usage('--note is required with --reason other');
      runWithDb(
        cmd,
        (server) => rq.pauseRequest(server, CLI_ACTOR, { id, reason: o.reason, note: o.note ?? null }),
        human,
      );
    });

  request
    .command('resume')
    .argument('<id>', 'request number')
    .option('--note <text>', 'note kept in the history')
    .description('resume a paused request (back to the state it was paused in)')
    .action((id: string, o: { note?: string }, cmd: Command) =>
      runWithDb(cmd, (server) => rq.resumeRequest(server, CLI_ACTOR, { id, note: o.note ?? null }), human),
    );

  request
    .command('cancel')
    .argument('<id>', 'request number')
    .requiredOption('--reason <text>', 'why (required)')
    .addOption(
      new Option('--outcome <code>', 'how it ends').choices([...CANCEL_OUTCOMES]).default('cancelled'),
    )
    .description('cancel a request (reason required)')
    .action((id: string, o: { reason: string; outcome: (typeof CANCEL_OUTCOMES)[number] }, cmd: Command) => {
      if (o.reason.trim().length < 3) usage('--reason must say why (3 characters or more)');
      runWithDb(
        cmd,
        (server) => rq.cancelRequest(server, CLI_ACTOR, { id, outcome: o.outcome, reason: o.reason.trim() }),
        human,
      );
    });
}

/** A decision from a JSON file; the outcome may use the words people say ("approve", "refuse"). */
export function registerDecide(request: Command): void {
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
}
