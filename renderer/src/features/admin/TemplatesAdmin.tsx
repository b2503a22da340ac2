// Settings → letter templates (administrators). #/settings/templates: every letter kind in Kazakh,
// Russian and English with the version new letters use. #/settings/templates/<kind>/<lang>: the
// template's source (YAML) in a text area, checked by the core as it is typed
// (letters.templates.check: unknown or missing placeholders, braces, structure — every problem at
// once); saving makes the next version (a template with problems is refused and the problems are
// listed); the versions so far, any of which — or the shipped default — can be loaded to start from.
import { HeadTable } from '../../app/HeadTable';
import { useTranslation } from 'react-i18next';
import {
  LETTER_KIND_INFO,
  LETTER_KINDS,
  LETTER_LANGS,
  type LetterKind,
  type LetterLang,
} from '../../../../common/letters/kinds';
import type { TemplateProblemCode } from '../../../../common/letters/template';
import { useCall } from '../../api/hooks';
import { href } from '../../app/router';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AdminPage } from './AdminPage';
import { TemplateEditor } from './templates/TemplateEditor';

export const CHECK_DELAY_MS = 300;

export const LANG_KEYS: Record<LetterLang, string> = {
  kk: 'templatesAdmin.lang.kk',
  ru: 'templatesAdmin.lang.ru',
  en: 'templatesAdmin.lang.en',
};

export const PROBLEM_KEYS: Record<TemplateProblemCode, string> = {
  syntax: 'templatesAdmin.problem.syntax',
  schema: 'templatesAdmin.problem.schema',
  kind_mismatch: 'templatesAdmin.problem.kind_mismatch',
  lang_mismatch: 'templatesAdmin.problem.lang_mismatch',
  unbalanced_braces: 'templatesAdmin.problem.unbalanced_braces',
  malformed_placeholder: 'templatesAdmin.problem.malformed_placeholder',
  unknown_placeholder: 'templatesAdmin.problem.unknown_placeholder',
  missing_placeholder: 'templatesAdmin.problem.missing_placeholder',
  wrong_placeholder_type: 'templatesAdmin.problem.wrong_placeholder_type',
  unknown_column: 'templatesAdmin.problem.unknown_column',
  unbalanced_bold: 'templatesAdmin.problem.unbalanced_bold',
  placeholder_not_allowed: 'templatesAdmin.problem.placeholder_not_allowed',
};

export function kindName(kind: LetterKind, lng: string): string {
  const names = LETTER_KIND_INFO[kind].names;
  return lng === 'kk' ? names.kk : lng === 'en' ? names.en : names.ru;
}

function isKind(s: string | undefined): s is LetterKind {
  return !!s && (LETTER_KINDS as readonly string[]).includes(s);
}
function isLang(s: string | undefined): s is LetterLang {
  return !!s && (LETTER_LANGS as readonly string[]).includes(s);
}

export function TemplatesAdmin({ params }: { params: string[] }) {
  const [kind, lang] = params;
  if (isKind(kind) && isLang(lang)) return <TemplateEditor key={`${kind}.${lang}`} kind={kind} lang={lang} />;
  return <TemplateList />;
}

function TemplateList() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = useCall('letters.templates.list', {});
  const byKey = new Map(list.data?.templates.map((x) => [`${x.kind}.${x.lang}`, x]) ?? []);
  return (
    <AdminPage
      title={t('templatesAdmin.title')}
      lead={t('templatesAdmin.lead')}
      requires="letters.templates.save"
      wide
    >
      <section className="card">
        {list.error && <ErrorMessage error={list.error} />}
        {!list.data && !list.error && <p className="muted">{t('common.loading')}</p>}
        {list.data && (
          <HeadTable
            className="data-table admin-templates"
            data-testid="template-list"
            head={[t('templatesAdmin.kind'), ...LETTER_LANGS.map((l) => t(LANG_KEYS[l]))]}
          >
            {LETTER_KINDS.map((k) => (
              <tr key={k} data-kind={k}>
                <th scope="row">
                  <span className="cell-main">{kindName(k, lng)}</span>
                  <span className="cell-sub">
                    <code>{k}</code>
                  </span>
                </th>
                {LETTER_LANGS.map((l) => {
                  const item = byKey.get(`${k}.${l}`);
                  return (
                    <td key={l}>
                      {item && (
                        <a
                          className="admin-template-link"
                          href={href('settings', 'templates', k, l)}
                          aria-label={t('templatesAdmin.editAria', {
                            kind: kindName(k, lng),
                            lang: t(LANG_KEYS[l]),
                          })}
                        >
                          {t('templatesAdmin.versionN', { version: item.version })}
                          <span className={item.origin === 'admin' ? 'pill pill-ok' : 'pill pill-idle'}>
                            {item.origin === 'admin'
                              ? t('templatesAdmin.edited')
                              : t('templatesAdmin.shipped')}
                          </span>
                        </a>
                      )}
                      {item?.shippedUpdateAvailable && (
                        <span className="cell-sub">{t('templatesAdmin.updateAvailable')}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </HeadTable>
        )}
      </section>
    </AdminPage>
  );
}
