// A value-carrying audit summary in the reader's language: the shape it was written from
// (summary-shapes.ts) says the sentence, and each captured value is said in words through the
// vocabularies the rest of the app uses: a channel code becomes «Нарочно», a day 13.03.2026.
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime } from '../../format/dates';
import { kindName } from '../letters';
import { reasonCodeText, warningText } from '../requests';
import { eventCodeLabel } from './event-label';
import { SUMMARY_SHAPES } from './summary-shapes';

/**
 * Capture names (trailing digits and «List» dropped) whose values a vocabulary names, as the
 * namespace and group of its keys (kept apart so the i18n test does not take them for keys).
 */
const VOCAB: Record<string, readonly [string, string]> = {
  channel: ['mailroom', 'channel'],
  lang: ['mailroom', 'language'],
  outStatus: ['mailroom', 'outgoingStatus'],
  scanReason: ['mailroom', 'scanRemoveReason'],
  field: ['mailroom', 'fields'],
  register: ['auditActions', 'registers'],
  reqType: ['request', 'type'],
  requester: ['request', 'requester'],
  state: ['request', 'state'],
  idDocument: ['request', 'idDocument'],
  noVerification: ['request', 'noVerification'],
  outcome: ['request', 'outcome'],
  ground: ['request', 'refusalGround'],
  action: ['request', 'action'],
  actionStatus: ['request', 'actionStatus'],
  role: ['roles', ''],
  category: ['breach', 'category'],
  syncSetting: ['auditActions', 'syncSettings'],
};

/** The request fields an edit names (request.updated), as the request form labels them. */
const REQUEST_FIELDS: Record<string, string> = {
  'subject.name': 'subjectName',
  representative: 'representativeName',
  authorizedBody: 'bodyName',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;

type Recurse = (summary: string) => string;

/** The corrected fields whose before and after a vocabulary names (see mailroom/corrections.ts). */
const CHANGE_VALUES: Record<string, string> = { channel: 'channel', method: 'channel', language: 'lang' };

/** One corrected field: «channel: by_hand → courier», or only its name when its values are private. */
function changeText(t: TFunction, lng: string, change: string, recurse: Recurse): string {
  const m = /^(\w+): (.*) → (.*)$/s.exec(change);
  if (!m) return word(t, lng, 'field', change, recurse);
  const [, field = '', before = '', after = ''] = m;
  const value = (v: string) => (v === '—' ? v : word(t, lng, CHANGE_VALUES[field] ?? field, v, recurse));
  return t('auditActions.fieldChange', {
    field: word(t, lng, 'field', field, recurse),
    before: value(before),
    after: value(after),
  });
}

/** A transition's reason: a history reason code, or a decision's «refused:no_data_held». */
function reasonText(t: TFunction, code: string): string {
  const known = reasonCodeText(t, code);
  if (known !== code) return known;
  return code
    .split(':')
    .map(
      (p) => t(['request', 'outcome', p].join('.'), { defaultValue: '' }) || word(t, '', 'ground', p, String),
    )
    .join(': ');
}

function word(t: TFunction, lng: string, name: string, value: string, recurse: Recurse): string {
  if (name === 'inner' || name === 'setting') return recurse(value);
  if (name === 'change') return changeText(t, lng, value, recurse);
  if (name === 'requestField') {
    const field = REQUEST_FIELDS[value] ?? value.replace(/^subject\./, '');
    return t(['request', 'fields', field].join('.'), { defaultValue: value });
  }
  if (name === 'letterKind') return kindName(value, lng);
  if (name === 'eventType') return eventCodeLabel(t, value);
  // A stored error code (backup failed: DISK_FULL) reads as the app's own message for it.
  if (/^[A-Z][A-Z_]+$/.test(value) && t(`errors.${value}`, { defaultValue: '' })) return t(`errors.${value}`);
  if (name === 'reason') return reasonText(t, value);
  if (name === 'warning') return warningText(t, value);
  if (DAY.test(value)) return formatDate(value, lng);
  if (INSTANT.test(value)) return formatDateTime(value, lng);
  const vocab = VOCAB[name];
  const named = vocab && t([vocab[0], vocab[1], value].filter(Boolean).join('.'), { defaultValue: '' });
  if (named) return named;
  return /^[a-z][a-z_ ]*$/.test(value)
    ? t(`auditActions.values.${value.replaceAll(' ', '_')}`, { defaultValue: value })
    : value;
}

function capture(t: TFunction, lng: string, name: string, value: string, recurse: Recurse): string {
  if (!name.endsWith('List')) return word(t, lng, name.replace(/\d+$/, ''), value, recurse);
  const item = name.slice(0, -'List'.length);
  return value
    .split(/[;,] /)
    .map((v) => word(t, lng, item, v, recurse))
    .join(item === 'change' ? '; ' : ', ');
}

/** The summary in words when it has one of the known shapes; null when it has none. */
export function shapedSummary(t: TFunction, lng: string, summary: string, recurse: Recurse): string | null {
  for (const { key, re } of SUMMARY_SHAPES) {
    const groups = re.exec(summary)?.groups;
    if (!groups) continue;
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(groups)) {
      if (!name.startsWith('opt_')) {
        params[name] = capture(t, lng, name, value, recurse);
        continue;
      }
      const part = name.slice('opt_'.length);
      params[name] =
        value === undefined
          ? ''
          : t(`auditActions.parts.${part}`, { v: capture(t, lng, part, value.trim(), recurse) });
    }
    return t(`auditActions.shapes.${key}`, params);
  }
  return null;
}
