// The read calls the screens make, with the inputs a user gives them: every list under each of
// its filters and sorts, the counts, search per register, the detail pages, the audit viewer,
// the dashboard and a year's report. Each variant is one metric group; a list's samples are
// pooled by filter (over the sorts) and by sort (over the filters), so every filter and every
// sort has its own figure without a metric per combination.
import type Database from 'better-sqlite3-multiple-ciphers';

/** One call a screen makes; `groups` are the metric names its samples count toward. */
export interface PlannedCall {
  name: string;
  input: unknown;
  groups: string[];
}

/** Facts about the seeded desk the inputs need (taken before the core starts). */
export interface Probes {
  year: number;
  lastMonth: { from: string; to: string };
  officer: string;
  requestIds: string[];
  incomingIds: number[];
  outgoingIds: number[];
  subjectPrefix: string;
  auditFrom: string;
  auditTo: string;
}

export function probe(db: Database.Database): Probes {
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
  const col = <T>(sql: string) => db.prepare(sql).pluck().all() as T[];
  const last = one<{ d: string }>('SELECT max(received_date) AS d FROM incoming_letters').d;
  const from = new Date(Date.parse(last) - 30 * 86_400_000).toISOString().slice(0, 10);
  const auditTo = one<{ at: string }>('SELECT at FROM audit_log ORDER BY id DESC LIMIT 1').at;
  return {
    year: Number(last.slice(0, 4)),
    lastMonth: { from, to: last },
    officer: 'Ким С.',
    requestIds: col<string>('SELECT id FROM requests ORDER BY random() LIMIT 20'),
    incomingIds: col<number>('SELECT id FROM incoming_letters ORDER BY random() LIMIT 20'),
    outgoingIds: col<number>('SELECT id FROM outgoing_letters ORDER BY random() LIMIT 20'),
    subjectPrefix: (
      one<{ n: string } | undefined>('SELECT name AS n FROM request_subjects LIMIT 1')?.n ?? 'Ким'
    )
      .split(' ')[0]!
      .slice(0, 4),
    auditFrom: new Date(Date.parse(auditTo) - 7 * 86_400_000).toISOString(),
    auditTo,
  };
}

export const SEARCHES = [
  'сейтқали',
  'сейт',
  'айгерім сейтқали',
  'иванова ольга',
  'ким',
  'абай даңғ',
  'отзыве согласия',
];

/** A register list: every filter under every sort, plus a keyset page and a deep offset page. */
function registerList(
  call: 'intake.list' | 'outgoing.list',
  filters: Record<string, Record<string, unknown>>,
  sorts: string[],
): PlannedCall[] {
  const out: PlannedCall[] = [];
  for (const [f, filter] of Object.entries(filters))
    for (const s of sorts) {
      const [by, dir] = s.split('_');
      out.push({
        name: call,
        input: { filter, sort: { by, dir }, limit: 100 },
        groups: [`calls.${call}.filter.${f}`, `calls.${call}.sort.${s}`],
      });
    }
  out.push({ name: call, input: { limit: 100, offset: 10_000 }, groups: [`calls.${call}.offset_10000`] });
  return out;
}

/** A register's filters: by channel, status, the officer (or none), the last month. */
function registerFilters(p: Probes, channel: string, party: string): Record<string, Record<string, unknown>> {
  return {
    none: {},
    [channel]: { [channel]: 'courier' },
    status: { status: channel === 'method' ? 'sent' : 'registered' },
    [party]: { [party]: p.officer },
    [`${party}_none`]: { [party]: null },
    period: p.lastMonth,
  };
}

