// One register period as a paper journal: the office's name from the letterhead, the register's
// title, the period and the rows under the register's headings. The same element is the preview
// on screen and (inside PrintSheet) the A4 landscape pages the printer gets; journal.css numbers
// the pages «Стр. N из M» in the interface language.
import { useTranslation } from 'react-i18next';
import { useCall } from '../../../../api/hooks';
import { formatDay } from '../../format';
import type { JournalRow } from './journal-columns';

export interface JournalContent {
  heading: string;
  heads: string[];
  from: string;
  to: string;
  rows: JournalRow[];
}

function useOfficeName(lang: string): string {
  const letterhead = useCall('letters.letterhead.get', {}).data;
  if (!letterhead) return '';
  return lang === 'kk' ? letterhead.nameKk : lang === 'en' ? letterhead.nameEn : letterhead.nameRu;
}

export function JournalSheet({ journal: j, testId }: { journal: JournalContent; testId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const office = useOfficeName(lang);
  return (
    <article className={`pj-paper pj-lang-${lang}`} lang={lang} data-testid={testId}>
      <header className="pj-head">
        {office && <p className="pj-office">{office}</p>}
        <h2 className="pj-title">{j.heading}</h2>
        <p className="pj-period">
          {t('print.journal.period', { from: formatDay(j.from, lang), to: formatDay(j.to, lang) })}
        </p>
      </header>
      {j.rows.length === 0 ? (
        <p className="pj-empty">{t('print.journal.empty')}</p>
      ) : (
        <table className="pj-table">
          <thead>
            <tr>
              {j.heads.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {j.rows.map((r) => (
              <tr key={r.id} className={r.cancelled ? 'pj-cancelled' : undefined}>
                {r.cells.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="pj-count">{t('print.journal.count', { count: j.rows.length })}</p>
    </article>
  );
}
