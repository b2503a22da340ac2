// Register dates: a calendar day (YYYY-MM-DD, already an Almaty day) shown in the interface language.
import { formatDate } from '../../format/dates';

/** 23.11.2026 for '2026-11-23' (noon in Almaty, so no time zone can move it to another day). */
export function formatDay(day: string | null | undefined, language: string): string {
  if (!day) return '';
  return formatDate(`${day}T12:00:00+05:00`, language);
}
