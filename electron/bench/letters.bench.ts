// Reply letters: time to render one DOCX (no database), to generate one (render + Исх. № + store
// + audit in one transaction, synchronous=FULL), and a batch of 1,000 acknowledgments.
import path from 'node:path';
import { intakeCreateSchema } from '../../common/contract/mailroom';
import type { LetterBody, LetterInput } from '../../common/letters/input';
import { LETTER_KINDS, LETTER_LANGS, type LetterKind, type LetterLang } from '../../common/letters/kinds';
import { letterBody } from '../../tests/helpers/letters-fixtures';
import { generateKey } from '../core/keys';
import { batchAcknowledge, generateLetter } from '../letters';
import { renderLetter } from '../letters';
import { shippedTemplate } from '../letters';
import { registerIncomingInTx } from '../mailroom';
import { composeFeatures } from '../app/compose';
import { Server } from '../sql/server';
import type { BenchSuite } from './harness';

const RENDERS = 200;
const GENERATES = 100;
const DEFAULT_BATCH = 1000;
const ACTOR = 'bench';

/**
 * A realistic letter of any kind and language: the tests' subject request (every kind needs its
 * own facts, a legal basis and text in the letter's own language), answering `incoming`.
 */
function body(kind: LetterKind, lang: LetterLang, incoming: { number: string; date: string }): LetterBody {
  const b = letterBody(kind, lang);
  return { ...b, incoming: { ...b.incoming, ...incoming } };
}

function registerIncomingLetters(server: Server, n: number): { number: string; date: string }[] {
  const out: { number: string; date: string }[] = [];
  server.write(ACTOR, (tx) => {
    for (let i = 0; i < n; i++) {
      const e = registerIncomingInTx(
        tx,
        ACTOR,
        intakeCreateSchema.parse({
          channel: 'registered_mail',
          sender: { name: `Зуһра Сейтқали ${i}`, address: 'Алматы қ., Абай даңғылы, 10-үй, 25-пәтер' },
          summary: `Өтініш ${i}`,
          language: 'kk',
        }),
      );
      out.push({ number: e.incomingNo, date: e.receivedDate });
    }
  });
  return out;
}

export const lettersBench: BenchSuite = {
  name: 'letters',
  description:
    'reply letters: render one DOCX, generate one (register + store + audit), batch of 1,000 acknowledgments',
  async run(ctx) {
    const batch = ctx.rows ?? DEFAULT_BATCH;
    ctx.size('letters.batch', batch);

    // Rendering alone, every kind and language in turn.
    const cases = LETTER_KINDS.flatMap((kind) => LETTER_LANGS.map((lang) => ({ kind, lang })));
    const incoming0 = { number: 'ВХ-2026-000001', date: '2026-11-23' };
    const render: number[] = [];
    for (let i = 0; i < RENDERS + 20; i++) {
      const c = cases[i % cases.length]!;
      const input: LetterInput = {
        kind: c.kind,
        lang: c.lang,
        outgoing: { number: 'ИСХ-2026-000001', date: '2026-11-25' },
        ...body(c.kind, c.lang, incoming0),
      };
      const t0 = process.hrtime.bigint();
      await renderLetter(input, shippedTemplate(c.kind, c.lang).template);
      if (i >= 20) render.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    ctx.record('letters.render', render, 'ms');

    const server = Server.open({
      file: path.join(ctx.tmp, 'letters.db'),
      key: generateKey(),
      create: 'allow',
    });
    try {
      const deps = composeFeatures().letters;
      const incoming = registerIncomingLetters(server, GENERATES + batch);
      const generate: number[] = [];
      for (let i = 0; i < GENERATES; i++) {
        const c = cases[i % cases.length]!;
        const t0 = process.hrtime.bigint();
        await generateLetter(
          server,
          ACTOR,
          { kind: c.kind, lang: c.lang, data: body(c.kind, c.lang, incoming[i]!) },
          deps,
        );
        generate.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      ctx.record('letters.generate', generate, 'ms');

      const items = incoming.slice(GENERATES).map((inc, i) => {
        const lang = (['kk', 'ru'] as const)[i % 2]!;
        return { data: body('acknowledgment', lang, inc), lang };
      });
      const perLetter: number[] = [];
      let last = process.hrtime.bigint();
      const t0 = last;
      const result = await batchAcknowledge(server, ACTOR, items, deps, () => {
        const now = process.hrtime.bigint();
        perLetter.push(Number(now - last) / 1e6);
        last = now;
      });
      const total = Number(process.hrtime.bigint() - t0) / 1e6;
      if (result.failed)
        throw new Error(
          `batch: ${result.failed} letters failed (${JSON.stringify(result.items.find((r) => !r.ok)?.error)})`,
        );
      ctx.record(`letters.batch_${batch}.total`, [total], 'ms');
      ctx.record(`letters.batch_${batch}.per_letter`, perLetter, 'ms');
      ctx.size(
        'letters.db_bytes_after_batch',
        (
          server.db
            .prepare('SELECT page_count * page_size AS b FROM pragma_page_count(), pragma_page_size()')
            .get() as { b: number }
        ).b,
      );
    } finally {
      server.close();
    }
  },
};