function registerCalls(p: Probes): PlannedCall[] {
  const incomingFilters = registerFilters(p, 'channel', 'assignedTo');
  const outgoingFilters = registerFilters(p, 'method', 'signatory');
  const counts = (call: string, filters: Record<string, Record<string, unknown>>): PlannedCall[] =>
    Object.entries(filters).flatMap(([f, filter]) => [
      { name: call, input: { filter }, groups: [`calls.${call}.exact`, `calls.${call}.${f}`] },
      { name: call, input: { filter, cap: 10_000 }, groups: [`calls.${call}.cap_10000`] },
    ]);
  return [
    ...registerList('intake.list', incomingFilters, ['date_desc', 'date_asc', 'number_desc', 'sender_asc']),
    ...registerList('outgoing.list', outgoingFilters, ['date_desc', 'number_desc', 'addressee_asc']),
    ...counts('intake.count', incomingFilters),
    ...counts('outgoing.count', outgoingFilters),
    ...SEARCHES.flatMap((query) =>
      (['all', 'incoming', 'outgoing'] as const).map((register) => ({
        name: 'mailroom.search',
        input: { query, register, limit: 50 },
        groups: ['calls.mailroom.search', `calls.mailroom.search.${register}`],
      })),
    ),
    ...p.incomingIds.map((id) => ({ name: 'intake.get', input: { id }, groups: ['calls.intake.get'] })),
    ...p.outgoingIds.map((id) => ({ name: 'outgoing.get', input: { id }, groups: ['calls.outgoing.get'] })),
    { name: 'intake.officers', input: {}, groups: ['calls.intake.officers'] },
  ];
}

function requestCalls(p: Probes): PlannedCall[] {
  const filters: Record<string, Record<string, unknown>> = {
    none: {},
    state: { state: 'in_progress' },
    states: { state: ['new', 'verifying', 'in_progress'] },
    type: { type: 'access' },
    running: { running: true },
    officer: { officer: p.officer },
    overdue: { running: true, dueBefore: p.lastMonth.from },
    received: { receivedFrom: p.lastMonth.from, receivedTo: p.lastMonth.to },
    search_name: { search: p.subjectPrefix },
    search_number: { search: p.requestIds[0] ?? 'RQ-2026-000001' },
  };
  const out: PlannedCall[] = [];
  for (const [f, filter] of Object.entries(filters))
    for (const sort of ['due', 'received', 'id', 'updated'])
      out.push({
        name: 'requests.list',
        input: { ...filter, sort, order: sort === 'due' ? 'asc' : 'desc', limit: 100 },
        groups: [`calls.requests.list.filter.${f}`, `calls.requests.list.sort.${sort}`],
      });
  return [
    ...out,
    ...p.requestIds.map((id) => ({ name: 'requests.get', input: { id }, groups: ['calls.requests.get'] })),
    { name: 'requests.dashboard', input: {}, groups: ['calls.requests.dashboard'] },
    {
      name: 'requests.report',
      input: { from: `${p.year}-01-01`, to: `${p.year}-12-31` },
      groups: ['calls.requests.report_year'],
    },
  ];
}

function auditCalls(p: Probes): PlannedCall[] {
  const page = (group: string, input: Record<string, unknown>): PlannedCall => ({
    name: 'audit.list',
    input: { limit: 100, ...input },
    groups: ['calls.audit.list', `calls.audit.list.${group}`],
  });
  return [
    page('first', {}),
    page('offset_10000', { offset: 10_000 }),
    page('actor', { actor: 'clerk1' }),
    page('action', { action: 'request.decided' }),
    page('entity', { entityType: 'request', entityId: '4242' }),
    page('period', { from: p.auditFrom, to: p.auditTo }),
    { name: 'audit.facets', input: {}, groups: ['calls.audit.facets'] },
  ];
}

export function readPlan(p: Probes): PlannedCall[] {
  return [...registerCalls(p), ...requestCalls(p), ...auditCalls(p)];
}

/** The calls a user waits on while maintenance runs (a representative screenful). */
export function interactivePlan(p: Probes): PlannedCall[] {
  const pick = (name: string, input: unknown): PlannedCall => ({ name, input, groups: [] });
  return [
    pick('requests.dashboard', {}),
    pick('intake.list', { filter: { channel: 'courier' }, sort: { by: 'date', dir: 'desc' }, limit: 100 }),
    pick('outgoing.list', { sort: { by: 'date', dir: 'desc' }, limit: 100 }),
    pick('mailroom.search', { query: 'сейтқали', limit: 50 }),
    pick('requests.list', { running: true, sort: 'due', order: 'asc', limit: 100 }),
    pick('requests.get', { id: p.requestIds[0] }),
    pick('intake.count', { filter: { channel: 'courier' } }),
    pick('audit.list', { limit: 100 }),
  ];
}
