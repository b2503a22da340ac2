// The few words the main process shows itself (native menu, crash dialog), in the UI's languages.
// The renderer's language is per Windows user; main follows it (see shell/electron/ui-language.ts).
export const UI_LANGUAGES = ['kk', 'ru', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'ru';

export interface ShellText {
  file: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  devTools: string;
  window: string;
  minimize: string;
  close: string;
  help: string;
  lawOnPersonalData: string;
  crashTitle: string;
  crashMessage: string;
  crashDetail: string;
  crashReload: string;
  crashQuit: string;
  fatalMessage: string;
}

export const SHELL_TEXT: Record<UiLanguage, ShellText> = {
  en: {
    file: '&File',
    quit: 'Exit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: '&View',
    reload: 'Reload',
    actualSize: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    devTools: 'Developer tools',
    window: '&Window',
    minimize: 'Minimize',
    close: 'Close',
    help: '&Help',
    lawOnPersonalData: 'Law on personal data (adilet.zan.kz)',
    crashTitle: 'Privacy Desk',
    crashMessage: 'The Privacy Desk window stopped working.',
    crashDetail:
      'Everything saved before is kept. Reload the window to continue. The details are in the log folder.',
    crashReload: 'Reload',
    crashQuit: 'Exit',
    fatalMessage:
      'Privacy Desk hit an unexpected error and must close. Everything saved before is kept; the database was closed safely.',
  },
  ru: {
    file: '&Файл',
    quit: 'Выход',
    edit: '&Правка',
    undo: 'Отменить',
    redo: 'Повторить',
    cut: 'Вырезать',
    copy: 'Копировать',
    paste: 'Вставить',
    selectAll: 'Выделить всё',
    view: '&Вид',
    reload: 'Обновить',
    actualSize: 'Исходный масштаб',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    fullScreen: 'Во весь экран',
    devTools: 'Инструменты разработчика',
    window: '&Окно',
    minimize: 'Свернуть',
    close: 'Закрыть',
    help: '&Справка',
    lawOnPersonalData: 'Закон о персональных данных (adilet.zan.kz)',
    crashTitle: 'Privacy Desk',
    crashMessage: 'Окно Privacy Desk перестало работать.',
    crashDetail:
      'Всё, что было сохранено, сохранено. Обновите окно, чтобы продолжить. Подробности — в папке журналов.',
    crashReload: 'Обновить',
    crashQuit: 'Выход',
    fatalMessage:
      'В Privacy Desk произошла непредвиденная ошибка, приложение будет закрыто. Сохранённые данные не потеряны, база данных закрыта корректно.',
  },
  kk: {
    file: '&Файл',
    quit: 'Шығу',
    edit: '&Түзету',
    undo: 'Болдырмау',
    redo: 'Қайталау',
    cut: 'Қиып алу',
    copy: 'Көшіру',
    paste: 'Қою',
    selectAll: 'Барлығын белгілеу',
    view: '&Көрініс',
    reload: 'Жаңарту',
    actualSize: 'Бастапқы өлшем',
    zoomIn: 'Үлкейту',
    zoomOut: 'Кішірейту',
    fullScreen: 'Толық экран',
    devTools: 'Әзірлеуші құралдары',
    window: '&Терезе',
    minimize: 'Жиыру',
    close: 'Жабу',
    help: '&Анықтама',
    lawOnPersonalData: 'Дербес деректер туралы заң (adilet.zan.kz)',
    crashTitle: 'Privacy Desk',
    crashMessage: 'Privacy Desk терезесі жұмысын тоқтатты.',
    crashDetail:
      'Бұрын сақталғанның бәрі сақталды. Жалғастыру үшін терезені жаңартыңыз. Толығырақ — журналдар қалтасында.',
    crashReload: 'Жаңарту',
    crashQuit: 'Шығу',
    fatalMessage:
      'Privacy Desk-те күтпеген қате болды, қолданба жабылады. Сақталған деректер жоғалған жоқ, дерекқор дұрыс жабылды.',
  },
};

/** The UI language from the page's <html lang>, or from Windows' locale on the first start. */
export function pickUiLanguage(value: unknown, systemLocale = ''): UiLanguage {
  if (typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value))
    return value as UiLanguage;
  const base = systemLocale.toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : DEFAULT_UI_LANGUAGE;
}
