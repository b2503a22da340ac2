// The breach notices as DOCX: to the authorized body (breach_notice) and, where decided, to the
// subjects (breach_subject_notice), in Kazakh or Russian. The text is data
// (resources/breaches/<kind>.<lang>.yaml: addressee, title, body blocks with {{placeholders}},
// category names); the layout is the letters' DOCX writer. The contact of the person responsible
// for organising the processing (Art. 25 p.2(8)) comes from the letterhead settings.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import type { BreachDetail, BreachNotice } from '../../common/contract/breaches';
import { BREACH_DATA_CATEGORIES } from '../../common/breaches/schemas';
import { PdError } from '../../common/errors';
import type { ComposedBlock, ComposedLetter, Run } from '../../common/letters/compose';
import { letterText } from '../../common/letters/compose';
import { LABELS, companyAddress, companyName, formatLetterDate, joinList } from '../../common/letters/format';
import type { Letterhead } from '../../common/letters/input';
import { tokenizeText } from '../../common/letters/template';
import { resourcesDir } from '../core/calendar';
import { prepareDocx } from '../letters';

export type NoticeKind = 'breach_notice' | 'breach_subject_notice';
export type NoticeLang = 'kk' | 'ru';

const blockSchema = z.union([
  z.string().min(1),
  z.strictObject({ text: z.string().min(1), when: z.string().optional(), unless: z.string().optional() }),
  z.strictObject({ list: z.string().min(1), when: z.string().optional(), unless: z.string().optional() }),
]);

const noticeTemplateSchema = z.strictObject({
  kind: z.enum(['breach_notice', 'breach_subject_notice']),
  lang: z.enum(['kk', 'ru']),
  title: z.string().min(1),
  summary: z.string().min(1),
  addressee: z.array(z.string().min(1)).min(1),
  salutation: z.string().min(1),
  body: z.array(blockSchema).min(1),
  closing: z.string().min(1),
  categories: z.record(z.enum(BREACH_DATA_CATEGORIES), z.string().min(1)),
});
type NoticeTemplate = z.infer<typeof noticeTemplateSchema>;

export function noticeTemplate(kind: NoticeKind, lang: NoticeLang): NoticeTemplate {
  const file = path.join(resourcesDir(), 'breaches', `${kind}.${lang}.yaml`);
  const parsed = noticeTemplateSchema.safeParse(YAML.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success || parsed.data.kind !== kind || parsed.data.lang !== lang) {
    throw new PdError(
      'VALIDATION',
      { problem: 'template_invalid', kind, lang },
      'errors.LETTER_TEMPLATE_INVALID',
    );
  }
  return parsed.data;
}

/** Name, position, phone, e-mail of the responsible person; refused when the settings lack it. */
function responsibleContact(lh: Letterhead, lang: NoticeLang): string {
  const r = lh.responsible;
  if (!r)
    throw new PdError('VALIDATION', { problem: 'responsible_missing' }, 'errors.BREACH_RESPONSIBLE_MISSING');
  const L = LABELS[lang];
  return [r.name, r.position?.[lang], `${L.phone} ${r.phone}`, r.email && `${L.email}: ${r.email}`]
    .filter(Boolean)
    .join(', ');
}

function values(
  b: BreachDetail,
  t: NoticeTemplate,
  lh: Letterhead,
  lang: NoticeLang,
): Map<string, string | string[]> {
  const v = new Map<string, string | string[]>([
    ['company.name', companyName(lh, lang)],
    ['company.bin', lh.bin],
    ['breach.number', b.id],
    ['breach.detectedDate', formatLetterDate(b.detectedOn, lang)],
    ['breach.description', b.description],
    ['breach.categories', joinList(b.categories.map((c) => t.categories[c] ?? c))],
    ['responsible.contact', responsibleContact(lh, lang)],
  ]);
  if (b.subjectsApprox !== null) v.set('breach.subjectsApprox', String(b.subjectsApprox));
  if (b.measures.length) v.set('breach.measures', b.measures);
  return v;
}

