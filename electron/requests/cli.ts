// Subject-request commands: open, list, get, verify, move, decide and purge requests; compute a
// deadline; manage calendar years. The same core functions and validation as the app's handlers;
// a JSON file given to a command uses the contract's field names ("-" reads stdin).
import { type Command } from 'commander';
import { listRequestsSchema, openRequestSchema, verificationSchema } from '../../common/requests/schemas';
import { REQUEST_STATES } from '../../common/requests/vocab';
import * as rq from '.';
import { CLI_ACTOR } from '../cli/context';
import { human, list, openFromFile, parse, readJsonArg, runWithDb } from './cli-support';
import { registerDecide, registerMoves } from './cli-moves';
import { registerCalendar, registerDeadline, registerReports } from './cli-reports';

export function registerRequests(program: Command, deps: rq.RequestsDeps): void {
  const request = program
    .command('request')
    .description('subject requests: open, list, verify, decide, purge');
  registerIntakeCommands(request);
  registerMoves(request);
  registerDecide(request);
  registerReports(request, deps);
  registerDeadline(program);
  registerCalendar(program);
}

/** Opening a request and reading it back. */
function registerIntakeCommands(request: Command): void {
  request
    .command('open')
    .argument('<file>', 'JSON with the request (the contract’s requests.open input), or - for stdin')
    .description('open a request from incoming letters (or directly, with "direct": {reason, note})')
    .action(openFromFile(openRequestSchema, rq.openRequest, human));

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
      ) =>
        runWithDb(
          cmd,
          (server) =>
            rq.listRequests(
              server,
              parse(listRequestsSchema, {
                ...(o.state ? { state: o.state } : {}),
                ...(o.type ? { type: o.type } : {}),
                ...(o.dueBefore ? { dueBefore: o.dueBefore } : {}),
                ...(o.running ? { running: true } : {}),
                ...(o.officer ? { officer: o.officer } : {}),
                ...(o.search ? { search: o.search } : {}),
                ...(o.limit ? { limit: Number(o.limit) } : {}),
                ...(o.offset ? { offset: Number(o.offset) } : {}),
              }),
            ),
          (r) => [`${r.total} requests (today ${r.today})`, ...r.items.map(human)].join('\n'),
        ),
    );

  request
    .command('get')
    .argument('<id>', 'request number, e.g. RQ-2026-000001')
    .description('one request with its deadline, letters, history, decisions and actions')
    .action((id: string, _o, cmd: Command) =>
      runWithDb(
        cmd,
        (server) => rq.getRequest(server, id),
        (r) =>
          `${human(r)}\nactions: ${r.actions.map((a) => `${a.action} ${a.status}`).join(', ') || 'none'}`,
      ),
    );

  request
    .command('verify')
    .argument('<id>', 'request number')
    .argument(
      '<file>',
      'JSON: {"method": "document", "documentType", "numberLast4", "issuer", "issuedOn"} or {"method": "not_required", "reason"}; - for stdin',
    )
    .option('--no-advance', 'record only; do not move new/verifying to in_progress')
    .description('record identity verification (the document seen, never a copy)')
    .action((id: string, file: string, o: { advance: boolean }, cmd: Command) =>
      runWithDb(
        cmd,
        (server) => {
          const verification = parse(verificationSchema, readJsonArg(file));
          return rq.verifyRequest(server, CLI_ACTOR, { id, verification, advance: o.advance });
        },
        (r) => `verified ${human(r)}`,
      ),
    );
}
