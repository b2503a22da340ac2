// Schemas of the administrator-editable data files in resources/:
//   resources/calendar/<year>.json  -> CalendarYear
//   resources/deadlines.json        -> DeadlineRules
// The files are the source of truth for holidays and deadlines; the code holds no dates.
import { z } from 'zod';
import { isIsoDate } from '../time/almaty';
import { REQUEST_TYPES } from './request-types';

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'expected a calendar date YYYY-MM-DD' });

/** A text in the three languages the desk answers in. */
export const localizedTextSchema = z.strictObject({
  kk: z.string().trim().min(1),
  ru: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Names a movable holiday across years (e.g. kurban_ait), so a provisional marker can match it. */
export const holidayKeySchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

export const holidaySchema = z.strictObject({
  date: isoDateSchema,
  name: localizedTextSchema,
  /** true: when it falls on Sat/Sun, the next weekday that is not already off is off instead. */
  moveIfWeekend: z.boolean(),
  key: holidayKeySchema.optional(),
});
export type Holiday = z.infer<typeof holidaySchema>;

export const dayTransferSchema = z.strictObject({
  date: isoDateSchema,
  reason: localizedTextSchema,
});
export type DayTransfer = z.infer<typeof dayTransferSchema>;

/**
 * A movable holiday whose date is not announced yet (Kurban Ait 2027): while no holiday of the
 * year carries its key, every deadline touching the year warns calendar_provisional:<year>.
 */
export const provisionalHolidaySchema = z.strictObject({
  key: holidayKeySchema,
  name: localizedTextSchema,
});
export type ProvisionalHoliday = z.infer<typeof provisionalHolidaySchema>;

export const calendarYearSchema = z
  .strictObject({
    year: z.int().min(2000).max(2100),
    holidays: z.array(holidaySchema),
    extraDaysOff: z.array(dayTransferSchema),
    extraWorkingDays: z.array(dayTransferSchema),
    provisional: z.array(provisionalHolidaySchema).optional(),
    source: z.string().trim().min(1),
  })
  .superRefine((cal, ctx) => {
    const lists = ['holidays', 'extraDaysOff', 'extraWorkingDays'] as const;
    const seen = new Map<string, string>();
    for (const list of lists) {
      cal[list].forEach((entry, i) => {
        if (!entry.date.startsWith(`${cal.year}-`)) {
          ctx.addIssue({
            code: 'custom',
            path: [list, i, 'date'],
            message: `${entry.date} is not in ${cal.year}`,
          });
        }
        const key = `${list === 'extraWorkingDays' ? 'work' : 'off'}:${entry.date}`;
        const other = seen.get(key);
        if (other) {
          ctx.addIssue({
            code: 'custom',
            path: [list, i, 'date'],
            message: `${entry.date} is listed twice (also in ${other})`,
          });
        }
        seen.set(key, list);
      });
    }
    cal.extraWorkingDays.forEach((entry, i) => {
      if (seen.has(`off:${entry.date}`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['extraWorkingDays', i, 'date'],
          message: `${entry.date} is both a day off and an extra working day`,
        });
      }
    });
  });
export type CalendarYear = z.infer<typeof calendarYearSchema>;

export const deadlineRuleSchema = z
  .strictObject({
    /** The office's operative target (what the due date shows). */
    policyWorkingDays: z.int().min(0).max(365),
    /** The legal outer limit. */
    statutoryWorkingDays: z.int().min(0).max(365),
    basis: localizedTextSchema,
  })
  .refine((r) => r.policyWorkingDays <= r.statutoryWorkingDays, {
    message: 'policyWorkingDays may not exceed statutoryWorkingDays',
    path: ['policyWorkingDays'],
  });
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

const ruleShape = Object.fromEntries(REQUEST_TYPES.map((t) => [t, deadlineRuleSchema])) as Record<
  (typeof REQUEST_TYPES)[number],
  typeof deadlineRuleSchema
>;

export const deadlineRulesSchema = z.strictObject({
  ...ruleShape,
  /**
   * Notifying the authorized body of a security breach, counted from the day of detection
   * (Art. 25 p.2(8)). Optional so that rules saved before the breach register still load; the
   * shipped file's rule applies then.
   */
  breach: deadlineRuleSchema.optional(),
  /** Where the rules came from (free text for the administrator). */
  source: z.string().trim().min(1).optional(),
});
export type DeadlineRules = z.infer<typeof deadlineRulesSchema>;
