import type { lettersCalls } from '../../common/contract/letters';
import { letterText } from '../../common/letters/compose';
import { LETTER_KIND_INFO, LETTER_KINDS, LETTER_LANGS } from '../../common/letters/kinds';
import { PLACEHOLDERS } from '../../common/letters/placeholders';
import { parseTemplateSource, placeholdersOf } from '../../common/letters/template';
import { type LetterDeps } from './deps';
import { batchAcknowledge, generateLetter, markSent, previewDraft, saveLetterhead } from './service';
import { getLetter, getLetterDocx, listLetters, previewStored, readLetterhead } from './queries';
import { shippedTemplate } from './shipped';
import {
  getTemplate,
  listTemplates,
  saveTemplate,
  templateHistory,
  type ResolvedTemplate,
} from './templates';
import type { DB } from '../sql/server';
import type { Handler } from '../app/dispatch';
import { readAudited, readOneAudited } from '../app/viewed';

type LettersHandlers = { [K in keyof typeof lettersCalls]: Handler<K> };

function detail(db: DB, t: ResolvedTemplate) {
  return {
    kind: t.kind,
    lang: t.lang,
    version: t.version,
    origin: t.origin,
    stored: t.stored,
    source: t.source,
    sha256: t.sha256,
    placeholders: placeholdersOf(t.template),
    history: templateHistory(db, t.kind, t.lang),
    shippedSource: shippedTemplate(t.kind, t.lang).source,
  };
}

/** The letters' calls, with the deps the app composed (requests' data, what a sent reply moves on). */
export const lettersHandlers = (deps: LetterDeps): LettersHandlers => ({
  'letters.kinds': () => ({ kinds: LETTER_KINDS.map((k) => LETTER_KIND_INFO[k]), langs: LETTER_LANGS }),
  'letters.generate': (i, { core, actor, offload }) =>
    generateLetter(core.db(), actor, i, deps, offload?.renderDocx),
  'letters.get': (i, { core, actor }) => {
    const server = core.db();
    const db = server.db;
    const file = readOneAudited(server, actor, 'letter', String(i.letterId), () =>
      getLetterDocx(db, i.letterId, i.version),
    );
    return {
      letter: getLetter(db, i.letterId),
      version: file.version,
      fileName: file.fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      docxBase64: file.docx.toString('base64'),
      sha256: file.sha256,
    };
  },
  'letters.list': (i, { core }) => ({ letters: listLetters(core.db().db, i) }),
  'letters.preview': (i, { core, actor }) => {
    const server = core.db();
    // A stored letter, or a draft filled from a request, shows that person's data: audited. A draft
    // from data the caller typed shows nothing the caller did not already have.
    const draft = () =>
      previewDraft(
        server,
        {
          kind: i.kind!,
          lang: i.lang,
          requestId: i.requestId,
          data: i.data,
          templateVersion: i.templateVersion,
          addressee: i.addressee,
        },
        deps,
      );
    const letter =
      i.letterId !== undefined
        ? readAudited(
            server,
            actor,
            { action: 'letter.previewed', entityType: 'letter', entityId: () => String(i.letterId) },
            () => previewStored(server.db, i.letterId!, i.version),
          )
        : i.requestId !== undefined
          ? readAudited(
              server,
              actor,
              { action: 'letter.previewed', entityType: 'request', entityId: () => String(i.requestId) },
              draft,
            )
          : draft();
    return { letter, text: letterText(letter) };
  },
  'letters.markSent': (i, { core, actor }) => markSent(core.db(), actor, i, deps),
  'letters.batchAcknowledge': (i, { core, actor, offload }) =>
    batchAcknowledge(
      core.db(),
      actor,
      i.requestIds.map((requestId) => ({ requestId, ...(i.lang ? { lang: i.lang } : {}) })),
      deps,
      undefined,
      offload?.renderDocx,
    ),
  'letters.templates.list': (_i, { core }) => ({
    templates: listTemplates(core.db().db),
    placeholders: PLACEHOLDERS,
  }),
  'letters.templates.get': (i, { core }) => {
    const db = core.db().db;
    return detail(db, getTemplate(db, i.kind, i.lang, i.version));
  },
  'letters.templates.check': (i) => {
    const r = parseTemplateSource(i.source, { kind: i.kind, lang: i.lang });
    return r.ok ? { ok: true, placeholders: r.placeholders } : { ok: false, problems: r.problems };
  },
  'letters.templates.save': (i, { core, actor }) => {
    const server = core.db();
    return detail(server.db, saveTemplate(server, actor, i));
  },
  'letters.letterhead.get': (_i, { core }) => readLetterhead(core.db().db),
  'letters.letterhead.save': (i, { core, actor }) => saveLetterhead(core.db(), actor, i),
});
