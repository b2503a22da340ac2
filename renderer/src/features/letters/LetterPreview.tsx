// A generated letter shown as a readable page, from letters.preview (the letter as structured
// text: letterhead, Исх. № and date, "на Вх. №", addressee, title, salutation, body, signature,
// executor, annex) — no Word needed. The DOCX itself is what "Save As" gives.
import { useTranslation } from 'react-i18next';
import type { ComposedBlock, ComposedLetter, Run } from '../../../../common/letters/compose';
import { useCall } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PrintSheet } from '../../ui/print/PrintSheet';

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) =>
        r.bold ? (
          <strong key={i}>{r.text}</strong>
        ) : (
          <span key={i} className="lt-run">
            {r.text}
          </span>
        ),
      )}
    </>
  );
}

function Blocks({ blocks }: { blocks: ComposedBlock[] }) {
  return (
    <>
      {blocks.map((b, i) => {
        if (b.type === 'paragraph')
          return (
            <p key={i} className={`lt-p lt-align-${b.align}${b.indent ? ' lt-indent' : ''}`}>
              <Runs runs={b.runs} />
            </p>
          );
        if (b.type === 'list') {
          const items = b.items.map((it, j) => <li key={j}>{it}</li>);
          return b.style === 'numbered' ? (
            <ol key={i} className="lt-list">
              {items}
            </ol>
          ) : (
            <ul key={i} className={`lt-list lt-list-${b.style}`}>
              {items}
            </ul>
          );
        }
        return (
          <div key={i} className="lt-table-wrap">
            <table className="lt-table">
              <thead>
                <tr>
                  {b.columns.map((c, j) => (
                    <th key={j} scope="col">
                      {c.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {b.rows.map((row, j) => (
                  <tr key={j}>
                    {row.map((cell, k) => (
                      <td key={k}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}

export function LetterPage({ letter: l }: { letter: ComposedLetter }) {
  return (
    <article className="lt-paper" lang={l.lang} data-testid="letter-page">
      <header className="lt-head">
        <div className="lt-head-col">
          <strong>{l.letterhead.kk.name}</strong>
          <span>{l.letterhead.kk.address}</span>
          <span>{l.letterhead.binKk}</span>
        </div>
        <div className="lt-head-col">
          <strong>{l.letterhead.ru.name}</strong>
          <span>{l.letterhead.ru.address}</span>
          <span>{l.letterhead.binRu}</span>
        </div>
      </header>
      {l.letterhead.contacts && <p className="lt-contacts">{l.letterhead.contacts}</p>}
      <div className="lt-top">
        <div className="lt-ref" data-testid="letter-reference">
          <div data-testid="letter-outgoing-no">{l.reference.outgoing}</div>
          <div>{l.reference.dated}</div>
          <div>{l.reference.replyTo}</div>
          {l.reference.senderRef && <div>{l.reference.senderRef}</div>}
        </div>
        <div className="lt-addressee">
          {l.addressee.map((r, i) => (
            <div key={i}>{r.bold ? <strong>{r.text}</strong> : r.text}</div>
          ))}
        </div>
      </div>
      <h3 className="lt-title">
        <Runs runs={l.title} />
      </h3>
      {l.salutation.length > 0 && (
        <p className="lt-salutation">
          <Runs runs={l.salutation} />
        </p>
      )}
      <Blocks blocks={l.body} />
      {l.closing && (
        <p className="lt-p">
          <Runs runs={l.closing} />
        </p>
      )}
      <div className="lt-sign">
        <span>{l.signatory.position}</span>
        <span className="lt-sign-name">{l.signatory.name}</span>
      </div>
      <p className="lt-executor">
        {l.executor.name}
        {l.executor.phone && <br />}
        {l.executor.phone}
      </p>
      {l.annex && (
        <section className="lt-annex">
          <p className="lt-align-right">
            <Runs runs={l.annex.heading} />
          </p>
          <h3 className="lt-title">
            <Runs runs={l.annex.title} />
          </h3>
          <Blocks blocks={l.annex.body} />
        </section>
      )}
    </article>
  );
}

/** The page on screen and, for the Print button (window.print), the same page as the print sheet. */
export function LetterPreview({ letterId, version }: { letterId: string; version?: number }) {
  const { t } = useTranslation();
  const preview = useCall('letters.preview', version ? { letterId, version } : { letterId });
  if (preview.error) return <ErrorMessage error={preview.error} />;
  if (!preview.data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <>
      <LetterPage letter={preview.data.letter} />
      <PrintSheet>
        <LetterPage letter={preview.data.letter} />
      </PrintSheet>
    </>
  );
}
