// Demo data for the incoming register: realistic Kazakh and Russian names, Almaty and regional
// addresses, valid S10 tracking numbers and IINs/BINs (check digits computed, people fictitious).
// Built for volume (a million letters): batches of rows per transaction, one audit entry per
// batch, numbers taken as blocks from the same counters the app uses, and NO sync events
// (demo letters must never reach the central system).
import { randomUUID } from 'node:crypto';
import { almatyParts, fromAlmatyWallClock } from '../../common/mailroom/almaty';
import { nameSortKey } from '../../common/mailroom/text';
import { incomingInserter, type IncomingRecord } from './sql/incoming';
import type { Server } from '../sql/server';
import { assignBlock } from './numbering';
import { withDeferredTriggers } from './seed-bulk';
import { channelOf, Gen, mulberry32 } from './seed-gen';
import { COURIERS, OFFICERS, SUMMARIES } from './seed-words';
import { requestTypeOfDocument } from '../../common/requests/document-types';
import { MAIL_FTS } from './sql/fts-merge';

export interface SeedOptions {
  letters: number;
  /** PRNG seed: the same seed gives the same letters (numbers and ids aside). */
  seed?: number;
  /** Rows per transaction. */
  batch?: number;
  /** Letters are spread over this many days ending yesterday (default: about 1,000 a day, at least 30 days). */
  days?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  letters: number;
  batches: number;
  first: string | null;
  last: string | null;
  from: string | null;
  to: string | null;
  ms: number;
}

export function seedDemo(server: Server, actor: string, opts: SeedOptions): SeedResult {
  const t0 = Date.now();
  const total = opts.letters;
  const batchSize = opts.batch ?? 100_000;
  const days = opts.days ?? Math.max(30, Math.ceil(total / 1000));
  const g = new Gen(mulberry32(opts.seed ?? 20261123));
  const now = server.now();
  const result: SeedResult = { letters: 0, batches: 0, first: null, last: null, from: null, to: null, ms: 0 };
  const previousCache = server.db.pragma('cache_size', { simple: true }) as number;
  server.db.pragma('cache_size = -262144');
  const journal = rollbackJournalIfAlone(server);
  // FTS5 merges as it loads, as before 0019: a bulk load has no calls to merge between.
  setMailAutomerge(server, 4);
  try {
    for (let done = 0; done < total;) {
      const n = Math.min(batchSize, total - done);
      // Times for this batch only (memory stays flat at any size).
      const times = receiptTimesRange(total, days, now, g, done, n);
      server.write(actor, (tx) => {
        const [firstNo, lastNo] = withDeferredTriggers(tx.db, () => {
          const insert = incomingInserter(tx.db);
          const createdAt = tx.now.toISOString();
          let i = 0;
          let firstNo: string | null = null;
          let lastNo: string | null = null;
          while (i < n) {
            const year = times[i]!.year;
            let j = i;
            while (j < n && times[j]!.year === year) j++;
            const block = assignBlock(tx.db, 'incoming', year, j - i);
            for (let k = i; k < j; k++) {
              const seq = block.first + (k - i);
              const rec = makeRecord(g, times[k]!, seq, block.format(seq), createdAt, actor);
              insert(rec);
              firstNo ??= rec.incomingNo;
              lastNo = rec.incomingNo;
            }
            i = j;
          }
          return [firstNo, lastNo];
        });
        tx.audit({
          action: 'seed.demo',
          entityType: 'incoming_letter',
          entityId: 'demo',
          summary: `demo letters ${firstNo}..${lastNo} (${n} rows, no sync events)`,
        });
        result.first ??= firstNo;
        result.last = lastNo;
      });
      result.from ??= times[0]!.date;
      result.to = times[n - 1]!.date;
      done += n;
      result.letters = done;
      result.batches++;
      opts.onProgress?.(done, total);
    }
  } finally {
    setMailAutomerge(server, 0);
    if (journal) server.db.pragma('journal_mode = WAL');
    server.db.pragma(`cache_size = ${previousCache}`);
  }
  result.ms = Date.now() - t0;
  return result;
}

function setMailAutomerge(server: Server, segments: number): void {
  server.maintain((db) => {
    for (const t of MAIL_FTS) db.exec(`INSERT INTO ${t}(${t}, rank) VALUES ('automerge', ${segments})`);
  });
}

