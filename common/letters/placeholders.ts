// The placeholders a letter template may use, with what kind of value each is. A template that
// names anything else is refused, so a typo never reaches a letter as literal «{{subjet.name}}».

export type PlaceholderType = 'text' | 'date' | 'list' | 'table';

export interface PlaceholderSpec {
  type: PlaceholderType;
  /** For tables: the columns a template may show ('no' is the row number). */
  fields?: readonly string[];
  /** Shown in the template editor. */
  hint: string;
}

export const PLACEHOLDERS = {
  'company.name': { type: 'text', hint: 'company name in the letter language' },
  'company.bin': { type: 'text', hint: 'company BIN' },
  'company.address': { type: 'text', hint: 'company address in the letter language' },
  'company.phone': { type: 'text', hint: 'company phone (settings)' },
  'company.email': { type: 'text', hint: 'company e-mail (settings)' },
  'company.website': { type: 'text', hint: 'company website (settings)' },

  'outgoing.number': { type: 'text', hint: 'this letter’s Исх. №' },
  'outgoing.date': { type: 'date', hint: 'this letter’s date' },
  'incoming.number': { type: 'text', hint: 'Вх. № of the letter answered' },
  'incoming.date': { type: 'date', hint: 'date the letter answered was received' },
  'incoming.senderNumber': { type: 'text', hint: 'the sender’s own reference number' },
  'incoming.senderDate': { type: 'date', hint: 'the sender’s own reference date' },
  'incoming.senderRef': { type: 'text', hint: 'the sender’s reference: «№ 27-02/555 от 18.11.2026»' },

  'request.number': { type: 'text', hint: 'request number' },
  'request.receivedDate': { type: 'date', hint: 'date the request was received' },
  'request.dueDate': { type: 'date', hint: 'date the answer is due' },

  'addressee.name': { type: 'text', hint: 'addressee full name' },
  'addressee.salutationName': { type: 'text', hint: 'name used in the salutation' },
  'addressee.honorific': { type: 'text', hint: 'Құрметті / Уважаемый / Уважаемая / Dear, by gender' },
  'addressee.position': { type: 'text', hint: 'addressee position (officials)' },
  'addressee.organization': { type: 'text', hint: 'addressee organization (officials)' },

  'subject.name': { type: 'text', hint: 'data subject full name' },
  'subject.iinMasked': { type: 'text', hint: 'data subject IIN, masked' },
  'subject.accountId': { type: 'text', hint: 'account id in the iBusiness app' },
  'representative.name': { type: 'text', hint: 'legal representative' },
  'representative.authority': { type: 'text', hint: 'document giving the representative authority' },

  'decision.date': { type: 'date', hint: 'date the action was taken' },
  'decision.reasons': { type: 'list', hint: 'reasons (refusal)' },
  'decision.measures': { type: 'list', hint: 'measures taken' },
  'decision.findings': { type: 'text', hint: 'findings of the review' },
  'decision.obligations': { type: 'text', hint: 'unfulfilled contractual obligations' },
  'decision.note': { type: 'text', hint: 'internal note: never printed (always empty)' },
  'decision.legalBasis': { type: 'text', hint: 'legal basis of the decision, in the letter language' },
  'decision.erasureDone': { type: 'text', hint: 'condition: central confirmed the erasure' },
  'decision.erasureOrdered': { type: 'text', hint: 'condition: erasure ordered, not yet confirmed' },
  'decision.actionsPending': {
    type: 'text',
    hint: 'condition: an action is ordered but central has not confirmed it',
  },
  'decision.automatedStopped': { type: 'text', hint: 'condition: automated processing stopped (objection)' },

  'identity.documents': { type: 'list', hint: 'documents requested' },
  'identity.replyBy': { type: 'date', hint: 'date by which to send them' },

  'data.items': {
    type: 'table',
    fields: ['no', 'category', 'value', 'purpose', 'source', 'retention'],
    hint: 'data held (annex table)',
  },
  'data.purposes': { type: 'list', hint: 'purposes of processing' },
  'data.sources': { type: 'list', hint: 'sources of the data' },
  'data.thirdParties': { type: 'list', hint: 'third parties the data was given to' },
  'data.delivery': { type: 'text', hint: 'how the copy is delivered' },

  'rectification.changes': {
    type: 'table',
    fields: ['no', 'field', 'before', 'after'],
    hint: 'corrections made',
  },

  'blocking.reason': { type: 'text', hint: 'why the data is blocked' },
  'blocking.from': { type: 'date', hint: 'blocked from' },
  'blocking.until': { type: 'date', hint: 'blocked until (end of verification)' },

  'messages.channels': { type: 'list', hint: 'channels stopped (SMS, WhatsApp, …)' },

  'signatory.name': { type: 'text', hint: 'who signs' },
  'signatory.position': { type: 'text', hint: 'signatory position' },
  'executor.name': { type: 'text', hint: 'executor (officer)' },
  'executor.phone': { type: 'text', hint: 'executor phone' },
} as const satisfies Record<string, PlaceholderSpec>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

function ownSpec(name: string): PlaceholderSpec | undefined {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name)
    ? (PLACEHOLDERS as Record<string, PlaceholderSpec>)[name]
    : undefined;
}

/**
 * A date placeholder may name a Kazakh case form: {{incoming.date.loc}} «2026 жылғы 20 наурызда»,
 * .attr «…наурыздағы», .dat «…наурызға», .abl «…наурыздан» (Russian and English print the same date in every form).
 */
export function baseDatePlaceholder(name: string): string | undefined {
  const m = /^(.+)\.(loc|attr|dat|abl)$/.exec(name);
  return m && ownSpec(m[1]!)?.type === 'date' ? m[1] : undefined;
}

export function placeholderSpec(name: string): PlaceholderSpec | undefined {
  const base = baseDatePlaceholder(name);
  return ownSpec(base ?? name);
}
