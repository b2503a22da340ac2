// Loads the administrator-editable calendar and deadline data from resources/.
//   resources/calendar/<year>.json -> CalendarYear (one file per year)
//   resources/deadlines.json       -> DeadlineRules
// Every file is validated with its zod schema; a bad file fails with an error naming it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type z } from 'zod';
import { PdError } from '../../common/errors';
import {
  calendarYearSchema,
  deadlineRulesSchema,
  type CalendarYear,
  type DeadlineRules,
} from '../../common/deadlines/calendar-schema';

/** A data file that cannot be read, parsed or validated. Crosses boundaries as VALIDATION. */
export class DataFileError extends PdError {
  readonly file: string;

  constructor(file: string, problem: string) {
    super('VALIDATION', { file: path.basename(file), problem }, 'errors.DATA_FILE_INVALID');
    this.name = 'DataFileError';
    this.file = file;
    this.message = `${file}: ${problem}`;
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new DataFileError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new DataFileError(file, `not valid JSON (${(e as Error).message})`);
  }
}

function parseFile<T>(file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(readJson(file));
  if (!result.success) throw new DataFileError(file, describeIssues(result.error));
  return result.data;
}

/** Validates one calendar file; its name must be <year>.json and match the "year" inside. */
export function loadCalendarFile(file: string): CalendarYear {
  const cal = parseFile(file, calendarYearSchema);
  const stem = path.basename(file, '.json');
  if (/^\d{4}$/.test(stem) && Number(stem) !== cal.year) {
    throw new DataFileError(file, `file name says ${stem} but "year" is ${cal.year}`);
  }
  return cal;
}

/** All <year>.json files of dir, validated, ascending by year. Other files are ignored. */
export function loadCalendarDir(dir: string): CalendarYear[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (e) {
    throw new DataFileError(
      dir,
      `cannot read calendar folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const years = names
    .filter((n) => /^\d{4}\.json$/.test(n))
    .sort()
    .map((n) => loadCalendarFile(path.join(dir, n)));
  if (years.length === 0) throw new DataFileError(dir, 'no calendar files (<year>.json) found');
  return years;
}

export function loadDeadlineRules(file: string): DeadlineRules {
  return parseFile(file, deadlineRulesSchema);
}

function moduleDir(): string {
  // CommonJS bundles (dist/*.cjs) have __dirname; under ESM (vitest, tsx) use import.meta.url.
  return typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
}

function isResourcesDir(dir: string): boolean {
  try {
    return fs.statSync(path.join(dir, 'calendar')).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The folder holding calendar/ and deadlines.json: $PRIVACY_DESK_RESOURCES when set (must
 * contain calendar/), else the packaged app's resources, else the first `resources` folder
 * containing `calendar` found walking up from this module.
 */
export function resourcesDir(env: NodeJS.ProcessEnv = process.env, startDir: string = moduleDir()): string {
  if (env.PRIVACY_DESK_RESOURCES) {
    const dir = path.resolve(env.PRIVACY_DESK_RESOURCES);
    if (!isResourcesDir(dir)) throw new DataFileError(dir, 'PRIVACY_DESK_RESOURCES has no calendar folder');
    return dir;
  }
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged) {
    for (const dir of [path.join(packaged, 'resources'), packaged]) if (isResourcesDir(dir)) return dir;
  }
  for (let dir = path.resolve(startDir); ;) {
    const candidate = path.join(dir, 'resources');
    if (isResourcesDir(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new DataFileError(
    startDir,
    'no resources/calendar folder found here or above (set PRIVACY_DESK_RESOURCES)',
  );
}
