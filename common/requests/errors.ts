// Error codes subject requests and the calendar add. They travel as
// { code, messageKey: `errors.${code}`, details }; details never hold personal data. Default texts
// below are for the renderer's translations and the CLI.

export const REQUEST_ERROR_CODES = [
  /** The state machine refuses the step. details: {from, to, allowed: [...]} */
  'REQUEST_ILLEGAL_TRANSITION',
  /** Possible duplicates exist; open again with confirmDuplicates. details: {duplicates: [request ids]} */
  'REQUEST_DUPLICATE',
  /** A letter given by Вх. № or id is not in the incoming register. details: {letter} (the number as given) */
  'REQUEST_LETTER_NOT_FOUND',
  /** A letter's register entry is cancelled. details: {letter} */
  'REQUEST_LETTER_CANCELLED',
  /** The IIN's check digit or structure is wrong, or it is a BIN. details: {reason} */
  'REQUEST_IIN_INVALID',
  /** Identity must be recorded (or why none is needed) before work starts. */
  'REQUEST_VERIFICATION_REQUIRED',
  /** The decision form is for another request type. details: {requestType, decisionType} */
  'REQUEST_DECISION_TYPE',
  /** The action needs the subject's central account id (suppress: or a phone). details: {action, alternative?} */
  'REQUEST_ACCOUNT_REQUIRED',
  /** Erasure needs the subject's IIN (central keys biometric/KYC data by it). details: {action} */
  'REQUEST_IIN_REQUIRED',
  /** A withdrawal may be refused only if contrary to law or an obligation is unfulfilled (Art. 8 p.2). details: {refusalGround, allowed?, reason?} */
  'REQUEST_REFUSAL_NOT_ALLOWED',
  /** The request's personal data was purged: it is a tombstone and cannot change. */
  'REQUEST_PURGED',
  /** The request is closed or cancelled and cannot change. details: {state} */
  'REQUEST_FINISHED',
  /** A calendar year or deadline-rules file does not pass the schema. details: {issues: [{path, message}]} */
  'CALENDAR_INVALID',
  /** The calendar file is for another year than the one being edited. details: {expected, got} */
  'CALENDAR_YEAR_MISMATCH',
  /** A central export file could not be read. details: {problem, line?, column?} */
  'ACCESS_EXPORT_INVALID',
] as const;
export type RequestErrorCode = (typeof REQUEST_ERROR_CODES)[number];

type Texts = { en: string; ru: string; kk: string };

