// `intake add` and `outgoing add`: the one command in which the two registers truly differ.
import type { Command } from 'commander';
import { readScanFile } from '../core/read-bounded';
import { scanMaxBytes } from './scans';
import path from 'node:path';
import {
  CONFIRMABLE_WARNINGS,
  intakeCreateSchema,
  outgoingCreateSchema,
  type IncomingEntry,
} from '../../common/contract/mailroom';
import { PdError } from '../../common/errors';
import { registerOutgoing } from './outgoing';
import { registerIncoming } from './intake';
import { CLI_ACTOR, globals, withServer } from '../cli/context';
import { CliExit, emit, EXIT_FAIL } from '../cli/output';
import {
  failMailroom,
  guarded,
  incomingLine,
  outgoingLine,
  parseInput,
  readJsonInput,
  usage,
} from './cli-support';
import { collect } from '../cli/args';

/** Incoming letters come one by one or as a batch, with scans for a single letter. */
export function addIncomingCommand(intake: Command): void {
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
}

export function addOutgoingCommand(outgoing: Command): void {
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
}
