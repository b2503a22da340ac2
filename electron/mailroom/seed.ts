// Demo data for the incoming register: realistic Kazakh and Russian names, Almaty and regional
// addresses, valid S10 tracking numbers and IINs/BINs (check digits computed, people fictitious).
// Built for volume (a million letters): batches of rows per transaction, one audit entry per
// batch, numbers taken as blocks from the same counters the app uses, and NO sync events
// (demo letters must never reach the central system).
import { randomUUID } from 'node:crypto';
import type { Channel, Language, PartyKind } from '../../common/contract/mailroom';
import { iinCheckDigit } from '../../common/identifiers/iin';
import { s10CheckDigit } from '../../common/identifiers/s10';
import { almatyParts, fromAlmatyWallClock } from '../../common/mailroom/almaty';
import { nameSortKey } from '../../common/mailroom/text';
import { incomingInserter, type IncomingRecord } from './sql/incoming';
import type { Server } from '../sql/server';
import { assignBlock } from './numbering';

export interface SeedOptions {
  letters: number;
  /** PRNG seed: the same seed gives the same letters (numbers and ids aside). */
  seed?: number;
  /** Rows per transaction. */
  batch?: number;
  /** Letters are spread over this many days ending yesterday (default: about 1,000 a day, at least 30 days). */
  days?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  letters: number;
  batches: number;
  first: string | null;
  last: string | null;
  from: string | null;
  to: string | null;
  ms: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary.

const KK_MALE = [
  'Нұрлан',
  'Ерлан',
  'Асхат',
  'Бауыржан',
  'Дәурен',
  'Ержан',
  'Қайрат',
  'Мұрат',
  'Серік',
  'Талғат',
  'Арман',
  'Әлихан',
  'Нұрсұлтан',
  'Бекзат',
  'Жандос',
  'Ақжол',
  'Дархан',
  'Олжас',
  'Ғалым',
  'Еркебұлан',
];
const KK_FEMALE = [
  'Айгерім',
  'Әсел',
  'Гүлнара',
  'Динара',
  'Жанар',
  'Мөлдір',
  'Назерке',
  'Салтанат',
  'Ақбота',
  'Айжан',
  'Мадина',
  'Аружан',
  'Гүлжан',
  'Балжан',
  'Сәуле',
  'Толғанай',
  'Жұлдыз',
  'Ақмарал',
  'Інжу',
  'Ұлжан',
];
/** [male, female]; one form when the surname does not change. */
const KK_SURNAMES: [string, string][] = [
  ['Сейтқали', 'Сейтқали'],
  ['Нұрланов', 'Нұрланова'],
  ['Жұмабаев', 'Жұмабаева'],
  ['Әбенов', 'Әбенова'],
  ['Тоқтаров', 'Тоқтарова'],
  ['Қасымов', 'Қасымова'],
  ['Оспанов', 'Оспанова'],
  ['Серікбаев', 'Серікбаева'],
  ['Ахметов', 'Ахметова'],
  ['Байжанов', 'Байжанова'],
  ['Мұқанов', 'Мұқанова'],
  ['Сәрсенбаев', 'Сәрсенбаева'],
  ['Ержанов', 'Ержанова'],
  ['Қалиев', 'Қалиева'],
  ['Төлегенов', 'Төлегенова'],
  ['Ғабдуллин', 'Ғабдуллина'],
  ['Омаров', 'Омарова'],
  ['Дүйсенов', 'Дүйсенова'],
  ['Жақсылықов', 'Жақсылықова'],
  ['Смағұлов', 'Смағұлова'],
  ['Нұрлыбек', 'Нұрлыбек'],
  ['Жанұзақ', 'Жанұзақ'],
  ['Есенғали', 'Есенғали'],
  ['Үсенов', 'Үсенова'],
  ['Ізбасаров', 'Ізбасарова'],
];
const RU_MALE = [
  'Александр',
  'Сергей',
  'Дмитрий',
  'Андрей',
  'Алексей',
  'Максим',
  'Иван',
  'Михаил',
  'Владимир',
  'Николай',
  'Евгений',
  'Павел',
  'Олег',
  'Виктор',
];
const RU_FEMALE = [
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Анна',
  'Мария',
  'Светлана',
  'Екатерина',
  'Юлия',
  'Людмила',
  'Оксана',
];
const RU_SURNAMES: [string, string][] = [
  ['Иванов', 'Иванова'],
  ['Петров', 'Петрова'],
  ['Смирнов', 'Смирнова'],
  ['Кузнецов', 'Кузнецова'],
  ['Попов', 'Попова'],
  ['Васильев', 'Васильева'],
  ['Соколов', 'Соколова'],
  ['Михайлов', 'Михайлова'],
  ['Новиков', 'Новикова'],
  ['Фёдоров', 'Фёдорова'],
  ['Морозов', 'Морозова'],
  ['Волков', 'Волкова'],
  ['Лебедев', 'Лебедева'],
  ['Семёнов', 'Семёнова'],
  ['Егоров', 'Егорова'],
  ['Павлов', 'Павлова'],
  ['Козлов', 'Козлова'],
  ['Степанов', 'Степанова'],
  ['Ким', 'Ким'],
  ['Цой', 'Цой'],
  ['Пак', 'Пак'],
  ['Шевченко', 'Шевченко'],
  ['Бондаренко', 'Бондаренко'],
  ['Гончаренко', 'Гончаренко'],
];
const RU_PATRONYMIC_ROOTS = [
  'Александров',
  'Сергеев',
  'Викторов',
  'Николаев',
  'Владимиров',
  'Петров',
  'Иванов',
  'Михайлов',
  'Юрьев',
  'Андреев',
];

const ORGANIZATIONS: { name: string; language: Language }[] = [
  { name: '«Жетісу Трейд» ЖШС', language: 'kk' },
  { name: '«Көкжиек Консалтинг» ЖШС', language: 'kk' },
  { name: 'ТОО «Алматы Медиа Групп»', language: 'ru' },
  { name: 'ТОО «Дала Логистик»', language: 'ru' },
  { name: 'ТОО «Тянь-Шань Девелопмент»', language: 'ru' },
  { name: 'Алматы қаласының Мемлекеттік кірістер департаменті', language: 'kk' },
  { name: 'Министерство искусственного интеллекта и цифрового развития РК', language: 'ru' },
  { name: 'Адвокатская контора «Закон и право»', language: 'ru' },
  { name: 'Нотариус Алматинского нотариального округа', language: 'ru' },
  { name: 'Legal Partners Kazakhstan LLP', language: 'en' },
];

const ALMATY_KK = [
  'Абай даңғылы',
  'Достық даңғылы',
  'Әл-Фараби даңғылы',
  'Төле би көшесі',
  'Жібек жолы даңғылы',
  'Сейфуллин даңғылы',
  'Гоголь көшесі',
  'Райымбек даңғылы',
  'Розыбакиев көшесі',
  'Тимирязев көшесі',
  'Байзақов көшесі',
  'Жандосов көшесі',
];
const ALMATY_RU = [
  'пр. Абая',
  'пр. Достык',
  'пр. аль-Фараби',
  'ул. Толе би',
  'пр. Жибек жолы',
  'пр. Сейфуллина',
  'ул. Гоголя',
  'пр. Райымбека',
  'ул. Розыбакиева',
  'ул. Тимирязева',
  'ул. Байзакова',
  'ул. Жандосова',
];
const MICRO = ['Самал-2', 'Орбита-3', 'Аксай-4', 'Таугуль', 'Мамыр-1', 'Алмагуль', 'Жетысу-2', 'Коктем-1'];
/** [Kazakh name, Russian name, postal index]. */
const CITIES: [string, string, string][] = [
  ['Астана', 'Астана', '010000'],
  ['Шымкент', 'Шымкент', '160000'],
  ['Қарағанды', 'Караганда', '100000'],
  ['Ақтөбе', 'Актобе', '030000'],
  ['Тараз', 'Тараз', '080000'],
  ['Павлодар', 'Павлодар', '140000'],
  ['Өскемен', 'Усть-Каменогорск', '070000'],
  ['Семей', 'Семей', '071400'],
  ['Атырау', 'Атырау', '060000'],
  ['Қостанай', 'Костанай', '110000'],
  ['Қызылорда', 'Кызылорда', '120000'],
  ['Орал', 'Уральск', '090000'],
  ['Петропавл', 'Петропавловск', '150000'],
  ['Ақтау', 'Актау', '130000'],
  ['Түркістан', 'Туркестан', '161200'],
  ['Талдықорған', 'Талдыкорган', '040000'],
  ['Көкшетау', 'Кокшетау', '020000'],
  ['Қаскелең', 'Каскелен', '040900'],
  ['Қонаев', 'Конаев', '040800'],
];
const REGION_STREETS_KK = [
  'Абай',
  'Бейбітшілік',
  'Тәуелсіздік',
  'Қабанбай батыр',
  'Назарбаев',
  'Төле би',
  'Жамбыл',
  'Сәтпаев',
];
const REGION_STREETS_RU = [
  'Абая',
  'Мира',
  'Независимости',
  'Кабанбай батыра',
  'Ленина',
  'Толе би',
  'Жамбыла',
  'Сатпаева',
];

const SUMMARIES: Record<'kk' | 'ru' | 'en', [string, string][]> = {
  kk: [
    ['Келісімді қайтарып алу туралы өтініш', 'өтініш'],
    ['Дербес деректерді жою туралы өтініш', 'өтініш'],
    ['Дербес деректерге қол жеткізу туралы сұрау', 'сұрау'],
    ['Дербес деректерді түзету туралы өтініш', 'өтініш'],
    ['SMS-хабарламаларды тоқтату туралы өтініш', 'өтініш'],
    ['Құпиялылық саясатын бұзу туралы шағым', 'шағым'],
    ['Дербес деректерді бұғаттау туралы талап', 'талап'],
  ],
  ru: [
    ['Заявление об отзыве согласия на обработку персональных данных', 'заявление'],
    ['Запрос о предоставлении сведений о персональных данных', 'запрос'],
    ['Заявление об исправлении персональных данных', 'заявление'],
    ['Просьба прекратить рассылку SMS и рекламных сообщений', 'заявление'],
    ['Жалоба на нарушение политики конфиденциальности', 'жалоба'],
    ['Требование о блокировании персональных данных', 'требование'],
    ['Заявление об удалении учётной записи и персональных данных', 'заявление'],
    ['Запрос уполномоченного органа о проверке обработки персональных данных', 'запрос'],
  ],
  en: [
    ['Request for access to personal data', 'request'],
    ['Withdrawal of consent to processing of personal data', 'letter'],
  ],
};
const COURIERS = ['DHL Express', 'Pony Express', 'CDEK', 'Exline', 'Alem-Tat', 'Казпочта EMS'];
const OFFICERS = ['Ахметова Д.', 'Ким С.', 'Нұрланов Е.', 'Иванова О.', 'Сейітова А.'];
const COUNTRIES = ['KZ', 'KZ', 'KZ', 'KZ', 'KZ', 'KZ', 'KZ', 'RU', 'UZ', 'KG'];
const LETTERS = Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ');

// ---------------------------------------------------------------------------------------------

class Gen {
  constructor(readonly rnd: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }
  pick<T>(a: readonly T[]): T {
    return a[Math.floor(this.rnd() * a.length)]!;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.rnd() * 10));
    return s;
  }

  s10(): string {
    const serial = this.digits(8);
    return `R${this.pick(LETTERS)}${serial}${s10CheckDigit(serial)}${this.pick(COUNTRIES)}`;
  }

  iin(male: boolean): string {
    for (;;) {
      const y = this.int(1950, 2007);
      const m = this.int(1, 12);
      const d = this.int(1, 28);
      const century = y >= 2000 ? (male ? '5' : '6') : male ? '3' : '4';
      const first11 = `${String(y % 100).padStart(2, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${century}${this.digits(4)}`;
      const c = iinCheckDigit(first11);
      if (c !== null) return first11 + c;
    }
  }

  bin(): string {
    for (;;) {
      const first11 = `${String(this.int(0, 24)).padStart(2, '0')}${String(this.int(1, 12)).padStart(2, '0')}40${this.digits(5)}`;
      const c = iinCheckDigit(first11);
      if (c !== null) return first11 + c;
    }
  }

  address(kk: boolean): string {
    const r = this.rnd();
    const n = this.int(1, 220);
    const apt = this.int(1, 180);
    if (r < 0.45) {
      return kk
        ? `Алматы қ., ${this.pick(ALMATY_KK)} ${n}, ${apt} пәтер`
        : `0500${this.int(0, 6)}${this.int(0, 9)}, г. Алматы, ${this.pick(ALMATY_RU)}, д. ${n}, кв. ${apt}`;
    }
    if (r < 0.6)
      return kk
        ? `Алматы қ., ${this.pick(MICRO)} ш.а., ${this.int(1, 40)} үй, ${apt} пәтер`
        : `г. Алматы, мкр. ${this.pick(MICRO)}, д. ${this.int(1, 40)}, кв. ${apt}`;
    const [cityKk, cityRu, index] = this.pick(CITIES);
    return kk
      ? `${index}, ${cityKk} қ., ${this.pick(REGION_STREETS_KK)} көшесі ${n}, ${apt} пәтер`
      : `${index}, г. ${cityRu}, ул. ${this.pick(REGION_STREETS_RU)}, д. ${n}, кв. ${apt}`;
  }

  sender(): { kind: PartyKind; name: string; iin: string | null; address: string; language: Language } {
    const r = this.rnd();
    if (r < 0.08) {
      const org = this.pick(ORGANIZATIONS);
      return {
        kind: 'organization',
        name: org.name,
        iin: this.rnd() < 0.7 ? this.bin() : null,
        address: this.address(org.language === 'kk'),
        language: org.language,
      };
    }
    const male = this.rnd() < 0.45;
    if (r < 0.6) {
      const first = this.pick(male ? KK_MALE : KK_FEMALE);
      const [sm, sf] = this.pick(KK_SURNAMES);
      const surname = male ? sm : sf;
      const kk = this.rnd() < 0.7;
      const name = this.rnd() < 0.6 ? `${first} ${surname}` : `${surname} ${first}`;
      return {
        kind: 'person',
        name,
        iin: this.rnd() < 0.75 ? this.iin(male) : null,
        address: this.address(kk),
        language: kk ? 'kk' : 'ru',
      };
    }
    const first = this.pick(male ? RU_MALE : RU_FEMALE);
    const [sm, sf] = this.pick(RU_SURNAMES);
    const patronymic = `${this.pick(RU_PATRONYMIC_ROOTS)}${male ? 'ич' : 'на'}`;
    const en = this.rnd() < 0.02;
    return {
      kind: 'person',
      name: `${male ? sm : sf} ${first} ${patronymic}`,
      iin: this.rnd() < 0.75 ? this.iin(male) : null,
      address: this.address(false),
      language: en ? 'en' : 'ru',
    };
  }
}

