// The native menu follows the renderer's language. The renderer keeps its choice per Windows user
// (localStorage) and mirrors it to <html lang> and the window title; main reads <html lang> when
// the title changes and remembers it in userData for the next start's first menu.
import { app, type BrowserWindow } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pickUiLanguage, type UiLanguage } from '../shell-text';

export class UiLanguageTracker {
  private current: UiLanguage;
  private readonly file: string;

  constructor(
    userData: string,
    private readonly onChange: (lang: UiLanguage) => void,
  ) {
    this.file = path.join(userData, 'ui-language.json');
    let saved: unknown;
    try {
      saved = (JSON.parse(readFileSync(this.file, 'utf8')) as { lang?: unknown }).lang;
    } catch {
      saved = undefined;
    }
    this.current = pickUiLanguage(saved, app.getLocale());
  }

  get language(): UiLanguage {
    return this.current;
  }

  watch(win: BrowserWindow): void {
    win.on('page-title-updated', () => {
      win.webContents
        .executeJavaScript('document.documentElement.lang', false)
        .then((lang: unknown) => this.set(pickUiLanguage(lang, this.current)))
        .catch(() => {});
    });
  }

  private set(lang: UiLanguage): void {
    if (lang === this.current) return;
    this.current = lang;
    try {
      writeFileSync(this.file, JSON.stringify({ lang }));
    } catch {
      // Only the next start's first menu is affected.
    }
    this.onChange(lang);
  }
}
