// privacy-desk letter …: reply letters from the command line (the same core as the app).
//   letter kinds                       the kinds, with their names in kk/ru/en
//   letter render --request ID | --data FILE --kind KIND --lang kk|ru|en [--gender M|F --dative NAME] --out FILE.docx
//                                      generate (Исх. № from the outgoing register) and save the DOCX
//   letter check FILE.yaml             check a template file, listing every problem
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { PRIVATE_MODE } from '../core/private-files';
import { MAX_TEXT_BYTES, readBoundedText, readProblem } from '../core/read-bounded';
import path from 'node:path';
import { PdError } from '../../common/errors';
import { LETTER_HUMAN_ERRORS, type LetterErrorCode } from '../../common/letters/errors';
import type { LetterBody } from '../../common/letters/input';
import {
  isLetterKind,
  isLetterLang,
  LETTER_KIND_INFO,
  LETTER_KINDS,
  LETTER_LANGS,
  SEND_METHODS,
  type SendMethod,
} from '../../common/letters/kinds';
import { parseTemplateSource } from '../../common/letters/template';
import { generateLetter, type GenerateSpec } from './service';
import { getLetterDocx } from './queries';
import type { LetterDeps } from './deps';
import { CLI_ACTOR, globals, withServerAsync, type GlobalOptions } from '../cli/context';
import { failKnown, readJsonFile, usage } from '../cli/args';
import { emit } from '../cli/output';

function readJson(file: string): unknown {
  return readJsonFile(file, {
    unreadable: (e) => usage(`cannot read ${file} (${readProblem(e)})`),
    invalid: () => {
      throw new PdError('VALIDATION', { problem: 'not_json', file: path.basename(file) });
    },
  });
}

/**
 * A LetterInput file: kind and lang may be in it or on the command line; outgoing is the register's.
 * The rest is checked by the letters service, as any caller's data is.
 */
function readLetterData(file: string): { body: LetterBody; kind?: string; lang?: string } {
  const raw = readJson(file);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new PdError('VALIDATION', { problem: 'not_an_object' });
  const { kind, lang, outgoing, ...rest } = raw as Record<string, unknown>;
  if (outgoing !== undefined)
    process.stderr.write(
      'privacy-desk: note: "outgoing" in the data is ignored; the outgoing register gives the number\n',
    );
  return {
    body: rest as LetterBody,
    ...(typeof kind === 'string' ? { kind } : {}),
    ...(typeof lang === 'string' ? { lang } : {}),
  };
}

export function registerLetter(program: Command, deps: LetterDeps): void {
  const letter = program
    .command('letter')
    .description('reply letters: kinds, render (generate) a DOCX, check a template');

  letter
    .command('kinds')
    .description('the letter kinds and their names in Kazakh, Russian and English')
    .action((_o, cmd: Command) => {
      const result = {
        kinds: LETTER_KINDS.map((k) => ({ kind: k, names: LETTER_KIND_INFO[k].names })),
        langs: LETTER_LANGS,
      };
      emit(result, globals(cmd), () =>
        LETTER_KINDS.map((k) => `${k.padEnd(28)} ${LETTER_KIND_INFO[k].names.ru}`).join('\n'),
      );
    });

  registerRender(letter, deps);
  registerCheck(letter);
}

interface RenderFlags {
  request?: string;
  data?: string;
  letter?: string;
  kind?: string;
  lang?: string;
  method?: string;
  gender?: string;
  dative?: string;
  out: string;
}

/** Checks the flags together before the database is opened; a wrong one is a usage error. */
function renderInput(o: RenderFlags): GenerateSpec {
  if (!o.request && !o.data && !o.letter)
    usage('give --request ID or --data FILE (or --letter ID to regenerate)');
  if (o.request && o.data) usage('give --request or --data, not both');
  const data = o.data ? readLetterData(o.data) : undefined;
  const kind = o.kind ?? data?.kind;
  const lang = o.lang ?? data?.lang;
  if (!kind || !isLetterKind(kind)) usage(`--kind must be one of: ${LETTER_KINDS.join(', ')}`);
  if (lang !== undefined && !isLetterLang(lang)) usage('--lang must be kk, ru or en');
  if (o.method !== undefined && !(SEND_METHODS as readonly string[]).includes(o.method))
    usage(`--method must be one of: ${SEND_METHODS.join(', ')}`);
  if (o.gender !== undefined && o.gender !== 'M' && o.gender !== 'F') usage('--gender must be M or F');
  const hints = {
    ...(o.gender ? { gender: o.gender as 'M' | 'F' } : {}),
    ...(o.dative?.trim() ? { dativeName: o.dative.trim() } : {}),
  };
  return {
    kind,
    ...(lang ? { lang } : {}),
    ...(o.request ? { requestId: o.request } : {}),
    ...(data ? { data: data.body } : {}),
    ...(o.letter ? { letterId: o.letter } : {}),
    ...(o.method ? { method: o.method as SendMethod } : {}),
    ...(Object.keys(hints).length ? { addressee: hints } : {}),
  };
}

