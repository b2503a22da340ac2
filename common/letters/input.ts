// LetterInput: everything a reply letter says, as data. The letters engine renders it through a
// template; the subject-request feature (issue 5) builds it from a request, the CLI reads it from a
// JSON file, and the renderer may send it for a preview. Dates are calendar dates (YYYY-MM-DD,
// Almaty); the engine formats them per language.
import { z } from 'zod';
import { LETTER_KINDS, LETTER_LANGS, MESSAGE_CHANNELS } from './kinds';

const text = (max: number) => z.string().trim().min(1).max(max);
const date = z.iso.date();
const list = (maxItem: number, maxItems: number) => z.array(text(maxItem)).min(1).max(maxItems);

/** A register number such as ИСХ-2026-000145 or ВХ-2026-000123. */
const registerNo = text(60);

export const letterPersonSchema = z.strictObject({
  name: text(200),
  position: text(200),
});

export const letterInputSchema = z.strictObject({
  kind: z.enum(LETTER_KINDS),
  lang: z.enum(LETTER_LANGS),
  /** The letter's own Исх. № and date. Assigned by the outgoing register when generating; given when only rendering. */
  outgoing: z.strictObject({ number: registerNo, date }).optional(),
  /** The letter it answers: our incoming register entry, and the sender's own reference if it had one. */
  incoming: z.strictObject({
    number: registerNo,
    date,
    senderNumber: text(60).optional(),
    senderDate: date.optional(),
  }),
  /** The subject request (issue 5), when there is one. */
  request: z
    .strictObject({
      id: text(64).optional(),
      number: text(60).optional(),
      type: text(40).optional(),
      receivedDate: date.optional(),
      dueDate: date.optional(),
    })
    .optional(),
  /** Who the letter goes to: the subject, their representative, or an official of the authorized body. */
  addressee: z.strictObject({
    name: text(200),
    /** How the salutation names them (e.g. «Айгерім Серікқызы»); default: name. */
    salutationName: text(200).optional(),
    /** For the Russian and English salutation (Уважаемый / Уважаемая, Mr / Ms) and the Russian dative. */
    gender: z.enum(['M', 'F']).optional(),
    /** The name as the address block prints it («Ивановой М. П.»), when it cannot be declined. */
    dativeName: text(300).optional(),
    /** For officials, already in the form the addressee block needs (e.g. «Директору Департамента …»). */
    position: text(300).optional(),
    organization: text(300).optional(),
    /** Postal address; lines separated by \n. */
    address: text(500),
    email: z.email().max(200).optional(),
  }),
  /** The person whose data the request is about (may differ from the addressee). */
  subject: z.strictObject({
    name: text(200),
    iin: z
      .string()
      .regex(/^\d{12}$/)
      .optional(),
    accountId: text(100).optional(),
  }),
  representative: z.strictObject({ name: text(200), authority: text(300) }).optional(),
  decision: z
    .strictObject({
      /** The day the action was taken (deletion, block, suppression …). */
      date: date.optional(),
      reasons: list(2000, 20).optional(),
      measures: list(2000, 20).optional(),
      findings: text(4000).optional(),
      /** The unfulfilled obligations under a contract that prevent a withdrawal (Art. 8 p.2). */
      obligations: text(2000).optional(),
      /** The rule the decision relies on, in the letter's language. */
      legalBasis: text(1000).optional(),
      /** Erasure: done once central confirmed it, ordered until then. */
      erasure: z.enum(['done', 'ordered']).optional(),
      /** Some action of the decision is not yet confirmed by central: the letter says it was ordered. */
      actionsPending: z.boolean().optional(),
      /** Objection (Art. 19-1): whether automated processing of the subject's data stops. */
      automatedProcessingStopped: z.boolean().optional(),
      /** Internal note: accepted for old inputs, never printed. */
      note: text(2000).optional(),
    })
    .optional(),
  identity: z
    .strictObject({
      documents: list(300, 10),
      replyBy: date.optional(),
    })
    .optional(),
  /** What is held about the subject (access answer annex). */
  data: z
    .strictObject({
      items: z
        .array(
          z.strictObject({
            category: text(200),
            value: text(2000),
            purpose: text(500).optional(),
            source: text(300).optional(),
            retention: text(300).optional(),
          }),
        )
        .min(1)
        .max(2000),
      purposes: list(500, 20).optional(),
      sources: list(300, 20).optional(),
      thirdParties: list(300, 20).optional(),
      delivery: text(300).optional(),
    })
    .optional(),
  rectification: z
    .strictObject({
      changes: z
        .array(z.strictObject({ field: text(200), before: z.string().trim().max(1000), after: text(1000) }))
        .min(1)
        .max(100),
    })
    .optional(),
  blocking: z.strictObject({ reason: text(2000), from: date, until: date.optional() }).optional(),
  messages: z
    .strictObject({
      channels: z.array(z.enum(MESSAGE_CHANNELS)).min(1).max(MESSAGE_CHANNELS.length),
    })
    .optional(),
  /** Default: the letterhead settings' signatory and executor. */
  signatory: letterPersonSchema.optional(),
  executor: z.strictObject({ name: text(200), phone: text(60) }).optional(),
});