function channelOf(r: number): Channel {
  if (r < 0.55) return 'registered_mail';
  if (r < 0.75) return 'courier';
  if (r < 0.9) return 'by_hand';
  return 'electronic';
}

export function seedDemo(server: Server, actor: string, opts: SeedOptions): SeedResult {
  const t0 = Date.now();
  const total = opts.letters;
  const batchSize = opts.batch ?? 20_000;
  const days = opts.days ?? Math.max(30, Math.ceil(total / 1000));
  const g = new Gen(mulberry32(opts.seed ?? 20261123));
  const now = server.now();
  const result: SeedResult = { letters: 0, batches: 0, first: null, last: null, from: null, to: null, ms: 0 };
  const previousCache = server.db.pragma('cache_size', { simple: true }) as number;
  server.db.pragma('cache_size = -262144');
  try {
    for (let done = 0; done < total;) {
      const n = Math.min(batchSize, total - done);
      // Times for this batch only (memory stays flat at any size).
      const times = receiptTimesRange(total, days, now, g, done, n);
      server.write(actor, (tx) => {
        const insert = incomingInserter(tx.db);
        const createdAt = tx.now.toISOString();
        let i = 0;
        let firstNo: string | null = null;
        let lastNo: string | null = null;
        while (i < n) {
          const year = times[i]!.year;
          let j = i;
          while (j < n && times[j]!.year === year) j++;
          const block = assignBlock(tx.db, 'incoming', year, j - i);
          for (let k = i; k < j; k++) {
            const seq = block.first + (k - i);
            const rec = makeRecord(g, times[k]!, seq, block.format(seq), createdAt, actor);
            insert(rec);
            firstNo ??= rec.incomingNo;
            lastNo = rec.incomingNo;
          }
          i = j;
        }
        tx.audit({
          action: 'seed.demo',
          entityType: 'incoming_letter',
          entityId: 'demo',
          summary: `demo letters ${firstNo}..${lastNo} (${n} rows, no sync events)`,
        });
        result.first ??= firstNo;
        result.last = lastNo;
      });
      result.from ??= times[0]!.date;
      result.to = times[n - 1]!.date;
      done += n;
      result.letters = done;
      result.batches++;
      opts.onProgress?.(done, total);
    }
  } finally {
    server.db.pragma(`cache_size = ${previousCache}`);
  }
  result.ms = Date.now() - t0;
  return result;
}

