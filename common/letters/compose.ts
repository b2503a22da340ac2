// Template + data → the letter as structured text: letterhead, reference lines, addressee, title,
// salutation, body blocks, signature, executor, annex. The DOCX writer lays this out on the page;
// the preview shows it as it is. A placeholder the template needs but the data lacks is an error
// naming every missing placeholder (never their values: they may be personal data).
import { PdError } from '../errors';
import {
  LABELS,
  addresseeBlockName,
  addresseeIsOrganization,
  companyAddress,
  companyName,
  joinList,
  placeholderValues,
  printedNumber,
  type PlaceholderValue,
} from './format';
import type { LetterData, Letterhead } from './input';
import type { LetterKind, LetterLang } from './kinds';
import { letterDataMissing } from './missing';
import { tokenizeText, type LetterTemplate, type TemplateBlock } from './template';

export interface Run {
  text: string;
  bold?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export type ComposedBlock =
  | { type: 'paragraph'; runs: Run[]; align: Align; indent: boolean }
  | { type: 'list'; style: 'numbered' | 'bullet' | 'dash'; items: string[] }
  | { type: 'table'; columns: { header: string; width: number }[]; rows: string[][] };

export interface ComposedLetter {
  kind: LetterKind;
  lang: LetterLang;
  letterhead: {
    kk: { name: string; address: string };
    ru: { name: string; address: string };
    binKk: string;
    binRu: string;
    contacts: string;
  };
  reference: { outgoing: string; dated: string; replyTo: string; senderRef?: string };
  /** Position, organization, name (bold), address lines. */
  addressee: Run[];
  title: Run[];
  salutation: Run[];
  body: ComposedBlock[];
  closing?: Run[];
  signatory: { name: string; position: string };
  executor: { name: string; phone: string };
  annex?: { heading: Run[]; title: Run[]; body: ComposedBlock[] };
  /** For the outgoing register. */
  summary: string;
}

export interface ComposeOptions {
  /** The text printed as the Исх. № and its date (the register's, or markers filled in later). */
  outgoing: { number: string; dateText: string };
}

class Resolver {
  readonly missing = new Set<string>();
  constructor(private readonly values: Map<string, PlaceholderValue>) {}

  has(name: string): boolean {
    return this.values.has(name.trim());
  }

  value(name: string): PlaceholderValue | undefined {
    const v = this.values.get(name.trim());
    if (v === undefined) this.missing.add(name.trim());
    return v;
  }

  runs(text: string): Run[] {
    const out: Run[] = [];
    let bold = false;
    let afterStop = false;
    // Template text reads naturally with a full stop after a placeholder; when the value already
    // ends with one («25 ноября 2026 г.», a reason typed with its own full stop) it is not doubled.
    for (const tok of tokenizeText(
      text
        .replace(/[ \t]+/g, ' ')
        .replace(/ *\n */g, '\n')
        .trim(),
    )) {
      if (tok.t === 'bold') {
        bold = !bold;
        continue;
      }
      let s: string;
      if (tok.t === 'text') {
        s = afterStop && tok.value.startsWith('.') ? tok.value.slice(1) : tok.value;
        afterStop = false;
      } else {
        const v = this.value(tok.name);
        s = v === undefined ? '' : typeof v === 'string' ? v : joinList(v as readonly string[]);
        afterStop = /[.!?]$/.test(s);
      }
      if (!s) continue;
      const last = out[out.length - 1];
      if (last && !!last.bold === bold) last.text += s;
      else out.push(bold ? { text: s, bold } : { text: s });
    }
    return out;
  }

  plain(text: string): string {
    return this.runs(text)
      .map((r) => r.text)
      .join('');
  }