export type LetterInput = z.infer<typeof letterInputSchema>;
/** A LetterInput before the outgoing register has numbered it. */
export type LetterData = Omit<LetterInput, 'outgoing'>;

/** The data of a letter without its kind and language (those are chosen when generating). */
export const letterBodySchema = letterInputSchema.omit({ outgoing: true, kind: true, lang: true });
export type LetterBody = z.infer<typeof letterBodySchema>;

/** The company's letterhead, signatory and executor defaults: an administrator setting. */
export const letterheadSchema = z.strictObject({
  nameKk: text(300),
  nameRu: text(300),
  nameEn: text(300),
  bin: z.string().regex(/^\d{12}$/),
  addressKk: text(300),
  addressRu: text(300),
  addressEn: text(300),
  phone: text(100).optional(),
  email: z.email().max(200).optional(),
  website: text(200).optional(),
  /** PNG or JPEG, base64; shown in the middle of the letterhead. */
  logo: z
    .strictObject({
      base64: z
        .string()
        .max(700_000)
        .regex(/^[A-Za-z0-9+/]+={0,2}$/),
      type: z.enum(['png', 'jpg']),
      /** Display height in millimetres (the width follows the image's proportions). */
      heightMm: z.number().min(5).max(40),
      widthMm: z.number().min(5).max(60),
    })
    .optional(),
  /** Who signs, per language (the name is usually the same, the position is translated). */
  signatory: z
    .strictObject({ kk: letterPersonSchema, ru: letterPersonSchema, en: letterPersonSchema })
    .optional(),
  executor: z.strictObject({ name: text(200), phone: text(60) }).optional(),
  /**
   * The person responsible for organising the processing of personal data (Art. 25 p.3): their
   * contact goes into every breach notice (Art. 25 p.2(8)).
   */
  responsible: z
    .strictObject({
      name: text(200),
      position: z.strictObject({ kk: text(300), ru: text(300) }).optional(),
      phone: text(60),
      email: z.email().max(200).optional(),
    })
    .optional(),
});
export type Letterhead = z.infer<typeof letterheadSchema>;

/**
 * What ships: the brief's company details. Contacts, signatory and executor are the administrator's
 * to fill in (settings); until then a letter needs them in its input.
 */
export const DEFAULT_LETTERHEAD: Letterhead = {
  nameKk: '«iBusiness (Зияткерлік Бизнес)» ЖШС',
  nameRu: 'ТОО «iBusiness (Интеллектуальный Бизнес)»',
  nameEn: 'iBusiness (Intellectual Business) LLP',
  bin: '220440001087',
  addressKk: '050040, Алматы қ., Әл-Фараби даңғылы, 47/79',
  addressRu: '050040, г. Алматы, пр. Аль-Фараби, 47/79',
  addressEn: '47/79 Al-Farabi Avenue, Almaty 050040, Kazakhstan',
  website: 'ibusiness.asia',
};
