// A running job's progress (a bar, "done of total" when the core counts, else what it is doing) with
// its Cancel button; a cancelled job leaves a neutral note, not an error. Pairs with api/useJob.
import { useTranslation } from 'react-i18next';
import type { Job } from '../api/useJob';
import './job-progress.css';

export function JobProgress({ job, testId = 'job' }: { job: Job; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (job.cancelled)
    return (
      <p className="alert alert-info" role="status" data-testid={`${testId}-cancelled`}>
        {t('job.cancelled')}
      </p>
    );
  if (!job.running) return null;
  const p = job.progress;
  const counted = p?.total !== undefined && p.total > 0;
  const done = Math.min(p?.done ?? 0, p?.total ?? 0);
  const num = (n: number) => n.toLocaleString(i18n.language);
  const label = counted
    ? t('job.doneOf', { done: num(done), total: num(p.total!) })
    : t(`job.phase.${p?.phase ?? ''}`, { defaultValue: t('job.working') });
  return (
    <div className="job-progress" role="status" data-testid={`${testId}-progress`}>
      {counted ? (
        <progress max={p.total} value={done} aria-label={t('job.label')} />
      ) : (
        <progress aria-label={t('job.label')} />
      )}
      <span className="job-progress-label">{label}</span>
      <button
        type="button"
        className="button"
        onClick={job.cancel}
        disabled={job.cancelling}
        data-testid={`${testId}-cancel`}
      >
        {job.cancelling ? t('job.cancelling') : t('job.cancel')}
      </button>
    </div>
  );
}
