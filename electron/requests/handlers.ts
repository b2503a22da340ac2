import type { Dashboard, requestCalls, RequestSummary } from '../../common/contract/requests';
import { PdError } from '../../common/errors';
import { parseAccessExport } from '../../common/requests/access-export';
import * as rq from '.';
import { holdsFullIin, listedIds, readAudited, readOneAudited } from '../app/viewed';
import type { Handler } from '../app/dispatch';

type RequestHandlers = { [K in keyof typeof requestCalls]: Handler<K> };

function withoutSubjects(d: Dashboard): Dashboard {
  const strip = (rows: RequestSummary[]) => rows.map((r) => ({ ...r, subject: null }));
  return { ...d, overdue: strip(d.overdue), dueToday: strip(d.dueToday), dueTomorrow: strip(d.dueTomorrow) };
}

/** The requests' calls; the purge runs the pipeline the app composed. */
export const requestHandlers = (deps: rq.RequestsDeps): RequestHandlers => ({
  'requests.precheck': (i, { core }) => rq.precheck(core.db(), i),
  'requests.open': (i, { core, actor }) => rq.openRequest(core.db(), actor, i),
  // One entry per list call, naming the requests shown (their ids), whatever the page size.
  'requests.list': (i, { core, actor }) =>
    readAudited(
      core.db(),
      actor,
      {
        action: 'requests.listed',
        entityType: 'request',
        entityId: () => '*',
        summary: (r) =>
          `${holdsFullIin(i.search) ? 'searched by a full IIN; ' : ''}listed ${r.items.length} of ${r.total}: ${listedIds(r.items.map((x) => x.id))}`,
      },
      () => rq.listRequests(core.db(), i),
    ),
  // Names found are names seen: one entry naming the requests shown, as for a list.
  'requests.search': (i, { core, actor }) =>
    readAudited(
      core.db(),
      actor,
      {
        action: 'requests.searched',
        entityType: 'request',
        entityId: () => '*',
        summary: (r) =>
          `${holdsFullIin(i.query) ? 'searched by a full IIN; ' : ''}listed ${r.items.length}: ${listedIds(r.items.map((x) => x.id))}`,
      },
      () => rq.searchRequests(core.db(), i),
    ),
  'requests.get': (i, { core, actor }) =>
    readOneAudited(core.db(), actor, 'request', i.id, () => rq.getRequest(core.db(), i.id)),
  'requests.update': (i, { core, actor }) => rq.updateRequestFields(core.db(), actor, i),
  'requests.linkLetters': (i, { core, actor }) => rq.linkLetters(core.db(), actor, i),
  'requests.verify': (i, { core, actor }) => rq.verifyRequest(core.db(), actor, i),
  'requests.transition': (i, { core, actor }) => rq.transitionRequest(core.db(), actor, i),
  'requests.pause': (i, { core, actor }) => rq.pauseRequest(core.db(), actor, i),
  'requests.resume': (i, { core, actor }) => rq.resumeRequest(core.db(), actor, i),
  'requests.cancel': (i, { core, actor }) => rq.cancelRequest(core.db(), actor, i),
  'requests.planDecision': (i, { core }) => rq.previewDecision(core.db(), i.id, i.decision),
  'requests.decide': (i, { core, actor }) => rq.decide(core.db(), actor, i),
  'requests.parseAccessExport': (i) => {
    const r = parseAccessExport(i.format, i.content);
    if (!r.ok)
      throw new PdError('ACCESS_EXPORT_INVALID', {
        problem: r.problem,
        ...(r.line ? { line: r.line } : {}),
        ...(r.column ? { column: r.column } : {}),
      });
    return { items: r.items, skipped: r.skipped, truncated: r.truncated };
  },
  // A clerk sees the office's deadlines, not whose requests they are.
  'requests.dashboard': (_i, { core, role }) =>
    role === 'clerk' ? withoutSubjects(rq.dashboard(core.db())) : rq.dashboard(core.db()),
  // The context carries the transport's cancel and progress (a JobControl).
  'requests.report': (i, ctx) => rq.report(ctx.core.db(), i.from, i.to, ctx),
  'requests.reportCsv': (i, ctx) => rq.reportCsv(ctx.core.db(), i.from, i.to, i.lang, ctx),
  'requests.purge': (i, { core, actor, cancelled, progress }) =>
    rq.runPurgeInTurns(
      core.db(),
      actor,
      {
        dryRun: i.dryRun,
        ...(cancelled ? { cancelled } : {}),
        ...(progress ? { progress } : {}),
      },
      deps.purge,
    ),
  'requests.purges': (i, { core }) => rq.listPurges(core.db(), i.limit),
  'requests.settings': (_i, { core }) => rq.getRequestSettings(core.db()),
  'requests.setSettings': (i, { core, actor }) => rq.setRequestSettings(core.db(), actor, i),

  'calendar.years': (_i, { core }) => rq.listCalendarYears(core.db()),
  'calendar.get': (i, { core }) => rq.getCalendarYear(core.db(), i.year),
  'calendar.days': (i, { core }) => rq.calendarDays(core.db(), i.from, i.to),
  'calendar.put': (i, { core, actor }) => rq.putCalendarYear(core.db(), actor, i),
  'calendar.import': (i, { core, actor }) => rq.importCalendarFile(core.db(), actor, i),
  'calendar.reset': (i, { core, actor }) => rq.resetCalendarYear(core.db(), actor, i),
  'calendar.history': (i, { core }) => rq.calendarHistory(core.db(), i.year ?? undefined),
  'deadlines.rules': (_i, { core }) => rq.getRules(core.db()),
  'deadlines.putRules': (i, { core, actor }) => rq.putRules(core.db(), actor, i),
  'deadlines.resetRules': (_i, { core, actor }) => rq.resetRules(core.db(), actor),
  'deadlines.rulesHistory': (_i, { core }) => rq.rulesHistory(core.db()),
  'deadlines.compute': (i, { core }) => core.db().read((db) => rq.computeFor(db, i.type, i.received)),
});
