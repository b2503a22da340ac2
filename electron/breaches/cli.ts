// Breach register commands (Law 94-V Art. 25 p.2(8)): open, list, get, notify the authorized body
// (recording it, and writing the notice DOCX with --out). Same core functions and validation as
// the app; a JSON file uses the contract's field names ("-" reads stdin).
import { Option, type Command } from 'commander';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  BREACH_NOTIFY_METHODS,
  BREACH_STATES,
  listBreachesSchema,
  notifyAuthoritySchema,
  openBreachSchema,
} from '../../common/breaches/schemas';
import type { BreachSummary } from '../../common/contract/breaches';
import { PdError } from '../../common/errors';
import * as br from '.';
import { resolveKey } from '../core/keys';
import { Server } from '../sql/server';
import { CLI_ACTOR, dbFile, globals } from '../cli/context';
import { CliExit, emit, EXIT_FAIL } from '../cli/output';
import { list, openFromFile, parse, runWithDb, usage } from '../requests';

const human = (b: BreachSummary) =>
  `${b.id}  ${b.state}  detected ${b.detectedOn}  notify by ${b.due} (${b.daysLeft} working days left)`;

export function registerBreaches(program: Command): void {
  const breach = program
    .command('breach')
    .description('personal-data security breaches: open, list, notify the authorized body');

  breach
    .command('open')
    .argument(
      '<file>',
      'JSON: {"detectedAt", "description", "categories": [...], "subjectsApprox", "measures": [...]}; - for stdin',
    )
    .description(
      'record a breach; the authorized body is due a notice 1 working day after the day of detection',
    )
    .action(openFromFile(openBreachSchema, br.openBreach, human));

  breach
    .command('list')
    .description('list breaches (open ones first, by due date)')
    .option('--state <state>', `state(s), comma-separated: ${BREACH_STATES.join(', ')}`, list)
    .option('--running', 'only breaches whose authority notice has not left yet')
    .action((o: { state?: string[]; running?: boolean }, cmd: Command) =>
      runWithDb(
        cmd,
        (server) =>
          br.listBreaches(
            server,
            parse(listBreachesSchema, {
              ...(o.state ? { state: o.state } : {}),
              ...(o.running ? { running: true } : {}),
            }),
          ),
        (r) => [`${r.items.length} breaches (today ${r.today})`, ...r.items.map(human)].join('\n'),
      ),
    );

  breach
    .command('get')
    .argument('<id>', 'breach number, e.g. BR-2026-0001')
    .description('one breach with its deadline, measures and notices')
    .action((id: string, _o, cmd: Command) =>
      runWithDb(
        cmd,
        (server) => br.getBreach(server, id),
        (r) => `${human(r)}\nmeasures: ${r.measures.length}; subjects notice: ${r.subjectsNotice}`,
      ),
    );

  breach
    .command('notify')
    .argument('<id>', 'breach number')
    .addOption(
      new Option('--method <method>', 'how the notice left')
        .choices([...BREACH_NOTIFY_METHODS])
        .default('electronic'),
    )
    .option('--reference <text>', 'the notice’s Исх. № or the e-filing reference')
    .option('--at <iso>', 'when the notice left (default now)')
    .option('--lang <lang>', 'language of the notice written with --out: kk or ru', 'kk')
    .option('--out <file>', 'also write the notice to the authorized body (DOCX) here')
    .option('--no-record', 'only write the notice; do not record it as sent')
    .description('record that the authorized body was notified (and/or write the notice DOCX)')
    .action(
      async (
        id: string,
        o: { method: string; reference?: string; at?: string; lang: string; out?: string; record: boolean },
        cmd: Command,
      ) => {
        const g = globals(cmd);
        if (o.lang !== 'kk' && o.lang !== 'ru') usage('--lang must be kk or ru');
        const server = Server.open({ file: dbFile(g), key: resolveKey({ keyFile: g.keyFile }) });
        try {
          const detail = o.record
            ? br.notifyAuthority(
                server,
                CLI_ACTOR,
                parse(notifyAuthoritySchema, {
                  id,
                  method: o.method,
                  reference: o.reference ?? null,
                  notifiedAt: o.at ?? null,
                }),
              )
            : br.getBreach(server, id);
          let file: string | null = null;
          if (o.out) {
            const notice = await br.breachNotice(server, { id, kind: 'authority', lang: o.lang, date: null });
            file = path.resolve(o.out);
            writeFileSync(file, Buffer.from(notice.docxBase64, 'base64'));
          }
          emit({ ...detail, file }, g, () => `${human(detail)}${file ? `\nnotice → ${file}` : ''}`);
        } catch (e) {
          if (!(e instanceof PdError)) throw e;
          if (g.json) process.stdout.write(JSON.stringify({ error: e.toPayload() }, null, 2) + '\n');
          process.stderr.write(`privacy-desk: ${e.code} ${JSON.stringify(e.details ?? {})}\n`);
          throw new CliExit(EXIT_FAIL);
        } finally {
          server.close();
        }
      },
    );
}