  blocks(blocks: readonly TemplateBlock[]): ComposedBlock[] {
    const out: ComposedBlock[] = [];
    for (const b of blocks) {
      if (typeof b === 'string') {
        out.push({ type: 'paragraph', runs: this.runs(b), align: 'justify', indent: true });
        continue;
      }
      if (b.when !== undefined && !this.has(b.when)) continue;
      if (b.unless !== undefined && this.has(b.unless)) continue;
      if ('text' in b) {
        const runs = this.runs(b.text).map((r) => (b.bold ? { ...r, bold: true } : r));
        out.push({
          type: 'paragraph',
          runs,
          align: b.align ?? 'justify',
          indent: b.indent ?? (b.align ?? 'justify') === 'justify',
        });
      } else if ('list' in b) {
        const v = this.value(b.list);
        if (Array.isArray(v))
          out.push({ type: 'list', style: b.style ?? 'numbered', items: (v as string[]).slice() });
      } else {
        const v = this.value(b.table);
        if (Array.isArray(v)) {
          const rows = v as ReadonlyArray<Readonly<Record<string, string>>>;
          out.push({
            type: 'table',
            columns: b.columns.map((c) => ({ header: this.plain(c.header), width: c.width })),
            rows: rows.map((r) => b.columns.map((c) => r[c.field] ?? '')),
          });
        }
      }
    }
    return out;
  }
}

/**
 * The address block: organization, position, then the person in the dative (ГОСТ Р 7.0.97 and
 * Kazakh office practice: «…министрлігі / Ақпараттық қауіпсіздік комитетінің төрағасы /
 * А. Б. Қасымовқа»), then the postal address. A name that cannot be declined safely stops the
 * letter with a question (addressee.dativeName) instead of printing it wrong.
 */
function addresseeLines(data: LetterData): Run[] {
  const a = data.addressee;
  const lines: Run[] = [];
  const org = addresseeIsOrganization(data);
  for (const s of [a.organization, a.position])
    if (s) lines.push({ text: s.trim(), bold: org && s === a.organization });
  if (!org) {
    const name = addresseeBlockName(data);
    if (!name) {
      throw new PdError(
        'VALIDATION',
        { problem: 'dative_required', field: 'addressee.dativeName', lang: data.lang },
        'errors.LETTER_DATIVE_REQUIRED',
      );
    }
    lines.push({ text: name, bold: true });
  }
  for (const s of a.address.split(/\r?\n/)) if (s.trim()) lines.push({ text: s.trim() });
  return lines;
}

/** Checks that no template can get round: a blocking period ends on or after its start. */
function checkData(data: LetterData): void {
  const b = data.blocking;
  if (b?.until && b.until < b.from) {
    throw new PdError(
      'VALIDATION',
      { problem: 'period_end_before_start', field: 'blocking.until' },
      'errors.LETTER_PERIOD_INVALID',
    );
  }
}

function contactsLine(lh: Letterhead, lang: LetterLang): string {
  const L = LABELS[lang];
  return [lh.phone && `${L.phone} ${lh.phone}`, lh.email && `${L.email}: ${lh.email}`, lh.website]
    .filter(Boolean)
    .join(', ');
}

/** The letterhead as printed: names and addresses in Kazakh and Russian, the BIN under each, contacts. */
export function composedLetterhead(lh: Letterhead, lang: LetterLang): ComposedLetter['letterhead'] {
  const side = (l: 'kk' | 'ru') => ({ name: companyName(lh, l), address: companyAddress(lh, l) });
  const bin = (l: 'kk' | 'ru') => `${LABELS[l].bin} ${lh.bin}`;
  return {
    kk: side('kk'),
    ru: side('ru'),
    binKk: bin('kk'),
    binRu: bin('ru'),
    contacts: contactsLine(lh, lang),
  };
}

export function composeLetter(
  data: LetterData,
  template: LetterTemplate,
  lh: Letterhead,
  opts: ComposeOptions,
): ComposedLetter {
  if (template.kind !== data.kind || template.lang !== data.lang) {
    throw new PdError(
      'VALIDATION',
      { problem: 'template_mismatch', kind: data.kind, lang: data.lang },
      'errors.LETTER_TEMPLATE_MISMATCH',
    );
  }
  const lang = data.lang;
  const L = LABELS[lang];
  checkData(data);
  const values = placeholderValues(data, lh, opts.outgoing);
  const r = new Resolver(values);
  if (
    !addresseeIsOrganization(data) &&
    !values.has('addressee.honorific') &&
    template.salutation.includes('addressee.honorific')
  ) {
    // Russian and English salutations need the addressee's sex; «Уважаемый(-ая)» is never printed.
    throw new PdError(
      'VALIDATION',
      { problem: 'gender_required', field: 'addressee.gender', lang },
      'errors.LETTER_GENDER_REQUIRED',
    );
  }

  const signatory = { name: r.plain('{{signatory.name}}'), position: r.plain('{{signatory.position}}') };
  const executor = { name: r.plain('{{executor.name}}'), phone: r.plain('{{executor.phone}}') };
  const senderNo = data.incoming.senderNumber;
  const letter: ComposedLetter = {
    kind: data.kind,
    lang,
    letterhead: composedLetterhead(lh, lang),
    reference: {
      outgoing: `${L.outgoingNo} ${printedNumber(opts.outgoing.number)}`,
      dated: L.dated(opts.outgoing.dateText),
      replyTo: L.replyTo(data.incoming.number, data.incoming.date),
      ...(senderNo ? { senderRef: L.senderRef(senderNo, data.incoming.senderDate) } : {}),
    },
    addressee: addresseeLines(data),
    title: r.runs(template.title),
    // An organization addressed without a named official gets no personal salutation.
    salutation: addresseeIsOrganization(data) ? [] : r.runs(template.salutation),
    body: r.blocks(template.body),
    ...(template.closing ? { closing: r.runs(template.closing) } : {}),
    signatory,
    executor,
    ...(template.annex
      ? {
          annex: {
            heading: r.runs(template.annex.heading),
            title: r.runs(template.annex.title),
            body: r.blocks(template.annex.body),
          },
        }
      : {}),
    summary: template.summary,
  };
  if (r.missing.size) {
    throw letterDataMissing(data.kind, lang, r.missing);
  }
  return letter;
}

/** The letter as plain text, top to bottom (preview, search, tests). */
export function letterText(l: ComposedLetter): string {
  const runs = (rs: Run[]) => rs.map((x) => x.text).join('');
  const blocks = (bs: ComposedBlock[]) =>
    bs.flatMap((b) =>
      b.type === 'paragraph'
        ? [runs(b.runs)]
        : b.type === 'list'
          ? b.items.map((it, i) => (b.style === 'numbered' ? `${i + 1}) ${it}` : `– ${it}`))
          : [b.columns.map((c) => c.header).join(' | '), ...b.rows.map((row) => row.join(' | '))],
    );
  const lines = [
    l.letterhead.kk.name,
    l.letterhead.ru.name,
    l.reference.outgoing,
    l.reference.dated,
    l.reference.replyTo,
    ...(l.reference.senderRef ? [l.reference.senderRef] : []),
    ...l.addressee.map((a) => a.text),
    runs(l.title),
    runs(l.salutation),
    ...blocks(l.body),
    ...(l.closing ? [runs(l.closing)] : []),
    `${l.signatory.position} ${l.signatory.name}`,
    `${LABELS[l.lang].executor}: ${l.executor.name}, ${LABELS[l.lang].phone} ${l.executor.phone}`,
    ...(l.annex ? [runs(l.annex.heading), runs(l.annex.title), ...blocks(l.annex.body)] : []),
  ];
  return lines.filter((s) => s !== '').join('\n');
}
