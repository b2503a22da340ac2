// The last line of defence before a log line is written: whatever a message carries by mistake,
// personal data does not reach the log file an IT person mails to support. Our own log messages are
// English and ASCII, so any Cyrillic run (Kazakh or Russian names, addresses, subjects) is dropped
// whole; the other rules catch what is personal in any script.
const CYRILLIC = '\u0400-\u04FF';

type Replacement = string | ((match: string, ...groups: string[]) => string);

const RULES: ReadonlyArray<readonly [RegExp, Replacement]> = [
  // e-mail addresses
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, '[email]'],
  // Windows profile folders name their user: C:\Users\aigerim.n\… (and /home/<user>/ in development)
  [/([A-Za-z]:\\(?:Users|Documents and Settings)\\)[^\\/\s"']+/gi, '$1[user]'],
  [/(\/(?:home|Users)\/)[^/\s"']+/g, '$1[user]'],
  // Kazpost / UPU S10 tracking numbers: RR123456785KZ
  [/\b[A-Z]{2}\s?\d{3}\s?\d{3}\s?\d{3}\s?[A-Z]{2}\b/g, '[tracking]'],
  // IIN / BIN: 12 digits
  [/(?<!\d)\d{12}(?!\d)/g, '[iin]'],
  // Kazakhstan phone numbers (+7 / 8, with or without separators), and any long digit run
  [/(?:\+7|(?<!\d)8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/g, '[phone]'],
  [/(?<![\d.:=-])[78]\d{10}(?!\d)/g, '[phone]'],
  // Labelled values: name=…, "displayName": "…", applicant: … (Latin names have no safe pattern)
  [
    /\b(name|username|displayname|fullname|applicant|subject|addressee|sender|recipient|address|street|phone|email|iin|user|actor)(["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;}]+)/gi,
    (_m: string, label: string, sep: string, value: string) =>
      `${label}${sep}${/^["']/.test(value) ? `${value[0]}[redacted]${value[0]}` : '[redacted]'}`,
  ],
  // Street addresses in Latin script: "ул. Абая 10" is handled by the Cyrillic rule; "Abay ave 10, apt 5"
  [
    /\b[A-Z][a-z]+\s+(?:street|st\.|avenue|ave\.?|prospekt|pr\.|microdistrict|mkr\.?)\s*\d+[A-Za-z]?(?:\s*,\s*(?:apt\.?|kv\.?|office)\s*\d+)?/g,
    '[address]',
  ],
  // Anything in Kazakh or Russian: names, addresses, subjects, document text
  [new RegExp(`[${CYRILLIC}][${CYRILLIC}0-9\\s.,«»"'()\\-№/]*[${CYRILLIC}.]|[${CYRILLIC}]`, 'g'), '[text]'],
];

export function scrubLogText(text: string): string {
  let out = text;
  for (const [re, replacement] of RULES) out = out.replace(re, replacement as string);
  return out;
}
