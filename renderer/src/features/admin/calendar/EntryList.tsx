// A list of dated entries (holidays, extra days off, extra working days) with names in three
// languages, and the form that adds one.
import { HeadTable } from '../../../app/HeadTable';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayTransfer, Holiday, LocalizedText } from '../../../../../common/deadlines/calendar-schema';
import { DateInput } from '../../../ui/form';
import { formatDay } from '../../requests';
import { LANGS, nameIn, weekday, type ListName } from './common';

export function EntryList({
  list,
  year,
  title,
  hint,
  entries,
  onChange,
  readOnly,
}: {
  list: ListName;
  year: number;
  title: string;
  hint: string;
  entries: Array<Holiday | DayTransfer>;
  onChange: (entries: Array<Holiday | DayTransfer>) => void;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const headingId = useId();
  const holiday = list === 'holidays';

  return (
    <section className="card" aria-labelledby={headingId} data-testid={`calendar-${list}`}>
      <h2 id={headingId}>
        {title} <span className="dash-count">{entries.length}</span>
      </h2>
      <p className="muted small">{hint}</p>
      {entries.length === 0 ? (
        <p className="muted">{t('calendarAdmin.noEntries')}</p>
      ) : (
        <HeadTable
          className="data-table admin-entries"
          head={[
            t('calendarAdmin.date'),
            holiday ? t('calendarAdmin.name') : t('calendarAdmin.reason'),
            holiday && t('calendarAdmin.moves'),
            !readOnly && { label: <span className="admin-vh">{t('calendarAdmin.remove')}</span> },
          ]}
        >
          {entries.map((e, i) => {
            const text = 'name' in e ? e.name : e.reason;
            return (
              <tr key={`${e.date}-${i}`} data-date={e.date}>
                <td className="admin-date">
                  <span className="cell-main">{formatDay(e.date, lng)}</span>
                  <span className="cell-sub">{weekday(e.date, lng)}</span>
                </td>
                <td>
                  <span className="cell-main">{nameIn(text, lng)}</span>
                  <span className="cell-sub">
                    {LANGS.filter((l) => l !== lng)
                      .map((l) => text[l])
                      .join(' · ')}
                  </span>
                </td>
                {holiday && (
                  <td>
                    {(e as Holiday).moveIfWeekend ? t('calendarAdmin.movesYes') : t('calendarAdmin.movesNo')}
                  </td>
                )}
                {!readOnly && (
                  <td className="cell-actions">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('calendarAdmin.removeDate', { date: formatDay(e.date, lng) })}
                      onClick={() => onChange(entries.filter((_, j) => j !== i))}
                    >
                      {t('calendarAdmin.remove')}
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </HeadTable>
      )}
      {!readOnly && (
        <AddEntry
          year={year}
          holiday={holiday}
          taken={entries.map((e) => e.date)}
          onAdd={(e) => onChange([...entries, e])}
        />
      )}
    </section>
  );
}

function AddEntry({
  year,
  holiday,
  taken,
  onAdd,
}: {
  year: number;
  holiday: boolean;
  taken: string[];
  onAdd: (entry: Holiday | DayTransfer) => void;
}) {
  const { t } = useTranslation();
  const ids = { date: useId(), kk: useId(), ru: useId(), en: useId(), move: useId(), err: useId() };
  const [date, setDate] = useState('');
  const [text, setText] = useState<LocalizedText>({ kk: '', ru: '', en: '' });
  const [move, setMove] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem(t('calendarAdmin.needDate'));
    if (!date.startsWith(`${year}-`)) return setProblem(t('calendarAdmin.wrongYear', { year }));
    if (taken.includes(date)) return setProblem(t('calendarAdmin.taken'));
    if (!text.kk.trim() || !text.ru.trim() || !text.en.trim())
      return setProblem(t('calendarAdmin.needNames'));
    const named = { kk: text.kk.trim(), ru: text.ru.trim(), en: text.en.trim() };
    onAdd(holiday ? { date, name: named, moveIfWeekend: move } : { date, reason: named });
    setDate('');
    setText({ kk: '', ru: '', en: '' });
    setMove(true);
    setProblem(null);
  };

  const label = holiday ? 'name' : 'reason';
  const described = problem ? ids.err : undefined;
  return (
    <form className="admin-add" onSubmit={submit} noValidate aria-label={t('calendarAdmin.addTitle')}>
      <div className="field admin-add-date">
        <label htmlFor={ids.date}>{t('calendarAdmin.date')}</label>
        <DateInput id={ids.date} value={date} onChange={setDate} aria-describedby={described} />
      </div>
      <div className="field">
        <label htmlFor={ids.kk}>
          {label === 'name' ? t('calendarAdmin.nameKk') : t('calendarAdmin.reasonKk')}
        </label>
        <input
          id={ids.kk}
          lang="kk"
          value={text.kk}
          onChange={(e) => setText((v) => ({ ...v, kk: e.target.value }))}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.ru}>
          {label === 'name' ? t('calendarAdmin.nameRu') : t('calendarAdmin.reasonRu')}
        </label>
        <input
          id={ids.ru}
          lang="ru"
          value={text.ru}
          onChange={(e) => setText((v) => ({ ...v, ru: e.target.value }))}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.en}>
          {label === 'name' ? t('calendarAdmin.nameEn') : t('calendarAdmin.reasonEn')}
        </label>
        <input
          id={ids.en}
          lang="en"
          value={text.en}
          onChange={(e) => setText((v) => ({ ...v, en: e.target.value }))}
        />
      </div>
      {holiday && (
        <div className="check admin-add-check">
          <input id={ids.move} type="checkbox" checked={move} onChange={(e) => setMove(e.target.checked)} />
          <label htmlFor={ids.move}>{t('calendarAdmin.movesLabel')}</label>
        </div>
      )}
      <div className="admin-add-button">
        <button type="submit" className="button">
          {t('calendarAdmin.add')}
        </button>
      </div>
      {problem && (
        <p className="field-error admin-add-error" id={ids.err} role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
