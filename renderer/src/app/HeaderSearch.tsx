// The one search box in the header, on every screen: Ctrl+K or F3 puts the cursor in it (from
// anywhere, even a form field), Enter opens the search page with the results grouped by register.
// The physical K key is matched, so the shortcut works in the Kazakh and Russian layouts too.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from './router';
import './header-search.css';

export function isSearchKey(e: {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}) {
  if (e.key === 'F3') return true;
  return (e.ctrlKey || e.metaKey) && !e.altKey && e.code === 'KeyK';
}

export function HeaderSearch() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isSearchKey(e) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = query.trim();
    if (!q) return;
    navigate('search', q);
    setQuery('');
  };

  return (
    <form role="search" className="header-search" onSubmit={submit} data-testid="header-search">
      <input
        ref={input}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t('headerSearch.placeholder')}
        aria-label={t('headerSearch.label')}
        aria-keyshortcuts="Control+K F3"
        autoComplete="off"
        spellCheck={false}
      />
    </form>
  );
}