interface Receipt {
  at: Date;
  /** Almaty calendar date and year of `at`. */
  date: string;
  year: number;
}

/**
 * Receipt instants of letters from..from+n of `count` spread over `days` days ending yesterday
 * (Almaty), ascending, in office hours 09:00-18:00: never in the future, never all at one instant.
 */
function receiptTimesRange(
  count: number,
  days: number,
  now: Date,
  g: Gen,
  from: number,
  n: number,
): Receipt[] {
  const today = almatyParts(now);
  const out: Receipt[] = [];
  let cachedDay = -1;
  let dayStart = 0;
  let date = '';
  let year = 0;
  for (let i = from; i < from + n; i++) {
    const dayIndex = Math.floor((i * days) / count);
    if (dayIndex !== cachedDay) {
      const d = new Date(Date.UTC(today.year, today.month - 1, today.day) - (days - dayIndex) * 86_400_000);
      year = d.getUTCFullYear();
      date = d.toISOString().slice(0, 10);
      dayStart = fromAlmatyWallClock(year, d.getUTCMonth() + 1, d.getUTCDate()).getTime();
      cachedDay = dayIndex;
    }
    const firstOfDay = Math.ceil((dayIndex * count) / days);
    const nextFirst = Math.ceil(((dayIndex + 1) * count) / days);
    const perDay = Math.max(1, nextFirst - firstOfDay);
    const minuteOfDay = 9 * 60 + ((i - firstOfDay + g.rnd() * 0.9) * 540) / perDay;
    out.push({ at: new Date(dayStart + Math.floor(minuteOfDay * 60_000)), date, year });
  }
  return out;
}

