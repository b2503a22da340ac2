// The app's log: stderr always (the CLI and headless shell), plus a size-capped rotating file in the
// machine's log folder when the desktop app configures one (a GUI app's stderr is lost).
// Logs never carry personal data: for an unexpected error we keep its kind and where it happened,
// not its message (a message can quote a value the user typed), and every line goes through
// scrubLogText before it is written anywhere.
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { scrubLogText } from './log-scrub';

export { scrubLogText } from './log-scrub';

export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return `non-error thrown (${typeof e})`;
  const code = (e as { code?: unknown }).code;
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((l) => l.trimStart().startsWith('at '))
    .slice(0, 8)
    .join('\n');
  return `${e.name}${typeof code === 'string' ? ` [${code}]` : ''}\n${frames}`;
}

export interface LogFileOptions {
  dir: string;
  /** Bytes before the file is rotated. */
  maxBytes?: number;
  /** How many files are kept, the current one included. */
  files?: number;
}

export const LOG_FILE_NAME = 'privacy-desk.log';
const DEFAULTS = { maxBytes: 1024 * 1024, files: 5 };

let logFile: Required<LogFileOptions> | null = null;

/**
 * Turns the file log on (desktop app). Returns the log file path, or null when the folder cannot
 * be created (a Windows user outside "Privacy Desk Users"): then stderr only, and the app still starts.
 */
export function configureLogFile(opts: LogFileOptions): string | null {
  try {
    mkdirSync(opts.dir, { recursive: true });
  } catch {
    logFile = null;
    return null;
  }
  logFile = { ...DEFAULTS, ...opts };
  return path.join(opts.dir, LOG_FILE_NAME);
}

export function disableLogFile(): void {
  logFile = null;
}

/** privacy-desk.log → .1 → .2 …; the oldest beyond `files` is deleted. */
function rotate(cfg: Required<LogFileOptions>): void {
  const base = path.join(cfg.dir, LOG_FILE_NAME);
  rmSync(`${base}.${cfg.files - 1}`, { force: true });
  for (let i = cfg.files - 2; i >= 1; i--) {
    try {
      renameSync(`${base}.${i}`, `${base}.${i + 1}`);
    } catch {
      // that generation does not exist yet
    }
  }
  renameSync(base, cfg.files > 1 ? `${base}.1` : `${base}.old`);
  if (cfg.files <= 1) rmSync(`${base}.old`, { force: true });
}

function writeLine(level: 'INFO' | 'WARN' | 'ERROR', text: string): void {
  const line = `${new Date().toISOString()} ${level} ${scrubLogText(text)}\n`;
  process.stderr.write(`[privacy-desk] ${line}`);
  const cfg = logFile;
  if (!cfg) return;
  try {
    const file = path.join(cfg.dir, LOG_FILE_NAME);
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      size = 0;
    }
    // One huge line (a long stack) must not break the cap either.
    let text = line;
    while (Buffer.byteLength(text) > cfg.maxBytes)
      text = `${text.slice(0, Math.floor(text.length * 0.9) - 2)}…\n`;
    if (size > 0 && size + Buffer.byteLength(text) > cfg.maxBytes) rotate(cfg);
    appendFileSync(file, text, { encoding: 'utf8' });
  } catch {
    // A full disk or a locked file must never take the app down with it; stderr still has it.
  }
}

export function logError(scope: string, e: unknown): void {
  writeLine('ERROR', `error in ${scope}: ${describeError(e)}`);
}

export function logWarn(message: string): void {
  writeLine('WARN', message);
}

export function logInfo(message: string): void {
  writeLine('INFO', message);
}