function registerRender(letter: Command, deps: LetterDeps): void {
  letter
    .command('render')
    .description('generate a letter (assigns the Исх. № in the outgoing register) and save its DOCX')
    .option('--request <id>', 'build the letter from this subject request')
    .option('--data <file>', 'a LetterInput JSON file (or - for stdin) instead of a request')
    .option('--letter <id>', 'regenerate this letter: same Исх. №, next version')
    .option('--kind <kind>', `letter kind: ${LETTER_KINDS.join(', ')}`)
    .option('--lang <lang>', 'kk, ru or en (default: the request’s or the incoming letter’s language)')
    .option('--method <method>', `how it will be sent: ${SEND_METHODS.join(', ')} (default registered_mail)`)
    .option(
      '--gender <M|F>',
      'the addressee’s sex, when the IIN and patronymic do not tell (Уважаемый / Уважаемая)',
    )
    .option(
      '--dative <name>',
      'the addressee’s name as the address block prints it, when it cannot be declined',
    )
    .requiredOption('--out <file>', 'where to write the DOCX')
    .action(async (o: RenderFlags, cmd: Command) => {
      const g: GlobalOptions = globals(cmd);
      const input = renderInput(o);
      await withServerAsync(g, async (server) => {
        const r = await generateLetter(server, CLI_ACTOR, input, deps).catch((e: unknown) =>
          failKnown(e, g, (code) => LETTER_HUMAN_ERRORS[code as LetterErrorCode]),
        );
        const file = path.resolve(o.out);
        writeFileSync(file, getLetterDocx(server.db, r.id).docx, { mode: PRIVATE_MODE });
        const result = {
          outgoingNo: r.outgoingNo,
          file,
          bytes: r.bytes,
          templateVersion: r.templateVersion,
          letterId: r.id,
          version: r.version,
          kind: r.kind,
          lang: r.lang,
          date: r.outgoingDate,
          sha256: r.sha256,
        };
        emit(
          result,
          g,
          () =>
            `${r.outgoingNo} (${r.kind}, ${r.lang}, version ${r.version}, template version ${r.templateVersion}) → ${file}, ${r.bytes} bytes`,
        );
      });
    });
}

function registerCheck(letter: Command): void {
  letter
    .command('check')
    .argument('<file>', 'a letter template (YAML)')
    .option('--kind <kind>', 'the kind it must be for')
    .option('--lang <lang>', 'the language it must be for')
    .description('check a template: unknown or missing placeholders, unbalanced braces, structure')
    .action((file: string, o: { kind?: string; lang?: string }, cmd: Command) => {
      if (o.kind !== undefined && !isLetterKind(o.kind))
        usage(`--kind must be one of: ${LETTER_KINDS.join(', ')}`);
      if (o.lang !== undefined && !isLetterLang(o.lang)) usage('--lang must be kk, ru or en');
      let source: string;
      try {
        source = readBoundedText(file, MAX_TEXT_BYTES);
      } catch (e) {
        usage(`cannot read ${file} (${readProblem(e)})`);
      }
      const r = parseTemplateSource(source, {
        ...(o.kind && isLetterKind(o.kind) ? { kind: o.kind } : {}),
        ...(o.lang && isLetterLang(o.lang) ? { lang: o.lang } : {}),
      });
      const result = r.ok
        ? { file, ok: true, kind: r.template.kind, lang: r.template.lang, placeholders: r.placeholders }
        : { file, ok: false, problems: r.problems };
      emit(
        result,
        globals(cmd),
        () =>
          r.ok
            ? `ok: ${r.template.kind}.${r.template.lang}, ${r.placeholders.length} placeholders`
            : r.problems.map((p) => `${p.path}: ${p.code}: ${p.message}`).join('\n'),
        r.ok,
      );
    });
}