function makeRecord(
  g: Gen,
  r: Receipt,
  seq: number,
  incomingNo: string,
  createdAt: string,
  actor: string,
): IncomingRecord {
  const s = g.sender();
  const channel = channelOf(g.rnd());
  const lang = s.language === 'other' ? 'ru' : s.language;
  const [summary, documentType] = g.pick(SUMMARIES[lang === 'en' ? 'en' : lang]);
  const courier = channel === 'courier';
  return {
    uid: randomUUID(),
    year: r.year,
    seq,
    incomingNo,
    receivedAt: r.at.toISOString(),
    receivedDate: r.date,
    channel,
    trackingNumber: channel === 'registered_mail' ? g.s10() : null,
    trackingWarning: null,
    courierCompany: courier ? g.pick(COURIERS) : null,
    waybill: courier ? g.digits(10) : null,
    senderKind: s.kind,
    senderName: s.name,
    senderSort: nameSortKey(s.name),
    senderIin: s.iin,
    senderAddress: channel === 'electronic' && g.rnd() < 0.5 ? null : s.address,
    senderRefNumber: s.kind === 'organization' ? `${g.int(1, 99)}-${g.int(100, 9999)}` : null,
    senderRefDate: null,
    documentType,
    language: s.language,
    summary,
    sheets: g.int(1, 6),
    enclosures:
      g.rnd() < 0.2 ? (lang === 'kk' ? 'сенімхат көшірмесі, 1 парақ' : 'копия доверенности, 1 л.') : null,
    notes: null,
    assignedTo: g.rnd() < 0.8 ? g.pick(OFFICERS) : null,
    dueDate: null,
    createdAt,
    createdBy: actor,
  };
}
