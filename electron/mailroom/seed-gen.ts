// The demo generator: a seeded PRNG and the people, addresses and numbers it draws (valid S10
// tracking numbers and IINs/BINs with their check digits computed; the people are fictitious).
import type { Channel, Language, PartyKind } from '../../common/contract/mailroom';
import { iinCheckDigit } from '../../common/identifiers/iin';
import { s10CheckDigit } from '../../common/identifiers/s10';
import {
  ALMATY_KK,
  ALMATY_RU,
  CITIES,
  COUNTRIES,
  KK_FEMALE,
  KK_MALE,
  KK_SURNAMES,
  LETTERS,
  MICRO,
  ORGANIZATIONS,
  REGION_STREETS_KK,
  REGION_STREETS_RU,
  RU_FEMALE,
  RU_MALE,
  RU_PATRONYMIC_ROOTS,
  RU_SURNAMES,
} from './seed-words';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Gen {
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

export function channelOf(r: number): Channel {
  if (r < 0.55) return 'registered_mail';
  if (r < 0.75) return 'courier';
  if (r < 0.9) return 'by_hand';
  return 'electronic';
}