function runs(text: string, v: Map<string, string | string[]>): Run[] {
  const parts = tokenizeText(text.replace(/\s+/g, ' ').trim()).map((tok) => {
    if (tok.t === 'text') return tok.value;
    if (tok.t === 'bold') return '';
    const x = v.get(tok.name);
    if (x === undefined)
      throw new PdError(
        'VALIDATION',
        { problem: 'missing_data', missing: [tok.name] },
        'errors.LETTER_DATA_MISSING',
      );
    return typeof x === 'string' ? x : joinList(x);
  });
  return [{ text: parts.join('') }];
}

function blocks(t: NoticeTemplate, v: Map<string, string | string[]>): ComposedBlock[] {
  const out: ComposedBlock[] = [];
  for (const b of t.body) {
    if (typeof b === 'string') {
      out.push({ type: 'paragraph', runs: runs(b, v), align: 'justify', indent: true });
      continue;
    }
    if (b.when !== undefined && !v.has(b.when)) continue;
    if (b.unless !== undefined && v.has(b.unless)) continue;
    if ('text' in b) out.push({ type: 'paragraph', runs: runs(b.text, v), align: 'justify', indent: true });
    else {
      const items = v.get(b.list);
      if (Array.isArray(items)) out.push({ type: 'list', style: 'numbered', items: [...items] });
    }
  }
  return out;
}

/** The notice as the letters' structured text; `date` is the notice's date (Almaty). */
export function composeNotice(
  b: BreachDetail,
  kind: NoticeKind,
  lang: NoticeLang,
  lh: Letterhead,
  date: string,
): ComposedLetter {
  const t = noticeTemplate(kind, lang);
  const v = values(b, t, lh, lang);
  const L = LABELS[lang];
  const signatory = lh.signatory?.[lang];
  return {
    // The DOCX writer needs a letter kind for nothing but its type: the closest registered one.
    kind: 'authority_notice',
    lang,
    letterhead: {
      kk: { name: companyName(lh, 'kk'), address: companyAddress(lh, 'kk') },
      ru: { name: companyName(lh, 'ru'), address: companyAddress(lh, 'ru') },
      binKk: `${LABELS.kk.bin} ${lh.bin}`,
      binRu: `${LABELS.ru.bin} ${lh.bin}`,
      contacts: [lh.phone && `${L.phone} ${lh.phone}`, lh.email && `${L.email}: ${lh.email}`, lh.website]
        .filter(Boolean)
        .join(', '),
    },
    reference: {
      outgoing: `${L.outgoingNo} ${b.authorityReference ?? '________'}`,
      dated: L.dated(formatLetterDate(date, lang)),
      replyTo: '',
    },
    addressee: t.addressee.map((line) => ({ text: line })),
    title: [{ text: t.title, bold: true }],
    salutation: runs(t.salutation, v),
    body: blocks(t, v),
    closing: [{ text: t.closing }],
    signatory: { name: signatory?.name ?? '', position: signatory?.position ?? '' },
    executor: { name: lh.executor?.name ?? '', phone: lh.executor?.phone ?? '' },
    summary: t.summary,
  };
}

export async function renderNotice(
  b: BreachDetail,
  kind: NoticeKind,
  lang: NoticeLang,
  lh: Letterhead,
  date: string,
): Promise<BreachNotice> {
  const composed = composeNotice(b, kind, lang, lh, date);
  const prepared = await prepareDocx(composed, { logo: lh.logo, title: `${composed.summary} — ${b.id}` });
  const number = b.authorityReference ?? '________';
  const docx = prepared.finalize({ number, dateText: formatLetterDate(date, lang), isoDate: date });
  return {
    fileName: `${b.id}-${kind}-${lang}.docx`,
    docxBase64: docx.toString('base64'),
    text: letterText(composed),
  };
}
