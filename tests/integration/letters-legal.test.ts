// Letters a Kazakhstan lawyer would sign (issue 14): every letter kind in Kazakh and Russian,
// generated from a realistic request (registered letter → request → decision with an internal
// note) in a real encrypted database, read back as the stored letter says it, and rendered by
// LibreOffice. Checked: Kazakh date forms, numbers without the register prefix, no Kazakh-only
// letters in a Russian letter outside the letterhead, the addressee in the dative, no internal
// note, the legal basis, the salutation; and the rules that stop a wrong letter.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterText, type ComposedLetter } from '../../common/letters/compose';
import { LETTER_KINDS, type LetterKind } from '../../common/letters/kinds';
import { legalBasisText } from '../../common/letters/phrases';
import type { RequestType } from '../../common/requests/vocab';
import { composeFeatures } from '../../electron/app/compose';
import { generateLetter, saveLetterhead } from '../../electron/letters/service';
import { getLetterDocx, previewStored, readLetterhead } from '../../electron/letters/queries';
import { AUTHORITY, NOTE, requestFor, type Lang2 } from '../helpers/letters-legal';
import { openDesk, type Desk } from '../helpers/requests';
import { tmpDir } from '../helpers/tmpdb';

const LETTER_DEPS = composeFeatures().letters;

const LANGS: Lang2[] = ['kk', 'ru'];
const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const TYPE_OF: Partial<Record<LetterKind, RequestType>> = {
  withdrawal_confirmation: 'withdrawal',
  refusal: 'withdrawal',
  stop_messages_confirmation: 'stop_messages',
  complaint_answer: 'complaint',
  authority_notice: 'complaint',
  minor_deletion_notice: 'minor_deletion',
  partial_grant: 'access',
  objection_answer: 'objection',
};

interface Made {
  kind: LetterKind;
  lang: Lang2;
  letter: ComposedLetter;
  text: string;
  docx: Buffer;
}

/** The letter without its bilingual letterhead (which carries the Kazakh company name). */
const bodyText = (m: Made) => letterText(m.letter).split('\n').slice(2).join('\n');

