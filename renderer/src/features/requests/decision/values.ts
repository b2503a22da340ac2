// The decision form's values: what the officer types for each request type, their defaults, and
// the same values as the contract's decision input (what requests.planDecision and
// requests.decide take). The form checks with the contract's own schema, so this is the one place
// that turns strings into the contract's shape.
import type { Control, FieldErrors, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import type { RequestDetail } from '../../../../../common/contract/requests';
import type { BLOCKING_OPERATIONS, DecisionInput } from '../../../../../common/requests/decisions';
import type {
  ACCESS_DELIVERY_METHODS,
  BLOCK_REASONS,
  DecisionOutcome,
  RECTIFY_FIELDS,
  RequestType,
  SUPPRESS_CHANNELS,
} from '../../../../../common/requests/vocab';
import type { ComplaintMeasure } from '../../../../../common/letters/phrases';
import { LETTER_TEXT_DEFAULTS, letterTextsOf, type LetterTextValues } from '../LetterTextsFields';
import { lines, opt } from '../form';

export interface AccessRow {
  category: string;
  value: string;
  purpose: string;
  source: string;
  retention: string;
}

export interface DecisionFormValues extends LetterTextValues {
  outcome: DecisionOutcome;
  refusalGround: string;
  reasons: string;
  legalBasis: string;
  note: string;
  obligationsUnfulfilled: '' | 'yes' | 'no';
  obligations: string;
  dataHeld: AccessRow[];
  dataSource: 'typed' | 'central_export_json' | 'central_export_csv';
  purposes: string;
  sources: string;
  thirdParties: string;
  delivery: string;
  requestCentralExport: boolean;
  corrections: Array<{ field: string; before: string; after: string }>;
  operation: string;
  blockReason: string;
  reasonText: string;
  verificationUntil: string;
  channels: string[] | string | false;
  phone: string;
  byAccount: boolean;
  finding: string;
  findings: string;
  measures: string;
  /** Standard complaint measures picked from the localized list (printed in every letter language). */
  measureCodes: string[] | string | false;
  decisionText: string;
  stopAutomatedProcessing: boolean;
  ageConfirmed: boolean;
}

export function decisionDefaults(d: RequestDetail): DecisionFormValues {
  return {
    ...LETTER_TEXT_DEFAULTS(d.language),
    measureCodes: [],
    outcome: 'granted',
    refusalGround: '',
    reasons: '',
    legalBasis: '',
    note: '',
    obligationsUnfulfilled: '',
    obligations: '',
    dataHeld: [],
    dataSource: 'typed',
    purposes: '',
    sources: '',
    thirdParties: '',
    delivery: 'registered_mail',
    requestCentralExport: false,
    corrections: [{ field: 'last_name', before: '', after: '' }],
    operation: 'block',
    blockReason: 'inaccurate_data',
    reasonText: '',
    verificationUntil: '',
    channels: ['sms', 'whatsapp', 'telegram', 'advertising'],
    phone: d.subject?.phone ?? '',
    byAccount: true,
    finding: 'not_confirmed',
    findings: '',
    measures: '',
    decisionText: '',
    stopAutomatedProcessing: true,
    ageConfirmed: true,
  };
}

function listOrUndefined(s: string): string[] | undefined {
  const l = lines(s);
  return l.length ? l : undefined;
}

/** The form's strings as the contract's decision input for this request type. */
export function toDecision(type: RequestType, v: DecisionFormValues): DecisionInput {
  const granted = v.outcome === 'granted';
  const base = {
    outcome: v.outcome,
    refusalGround: granted ? undefined : ((v.refusalGround || undefined) as DecisionInput['refusalGround']),
    reasons: granted ? undefined : opt(v.reasons),
    legalBasis: opt(v.legalBasis),
    note: opt(v.note),
    ...letterTextsOf(v),
  };
  switch (type) {
    case 'withdrawal':
      return {
        type,
        ...base,
        obligationsUnfulfilled: (v.obligationsUnfulfilled === 'yes'
          ? true
          : v.obligationsUnfulfilled === 'no'
            ? false
            : undefined) as boolean,
        obligations: granted ? undefined : opt(v.obligations),
      };
    case 'access': {
      return {
        type,
        ...base,
        dataHeld: (v.dataHeld ?? []).map((r) => ({
          category: r.category.trim(),
          value: r.value.trim(),
          purpose: opt(r.purpose),
          source: opt(r.source),
          retention: opt(r.retention),
        })),
        dataSource: v.dataSource,
        purposes: listOrUndefined(v.purposes),
        sources: listOrUndefined(v.sources),
        thirdParties: listOrUndefined(v.thirdParties),
        delivery: (v.delivery || undefined) as (typeof ACCESS_DELIVERY_METHODS)[number],
        requestCentralExport: v.requestCentralExport,
      };
    }
    case 'rectification':
      return {
        type,
        ...base,
        corrections: (v.corrections ?? []).map((c) => ({
          field: (c.field || undefined) as (typeof RECTIFY_FIELDS)[number],
          before: c.before.trim(),
          after: c.after.trim(),
        })),
      };
    case 'blocking':
      return {
        type,
        ...base,
        operation: (v.operation || undefined) as (typeof BLOCKING_OPERATIONS)[number],
        blockReason:
          v.operation === 'block'
            ? ((v.blockReason || undefined) as (typeof BLOCK_REASONS)[number])
            : undefined,
        reasonText: opt(v.reasonText) ?? '',
        verificationUntil: opt(v.verificationUntil),
      };
    case 'stop_messages': {
      const channels = Array.isArray(v.channels) ? v.channels : v.channels ? [v.channels] : [];
      return {
        type,
        ...base,
        channels: channels as Array<(typeof SUPPRESS_CHANNELS)[number]>,
        phone: opt(v.phone),
        byAccount: v.byAccount,
      };
    }
    case 'complaint':
      return {
        type,
        ...base,
        finding: v.finding as 'confirmed' | 'partially_confirmed' | 'not_confirmed',
        findings: opt(v.findings) ?? '',
        measures: lines(v.measures),
        measureCodes: (Array.isArray(v.measureCodes)
          ? v.measureCodes
          : v.measureCodes
            ? [v.measureCodes]
            : []) as ComplaintMeasure[],
      };
    case 'objection':
      return {
        type,
        ...base,
        decisionText: opt(v.decisionText) ?? '',
        stopAutomatedProcessing: v.stopAutomatedProcessing,
      };
    case 'minor_deletion':
      return { type, ...base, ageConfirmed: v.ageConfirmed };
  }
}

/** What each request type's field group gets from the form. */
export interface TypeFieldsProps {
  type: RequestType;
  register: UseFormRegister<DecisionFormValues>;
  control: Control<DecisionFormValues>;
  errors: FieldErrors<DecisionFormValues>;
  values: DecisionFormValues;
  request: RequestDetail;
  setValue: UseFormSetValue<DecisionFormValues>;
}