export const REQUEST_ERROR_MESSAGES: Record<`errors.${RequestErrorCode}`, Texts> = {
  'errors.REQUEST_ILLEGAL_TRANSITION': {
    en: 'This step is not possible in the request’s current state.',
    ru: 'Этот шаг невозможен в текущем состоянии запроса.',
    kk: 'Сұраудың қазіргі күйінде бұл қадам мүмкін емес.',
  },
  'errors.REQUEST_DUPLICATE': {
    en: 'An open request of the same type for the same person already exists. Check it, then confirm to open another one anyway.',
    ru: 'Уже есть открытый запрос того же типа по этому лицу. Проверьте его и подтвердите, чтобы всё равно открыть новый.',
    kk: 'Осы тұлға бойынша дәл осындай ашық сұрау бар. Оны тексеріп, бәрібір жаңасын ашу үшін растаңыз.',
  },
  'errors.REQUEST_LETTER_NOT_FOUND': {
    en: 'No letter with this incoming number is registered.',
    ru: 'Письмо с таким входящим номером не зарегистрировано.',
    kk: 'Мұндай кіріс нөмірі бар хат тіркелмеген.',
  },
  'errors.REQUEST_LETTER_CANCELLED': {
    en: 'This incoming register entry is cancelled.',
    ru: 'Эта запись входящего реестра аннулирована.',
    kk: 'Кіріс тізіліміндегі бұл жазба жойылған.',
  },
  'errors.REQUEST_IIN_INVALID': {
    en: 'The IIN is not valid (check digit or date of birth), or it is a BIN.',
    ru: 'ИИН недействителен (контрольная цифра или дата рождения) либо это БИН.',
    kk: 'ЖСН жарамсыз (бақылау саны немесе туған күні) немесе бұл БСН.',
  },
  'errors.REQUEST_VERIFICATION_REQUIRED': {
    en: 'Record which identity document was seen, or why none was needed, first.',
    ru: 'Сначала укажите, какой документ, удостоверяющий личность, был предъявлен, или почему он не нужен.',
    kk: 'Алдымен қандай жеке куәлік көрсетілгенін немесе ол неге қажет емес екенін көрсетіңіз.',
  },
  'errors.REQUEST_DECISION_TYPE': {
    en: 'This decision form does not match the request type.',
    ru: 'Форма решения не соответствует типу запроса.',
    kk: 'Шешім нысаны сұрау түріне сәйкес келмейді.',
  },
  'errors.REQUEST_ACCOUNT_REQUIRED': {
    en: 'Enter the subject’s account id in the central system first: the central system acts on it.',
    ru: 'Сначала укажите идентификатор учётной записи субъекта в центральной системе: она действует по нему.',
    kk: 'Алдымен субъектінің орталық жүйедегі есептік жазба идентификаторын енгізіңіз.',
  },
  'errors.REQUEST_IIN_REQUIRED': {
    en: 'Erasure needs the subject’s IIN: the central system finds biometric and identity data by it.',
    ru: 'Для удаления нужен ИИН субъекта: по нему центральная система находит биометрические данные.',
    kk: 'Жою үшін субъектінің ЖСН қажет: орталық жүйе биометриялық деректерді сол бойынша табады.',
  },
  'errors.REQUEST_REFUSAL_NOT_ALLOWED': {
    en: 'A withdrawal of consent may be refused only if it is contrary to law or an obligation under a contract is unfulfilled (Art. 8 p.2).',
    ru: 'В отзыве согласия можно отказать, только если он противоречит закону или не исполнено обязательство по договору (п. 2 ст. 8).',
    kk: 'Келісімді кері қайтарудан заңға қайшы болса немесе шарт бойынша міндеттеме орындалмаса ғана бас тартуға болады (8-баптың 2-тармағы).',
  },
  'errors.REQUEST_PURGED': {
    en: 'The personal data of this request was purged; only its record remains.',
    ru: 'Персональные данные этого запроса удалены; осталась только запись о нём.',
    kk: 'Бұл сұраудың дербес деректері жойылды; тек ол туралы жазба қалды.',
  },
  'errors.REQUEST_FINISHED': {
    en: 'The request is closed or cancelled.',
    ru: 'Запрос закрыт или отменён.',
    kk: 'Сұрау жабылған немесе тоқтатылған.',
  },
  'errors.CALENDAR_INVALID': {
    en: 'The calendar data is not valid; see the listed problems.',
    ru: 'Данные календаря недействительны; см. список ошибок.',
    kk: 'Күнтізбе деректері жарамсыз; қателер тізімін қараңыз.',
  },
  'errors.CALENDAR_YEAR_MISMATCH': {
    en: 'The file is for another year.',
    ru: 'Файл относится к другому году.',
    kk: 'Файл басқа жылға арналған.',
  },
  'errors.ACCESS_EXPORT_INVALID': {
    en: 'The export file could not be read as JSON or CSV data items.',
    ru: 'Не удалось прочитать файл выгрузки как данные JSON или CSV.',
    kk: 'Экспорт файлын JSON немесе CSV деректері ретінде оқу мүмкін болмады.',
  },
};

/** One line for a terminal (the CLI prints it on stderr). */
export const REQUEST_HUMAN_ERRORS: Record<RequestErrorCode, string> = {
  REQUEST_ILLEGAL_TRANSITION: 'this step is not possible in the request’s current state',
  REQUEST_DUPLICATE: 'possible duplicate of an open request (confirm with "confirmDuplicates": true)',
  REQUEST_LETTER_NOT_FOUND: 'no such letter in the incoming register',
  REQUEST_LETTER_CANCELLED: 'the incoming register entry is cancelled',
  REQUEST_IIN_INVALID: 'the IIN is not valid',
  REQUEST_VERIFICATION_REQUIRED: 'record identity verification first',
  REQUEST_DECISION_TYPE: 'the decision is for another request type',
  REQUEST_ACCOUNT_REQUIRED: 'the subject’s central account id is needed for this action',
  REQUEST_IIN_REQUIRED: 'the subject’s IIN is needed for erasure',
  REQUEST_REFUSAL_NOT_ALLOWED: 'a withdrawal may be refused only if contrary to law or an obligation is unfulfilled',
  REQUEST_PURGED: 'the request’s personal data was purged',
  REQUEST_FINISHED: 'the request is closed or cancelled',
  CALENDAR_INVALID: 'the calendar data is not valid',
  CALENDAR_YEAR_MISMATCH: 'the file is for another year',
  ACCESS_EXPORT_INVALID: 'the export file could not be read',
};