describe('letters a lawyer would sign, every kind in kk and ru', () => {
  let desk: Desk;
  const made: Made[] = [];

  beforeAll(async () => {
    desk = openDesk('2026-11-24T10:00:00+05:00');
    saveLetterhead(desk.server, 'admin', {
      ...readLetterhead(desk.server.db),
      signatory: {
        kk: { name: 'А. Б. Құнанбаев', position: 'Директор' },
        ru: { name: 'А. Б. Кунанбаев', position: 'Директор' },
        en: { name: 'A. Kunanbayev', position: 'Director' },
      },
      executor: { name: 'Г. Мусрепова', phone: '+7 727 355 00 00' },
    });
    for (const kind of LETTER_KINDS) {
      for (const lang of LANGS) {
        // Received on Friday 20 March 2026, answered on Tuesday 24 November (the clock's day).
        const id = requestFor(desk.server, kind, lang, '2026-03-20T10:00:00+05:00');
        const g = await generateLetter(desk.server, 'officer', { requestId: id, kind }, LETTER_DEPS);
        const letter = previewStored(desk.server.db, g.id);
        made.push({
          kind,
          lang,
          letter,
          text: letterText(letter),
          docx: getLetterDocx(desk.server.db, g.id).docx,
        });
      }
    }
  }, 120_000);

  afterAll(() => desk?.close());

  const cases = LETTER_KINDS.flatMap((k) => LANGS.map((l) => [k, l] as [LetterKind, Lang2]));

  it.each(cases)('%s.%s: dates, numbers, names, salutation, basis, no note', (kind, lang) => {
    const m = made.find((x) => x.kind === kind && x.lang === lang)!;
    const { text, letter } = m;
    // Numbers: the label once, the register's prefix never after it.
    expect(letter.reference.outgoing).toMatch(
      lang === 'kk' ? /^Шығ\. № 2026-\d{6}$/ : /^Исх\. № 2026-\d{6}$/,
    );
    expect(text).not.toMatch(/№\s*(ИСХ|ВХ)-/);
    // Dates: Kazakh year first, declined by role; never the old «20 наурыз 2026 ж.».
    if (lang === 'kk') {
      expect(text).toContain('2026 жылғы 20 наурыздағы кір. №');
      expect(text).not.toMatch(/\d{1,2} [а-яәғқңөұүһі]+ \d{4} ж\./);
      if (kind !== 'authority_notice') expect(text).toContain('2026 жылғы 20 наурызда келіп түскен');
      if (['withdrawal_confirmation', 'minor_deletion_notice'].includes(kind))
        expect(text).toContain('Серіктестік 2026 жылғы 24 қарашада');
    } else {
      expect(text).toContain('на вх. № 2026-');
      expect(text).toContain('20 марта 2026 г.');
      expect(bodyText(m), 'Kazakh-only letters in a Russian letter').not.toMatch(KAZAKH_ONLY);
    }
    // Salutation: by first name and patronymic, the right form, never «Уважаемый(-ая)».
    const salutation = letter.salutation.map((r) => r.text).join('');
    expect(text).not.toContain('(-ая)');
    const [kkName, ruName] =
      kind === 'authority_notice'
        ? ['Асхат Болатұлы', 'Асхат Болатович']
        : ['identity_request', 'minor_deletion_notice'].includes(kind)
          ? ['Сергей Николаевич', 'Сергей Николаевич']
          : ['Мария Петровна', 'Мария Петровна'];
    const male = kind === 'authority_notice' || ['identity_request', 'minor_deletion_notice'].includes(kind);
    expect(salutation).toBe(
      lang === 'kk' ? `Құрметті ${kkName}!` : `${male ? 'Уважаемый' : 'Уважаемая'} ${ruName}!`,
    );
    // The addressee block names the person in the dative, then the address.
    const block = letter.addressee.map((r) => r.text);
    const dative =
      kind === 'authority_notice'
        ? { kk: 'А. Б. Қасымовқа', ru: 'Касымову А. Б.' }[lang]
        : ['identity_request', 'minor_deletion_notice'].includes(kind)
          ? { kk: 'С. Н. Ивановқа', ru: 'Иванову С. Н.' }[lang]
          : { kk: 'М. П. Ивановаға', ru: 'Ивановой М. П.' }[lang];
    expect(block).toContain(dative);
    expect(letter.addressee.find((r) => r.text === dative)?.bold).toBe(true);
    expect(block.join('\n')).toMatch(kind === 'authority_notice' ? /Астана/ : /Алматы/);
    // The internal note never prints.
    expect(text).not.toContain(NOTE);
    expect(text).not.toContain('ВНУТРЕННЕЕ');
    // The legal basis: the decision's rule in the letter's language, or the law the letter cites.
    const type = TYPE_OF[kind];
    const outcome =
      kind === 'refusal' ? 'refused' : kind === 'partial_grant' ? 'partially_granted' : 'granted';
    if (type) expect(text).toContain(legalBasisText(type, outcome, lang));
    expect(text).toMatch(lang === 'kk' ? /Заң/ : /Закон/);
    // A sentence before a list ends with a colon.
    letter.body.forEach((b, i) => {
      if (b.type !== 'list') return;
      const prev = letter.body[i - 1];
      expect(
        prev?.type === 'paragraph'
          ? prev.runs
              .map((r) => r.text)
              .join('')
              .trim()
          : '',
        `${kind}.${lang} list intro`,
      ).toMatch(/:$/);
    });
    // Subject named as the data subject, in parentheses.
    if (
      lang === 'ru' &&
      !['acknowledgment', 'identity_request', 'refusal', 'partial_grant', 'complaint_answer'].includes(kind)
    )
      expect(text).toMatch(/субъекта персональных данных \(Иванов/);
  });

  it('says what the law requires of each letter', () => {
    const t = (kind: LetterKind, lang: Lang2) => made.find((x) => x.kind === kind && x.lang === lang)!.text;
    // Erasure still queued at central: ordered, not done; the retention exception is there.
    expect(t('withdrawal_confirmation', 'ru')).toContain('дало распоряжение об исключении учетной записи');
    expect(t('withdrawal_confirmation', 'ru')).not.toContain('данные уничтожены');
    expect(t('withdrawal_confirmation', 'ru')).toContain('хранение которых обязательно');
    expect(t('withdrawal_confirmation', 'kk')).toContain('жою туралы өкім бергенін');
    // The minor's letter goes to the father, cites 7.7, never invites the minor to register.
    expect(t('minor_deletion_notice', 'ru')).toContain('свидетельства о рождении № 45 от 02.03.2026');
    expect(t('minor_deletion_notice', 'ru')).toContain('пункту 7.7');
    expect(t('minor_deletion_notice', 'ru')).not.toMatch(/регистрац/);
    expect(t('minor_deletion_notice', 'kk')).not.toMatch(/қайта тіркел/);
    // A representative's authority is named.
    expect(t('identity_request', 'ru')).toContain(
      'действующему на основании доверенности № 45 от 02.03.2026',
    );
    expect(t('identity_request', 'kk')).toContain('2026 жылғы 2 наурыздағы № 45 сенімхат негізінде');
    // Identity: no copies by post, three lawful ways, no «period restarts».
    for (const l of LANGS)
      expect(t('identity_request', l)).not.toMatch(/со дня получения документов|құжаттар алынған күннен/);
    expect(t('identity_request', 'ru')).toContain('засвидетельствована нотариусом');
    expect(t('identity_request', 'ru')).toContain('электронной цифровой подписью');
    // Refusals cite their rule; a partial grant gives reasons and the appeal.
    expect(t('refusal', 'ru')).toContain('Основание отказа: пункт 2 статьи 8');
    expect(t('partial_grant', 'ru')).toContain('в части отказа – подпункт 7) пункта 2 статьи 25');
    expect(t('partial_grant', 'ru')).toMatch(/уполномоченный орган .* или в суд/s);
    // The authority: its own reference, organization → position → name, no duplicate lines.
    const auth = made
      .find((x) => x.kind === 'authority_notice' && x.lang === 'kk')!
      .letter.addressee.map((r) => r.text);
    expect(auth.slice(0, 3)).toEqual([AUTHORITY.name.kk, AUTHORITY.official.kk, 'А. Б. Қасымовқа']);
    const authRu = made.find((x) => x.kind === 'authority_notice' && x.lang === 'ru')!;
    expect(authRu.text).toContain('№ 27-02/555 от 18.11.2026');
    expect(authRu.text.split('Председателю Комитета').length).toBe(2);
    // Wording fixes.
    expect(t('stop_messages_confirmation', 'kk')).toContain('хабарламаны алған күнді');
    expect(t('stop_messages_confirmation', 'ru')).toContain('пункт 7.11 Политики');
    // Unblocking still queued at central: ordered, not done (done: letters-templates.test.ts).
    expect(t('unblocking_notice', 'kk')).toContain('бұғаттан шығару туралы өкім берілді');
    expect(t('unblocking_notice', 'kk')).not.toContain('бұғаттау алынды');
    expect(t('blocking_notice', 'ru')).toContain('дано распоряжение о блокировании');
    expect(t('stop_messages_confirmation', 'ru')).toContain('дало распоряжение прекратить направление');
    expect(t('objection_answer', 'ru')).toContain('статьей 19-1');
    expect(t('complaint_answer', 'ru')).toContain('с работниками проведен дополнительный инструктаж');
  });

  describe('through LibreOffice', () => {
    let dir: string;
    beforeAll(() => {
      dir = tmpDir('pd-letters-legal-');
      const files = made.map((m) => {
        const f = path.join(dir, `${m.kind}.${m.lang}.docx`);
        writeFileSync(f, m.docx);
        return f;
      });
      const profile = path.join(dir, 'lo-profile');
      mkdirSync(profile);
      const r = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          ...files,
        ],
        { encoding: 'utf8', timeout: 280_000 },
      );
      if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
    }, 300_000);
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it.each(cases)('%s.%s renders, with its salutation and number', (kind, lang) => {
      const m = made.find((x) => x.kind === kind && x.lang === lang)!;
      const r = spawnSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, `${kind}.${lang}.pdf`), '-'], {
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      const flat = r.stdout.replace(/[\s\u00A0\u2011-]+/g, '');
      const squash = (s: string) => s.replace(/[\s\u00A0\u2011-]+/g, '');
      expect(flat).toContain(squash(m.letter.salutation.map((x) => x.text).join('')));
      expect(flat).toContain(squash(m.letter.reference.outgoing));
      expect(r.stdout).not.toMatch(/\{\{|\}\}/);
    });
  });
});