/**
 * A bulk load in a rollback journal for its duration: in WAL every page goes into the log and a
 * checkpoint copies it again, and since the cipher sits under SQLite each copy is decrypted and
 * encrypted once more (200,000 letters: 35.5 s in WAL, 31.3 s here). A kill mid-way leaves a hot
 * journal that the next open rolls back, as WAL would drop the uncommitted batch. Only when no
 * other connection has the file open: SQLite will not leave WAL then, and the seed stays in WAL.
 */
function rollbackJournalIfAlone(server: Server): boolean {
  const wait = server.db.pragma('busy_timeout', { simple: true }) as number;
  // Another connection holds the file: no point waiting for it to let go.
  server.db.pragma('busy_timeout = 0');
  try {
    return server.db.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
  } catch {
    return false;
  } finally {
    server.db.pragma(`busy_timeout = ${wait}`);
  }
}

interface Receipt {
  at: Date;
  /** Almaty calendar date and year of `at`. */
  date: string;
  year: number;
}

/**
 * Receipt instants of letters from..from+n of `count` spread over `days` days ending yesterday
 * (Almaty), ascending, in office hours 09:00-18:00: never in the future, never all at one instant.
 */
function receiptTimesRange(
  count: number,
  days: number,
  now: Date,
  g: Gen,
  from: number,
  n: number,
): Receipt[] {
  const today = almatyParts(now);
  const out: Receipt[] = [];
  let cachedDay = -1;
  let dayStart = 0;
  let date = '';
  let year = 0;
  for (let i = from; i < from + n; i++) {
    const dayIndex = Math.floor((i * days) / count);
    if (dayIndex !== cachedDay) {
      const d = new Date(Date.UTC(today.year, today.month - 1, today.day) - (days - dayIndex) * 86_400_000);
      year = d.getUTCFullYear();
      date = d.toISOString().slice(0, 10);
      dayStart = fromAlmatyWallClock(year, d.getUTCMonth() + 1, d.getUTCDate()).getTime();
      cachedDay = dayIndex;
    }
    const firstOfDay = Math.ceil((dayIndex * count) / days);
    const nextFirst = Math.ceil(((dayIndex + 1) * count) / days);
    const perDay = Math.max(1, nextFirst - firstOfDay);
    const minuteOfDay = 9 * 60 + ((i - firstOfDay + g.rnd() * 0.9) * 540) / perDay;
    out.push({ at: new Date(dayStart + Math.floor(minuteOfDay * 60_000)), date, year });
  }
  return out;
}

function makeRecord(
  g: Gen,
  r: Receipt,
  seq: number,
  incomingNo: string,
  createdAt: string,
  actor: string,
): IncomingRecord {
  const s = g.sender();
  const channel = channelOf(g.rnd());
  const lang = s.language === 'other' ? 'ru' : s.language;
  const [summary, documentType] = g.pick(SUMMARIES[lang === 'en' ? 'en' : lang]);
  const courier = channel === 'courier';
  return {
    uid: randomUUID(),
    year: r.year,
    seq,
    incomingNo,
    receivedAt: r.at.toISOString(),
    receivedDate: r.date,
    channel,
    trackingNumber: channel === 'registered_mail' ? g.s10() : null,
    trackingWarning: null,
    courierCompany: courier ? g.pick(COURIERS) : null,
    waybill: courier ? g.digits(10) : null,
    senderKind: s.kind,
    senderName: s.name,
    senderSort: nameSortKey(s.name),
    senderIin: s.iin,
    senderAddress: channel === 'electronic' && g.rnd() < 0.5 ? null : s.address,
    senderRefNumber: s.kind === 'organization' ? `${g.int(1, 99)}-${g.int(100, 9999)}` : null,
    senderRefDate: null,
    documentType,
    requestKind: requestTypeOfDocument(documentType) ?? 'not_request',
    language: s.language,
    summary,
    sheets: g.int(1, 6),
    enclosures:
      g.rnd() < 0.2 ? (lang === 'kk' ? 'сенімхат көшірмесі, 1 парақ' : 'копия доверенности, 1 л.') : null,
    notes: null,
    assignedTo: g.rnd() < 0.8 ? g.pick(OFFICERS) : null,
    dueDate: null,
    createdAt,
    createdBy: actor,
  };
}
