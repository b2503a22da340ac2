// A due date with its working-day countdown: "27.11.2026 · 1 working day left"; overdue in red.
import { useTranslation } from 'react-i18next';
import type { DeadlineStatus } from '../../../../../common/requests/vocab';
import { countdownText, countdownTone, formatDay } from './vocab';

export function Due({ due, daysLeft, status }: { due: string; daysLeft: number; status: DeadlineStatus }) {
  const { t, i18n } = useTranslation();
  const tone = countdownTone(daysLeft, status);
  return (
    <span className={`due due-${tone}`} data-tone={tone}>
      <span className="due-date">{formatDay(due, i18n.language)}</span>
      <span className="due-count">{countdownText(t, daysLeft, status)}</span>
    </span>
  );
}
