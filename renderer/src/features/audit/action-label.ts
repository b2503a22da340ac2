// Audit action codes in the reader's language. The log stores stable codes (request.viewed,
// auth.login) because it is evidence and must not change with the interface language; the screen
// shows words. A code with no words of its own (a new request or breach event) falls back to its
// family and the event: «Обращение: decided» still says what the entry is about.
import type { TFunction } from 'i18next';
import { eventCodeLabel } from './event-label';
import { shapedSummary } from './summary-text';

/** An audit action is an event code: the same words as the sync summaries use. */
export const auditActionLabel = eventCodeLabel;

/** The entry's subject, e.g. «Обращение 42»; an unknown type keeps its code. */
export function auditEntityLabel(t: TFunction, type: string, id: string): string {
  const name = t(`auditActions.entities.${type}`, { defaultValue: type });
  return id ? `${name} ${id}` : name;
}

/** Summaries that are a fixed phrase: their words in the reader's language. */
function fixedSummary(t: TFunction, summary: string): string | null {
  const key = `auditActions.summaries.${summary.replace(/[ -]/g, '_')}`;
  return /^[a-z -]+$/.test(summary) && t(key, { defaultValue: '' }) ? t(key) : null;
}

/**
 * An entry's summary in the reader's language: a fixed phrase (sign-ins, views, keys), a list or
 * search, or a shape with values (summary-shapes.ts). Anything else is shown as stored.
 */
export function auditSummaryText(t: TFunction, summary: string, lng: string): string {
  const fixed = fixedSummary(t, summary);
  if (fixed) return fixed;
  const p = (name: string, values: Record<string, string>) =>
    t(`auditActions.summaryPatterns.${name}`, values);
  const ids = (s: string) => (s === 'nothing' ? p('nothing', {}) : s);
  let m = /^searched by a full IIN; (.*)$/s.exec(summary);
  if (m) return p('byIin', { rest: auditSummaryText(t, m[1]!, lng) });
  if ((m = /^found: (.*)$/s.exec(summary))) return p('foundOnly', { ids: ids(m[1]!) });
  if ((m = /^listed (\d+) of (\d+): (.*)$/s.exec(summary)))
    return p('listed', { count: m[1]!, total: m[2]!, ids: m[3]! });
  if ((m = /^listed (\d+): (.*)$/s.exec(summary))) return p('found', { count: m[1]!, ids: m[2]! });
  return shapedSummary(t, lng, summary, (inner) => auditSummaryText(t, inner, lng)) ?? summary;
}
