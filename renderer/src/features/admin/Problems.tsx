// The problems a refused data file or edit came back with: CALENDAR_INVALID lists
// {path, message} issues (calendar data holds no personal data, so the core's messages are shown as
// they are, in English, after a translated headline), CALENDAR_YEAR_MISMATCH names both years.
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../../common/errors';
import { ErrorMessage } from '../../ui/ErrorMessage';

export interface DataIssue {
  path: string;
  message: string;
}

export function dataIssues(error: ErrorPayload | undefined): DataIssue[] {
  const issues = error?.details?.issues;
  if (!Array.isArray(issues)) return [];
  return issues
    .filter(
      (i): i is { path?: unknown; message?: unknown; code?: unknown } => typeof i === 'object' && i !== null,
    )
    .map((i) => ({ path: String(i.path ?? ''), message: String(i.message ?? i.code ?? '') }));
}

export function DataProblems({ error, testId }: { error: ErrorPayload; testId?: string }) {
  const { t } = useTranslation();
  const issues = dataIssues(error);
  const d = error.details ?? {};
  if (error.code !== 'CALENDAR_INVALID' && error.code !== 'CALENDAR_YEAR_MISMATCH' && issues.length === 0) {
    return (
      <div data-testid={testId}>
        <ErrorMessage error={error} />
      </div>
    );
  }
  return (
    <div className="alert alert-error admin-problems" role="alert" data-testid={testId}>
      {error.code === 'CALENDAR_YEAR_MISMATCH' ? (
        <p>{t('adminData.yearMismatch', { expected: String(d.expected ?? ''), got: String(d.got ?? '') })}</p>
      ) : (
        <p>{t('adminData.invalid', { count: issues.length })}</p>
      )}
      {issues.length > 0 && (
        <ul className="admin-problem-list">
          {issues.map((i, n) => (
            <li key={n}>
              <code>{i.path}</code> {i.message}
            </li>
          ))}
        </ul>
      )}
      <p className="alert-code">{t('common.errorCode', { code: error.code })}</p>
    </div>
  );
}
