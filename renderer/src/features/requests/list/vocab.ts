// Words for the request lists, the dashboard and the reports: the request types and states come
// from the request screen's vocabulary (one translation each, renderer/src/requests/vocab.ts); the
// working-day countdown is this folder's own.
import type { TFunction } from 'i18next';
import type { DeadlineStatus, RequestState, RequestType } from '../../../../../common/requests/vocab';
import { STATE_KEYS, TYPE_KEYS } from '../vocab';
import { formatDay } from '../../mailroom';

export { STATE_KEYS, TYPE_KEYS };

export function typeName(t: TFunction, type: RequestType): string {
  return t(TYPE_KEYS[type]);
}

export function stateName(t: TFunction, state: RequestState): string {
  return t(STATE_KEYS[state]);
}

/**
 * A working-day countdown in words: "overdue by 2 working days", "due today", "due on the next
 * working day", "3 working days left"; nothing once the request is answered.
 */
export function countdownText(t: TFunction, daysLeft: number, status: DeadlineStatus): string {
  if (status === 'done') return t('requestList.countdown.done');
  if (daysLeft < 0) return t('requestList.countdown.overdue', { count: -daysLeft });
  if (daysLeft === 0) return t('requestList.countdown.today');
  if (daysLeft === 1) return t('requestList.countdown.tomorrow');
  return t('requestList.countdown.left', { count: daysLeft });
}

/** CSS tone of a countdown: overdue red, due today amber, else quiet. */
export function countdownTone(
  daysLeft: number,
  status: DeadlineStatus,
): 'overdue' | 'today' | 'soon' | 'calm' | 'done' {
  if (status === 'done') return 'done';
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'today';
  if (daysLeft === 1) return 'soon';
  return 'calm';
}

/** A calendar day (YYYY-MM-DD) in the interface language: 23.11.2026. */
export { formatDay };
