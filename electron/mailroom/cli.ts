// Mailroom commands: the incoming and outgoing registers, search, exports, settings and demo data.
// They call the same core functions as the app's handlers, with the same validation.
import type { Command } from 'commander';
import {
  intakeListSchema,
  outgoingListSchema,
  searchSchema,
  settingsSetSchema,
} from '../../common/contract/mailroom';
import { searchRegisters } from './search';
import { seedDemo } from './seed';
import { getMailroomSettings, setMailroomSettings } from './settings';
import { CLI_ACTOR, globals, withServer } from '../cli/context';
import { emit } from '../cli/output';
import { registerRegisterCommands } from './cli-registers';
import { addIncomingCommand, addOutgoingCommand } from './cli-add';
import { incomingLine, outgoingLine, positiveInt, parseInput, usage } from './cli-support';
import { INCOMING_PARTS, OUTGOING_PARTS } from './register-parts';

export function registerMailroom(program: Command): void {
  registerRegisterCommands(program, 'intake', INCOMING_PARTS, {
    add: addIncomingCommand,
    listSchema: intakeListSchema,
    line: incomingLine,
    listNote: ' (IINs masked)',
  });
  registerRegisterCommands(program, 'outgoing', OUTGOING_PARTS, {
    add: addOutgoingCommand,
    listSchema: outgoingListSchema,
    line: outgoingLine,
  });

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
