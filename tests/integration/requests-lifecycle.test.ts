// Opening requests from registered letters, duplicates, minors, the state machine with its
// history and audit, pause/resume/cancel, corrections and lists — on a real encrypted database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestCalls } from '../../common/contract/requests';
import { iinCheckDigit } from '../../common/identifiers/iin';
import { cancelIncoming } from '../../electron/mailroom/intake';
import {
  cancelRequest,
  getRequest,
  linkLetters,
  listRequests,
  pauseRequest,
  precheck,
  resumeRequest,
  transitionRequest,
  updateRequestFields,
  verifyRequest,
} from '../../electron/requests';
import { listAudit, verifyAuditChain } from '../../electron/sql/audit';
import { listOutbox } from '../../electron/sql/outbox';
import { listRequestsSchema, requestPatchSchema } from '../../common/requests';
import { AIGERIM, ID_CARD, open, openDesk, registerLetter, type Desk } from '../helpers/requests';

/** A valid IIN of someone born on the given date (2000s, male, serial from 1). */
function iinFor(yymmdd: string, centurySex = '5'): string {
  for (let serial = 1; serial < 9999; serial++) {
    const first11 = `${yymmdd}${centurySex}${String(serial).padStart(4, '0')}`;
    const c = iinCheckDigit(first11);
    if (c !== null) return first11 + c;
  }
  throw new Error('no IIN');
}

describe('subject requests: opening, duplicates, states', () => {
  let desk: Desk;
  let letterNo: string;
  beforeEach(() => {
    desk = openDesk('2026-11-23T12:00:00+05:00');
    letterNo = registerLetter(desk.server, {
      receivedAt: '2026-11-23T10:05:00+05:00',
      documentType: 'withdrawal',
      trackingNumber: 'RR123456785KZ',
    }).incomingNo;
  });
  afterEach(() => desk.close());

  const withdrawal = (over: Record<string, unknown> = {}) => ({
    type: 'withdrawal' as const,
    letters: [letterNo],
    requesterRole: 'subject' as const,
    subject: { ...AIGERIM },
    ...over,
  });

  it('opens a withdrawal from a letter: number, deadline from the register’s receipt, event, audit without personal data', () => {
    const r = open(desk.server, withdrawal());
    expect(r).toMatchObject({
      id: 'RQ-2026-000001',
      type: 'withdrawal',
      state: 'new',
      origin: 'letter',
      language: 'kk',
      receivedOn: '2026-11-23',
      due: '2026-11-24',
      statutoryDue: '2026-12-14',
      daysLeft: 1,
      deadlineStatus: 'due_tomorrow',
      letterNumbers: [letterNo],
      subject: { name: AIGERIM.name, iin: AIGERIM.iin, iinMasked: '900115•••••2', birthDate: '1990-01-15' },
      steps: ['start_verification', 'pause', 'cancel'],
      warnings: ['account_missing'],
    });
    expect(r.deadline).toMatchObject({
      countedFrom: '2026-11-23',
      workingDays: 1,
      statutoryWorkingDays: 15,
      basis: { ru: expect.stringContaining('Отзыв согласия') },
    });
    expect(r.history).toEqual([
      expect.objectContaining({ event: 'opened', actor: 'officer', from: null, to: 'new' }),
    ]);
    // The register's due date follows the request.
    expect(
      desk.server.db.prepare('SELECT due_date FROM incoming_letters WHERE incoming_no = ?').get(letterNo),
    ).toEqual({ due_date: '2026-11-24' });
    const ev = listOutbox(desk.server.db).filter((e) => e.recordType === 'request');
    expect(ev).toEqual([
      expect.objectContaining({
        eventType: 'request.opened',
        recordId: r.id,
        payload: {
          requestType: 'withdrawal',
          incomingNumber: letterNo,
          receivedOn: '2026-11-23',
          dueOn: '2026-11-24',
          requester: 'subject',
          subjectAccountId: null,
        },
      }),
    ]);
    const audit = listAudit(desk.server.db, { entityType: 'request', entityId: r.id });
    expect(audit[0]!.summary).toContain(letterNo);
    for (const a of listAudit(desk.server.db, {})) {
      expect(a.summary).not.toContain('Сейтқали');
      expect(a.summary).not.toContain(AIGERIM.iin);
    }
  });

  it('numbers are gap-free per year: a refused open takes no number', () => {
    expect(open(desk.server, withdrawal()).id).toBe('RQ-2026-000001');
    expect(() => open(desk.server, withdrawal())).toThrow(
      expect.objectContaining({ code: 'REQUEST_DUPLICATE' }),
    );
    expect(open(desk.server, { ...withdrawal(), type: 'access' }).id).toBe('RQ-2026-000002');
    desk.at('2027-01-04T10:00:00+05:00');
    expect(
      open(desk.server, {
        type: 'complaint',
        direct: { reason: 'e_mail', note: 'жалоба по почте' },
        requesterRole: 'subject',
        subject: { name: 'Иван Петров' },
      }).id,
    ).toBe('RQ-2027-000001');
  });

  it('finds duplicates by IIN, by name and address, and by letter; a confirmed duplicate opens with a warning', () => {
    const first = open(desk.server, withdrawal());
    expect(() => open(desk.server, withdrawal())).toThrow(
      expect.objectContaining({
        code: 'REQUEST_DUPLICATE',
        details: { duplicates: [first.id], matches: ['iin'] },
      }),
    );
    // Same name and address written differently, no IIN, no letter.
    const byName = {
      type: 'withdrawal' as const,
      direct: { reason: 'in_person' as const, note: 'пришла лично' },
      requesterRole: 'subject' as const,
      subject: { name: 'айгерім  СЕЙТҚАЛИ', address: 'Алматы қ. Абай даңғылы 10 25 пәтер' },
    };
    const check = precheck(desk.server, { type: 'withdrawal', letters: [], subject: byName.subject });
    expect(check.duplicates.map((d) => [d.id, d.match])).toEqual([[first.id, 'name_address']]);
    expect(() => open(desk.server, byName)).toThrow(expect.objectContaining({ code: 'REQUEST_DUPLICATE' }));
    const second = open(desk.server, { ...byName, confirmDuplicates: true });
    expect(second.warnings).toEqual(['account_missing']);
    expect(second.history[0]!.note).toContain(first.id);
    // Another type is not a duplicate; a cancelled request no longer counts.
    expect(
      precheck(desk.server, { type: 'access', letters: [letterNo], subject: AIGERIM }).duplicates,
    ).toEqual([]);
    cancelRequest(desk.server, 'officer', { id: first.id, outcome: 'duplicate', reason: 'opened twice' });
    cancelRequest(desk.server, 'officer', { id: second.id, outcome: 'duplicate', reason: 'opened twice' });
    expect(
      precheck(desk.server, { type: 'withdrawal', letters: [letterNo], subject: AIGERIM }).duplicates,
    ).toEqual([]);
  });

  it('precheck shows the letter, the IIN, and the deadline opening would give', () => {
    const p = precheck(desk.server, {
      type: 'access',
      letters: [letterNo, 'ВХ-2026-999999'],
      subject: { iin: AIGERIM.iin },
    });
    expect(p.letters[0]).toMatchObject({
      found: true,
      letter: { incomingNo: letterNo, documentRequestType: 'withdrawal' },
      linkedRequests: [],
    });
    expect(p.letters[1]).toMatchObject({ found: false, letter: null });
    expect(p.iin).toEqual({ valid: true, reason: null, birthDate: '1990-01-15', age: 36, minor: false });
    expect(p.deadline).toMatchObject({ due: '2026-11-26', statutoryDue: '2026-11-26' });
    expect(p.warnings).toEqual(['letter_type_differs']);
  });

  it('detects a minor from the IIN: flags the request and proposes minor_deletion', () => {
    const child = iinFor('120315');
    const p = precheck(desk.server, { type: 'withdrawal', letters: [], subject: { iin: child } });
    expect(p).toMatchObject({
      minor: true,
      suggestedType: 'minor_deletion',
      iin: { valid: true, minor: true, age: 14 },
    });
    const r = open(desk.server, { ...withdrawal(), subject: { name: 'Бала Сейтқали', iin: child } });
    expect(r.minor).toBe(true);
    expect(r.warnings).toContain('subject_minor');
    expect(r.suggestedType).toBe('minor_deletion');
    const fixed = updateRequestFields(desk.server, 'officer', {
      id: r.id,
      patch: { type: 'minor_deletion' },
    });
    expect(fixed).toMatchObject({ type: 'minor_deletion', suggestedType: null });
  });

  it('refuses a wrong IIN, a BIN, an unknown or cancelled letter, with codes the UI can translate', () => {
    expect(() => open(desk.server, withdrawal({ subject: { name: 'X', iin: '900115300123' } }))).toThrow(
      expect.objectContaining({ code: 'REQUEST_IIN_INVALID', details: { reason: 'check_digit' } }),
    );
    expect(() => open(desk.server, withdrawal({ subject: { name: 'X', iin: '220440001087' } }))).toThrow(
      expect.objectContaining({ code: 'REQUEST_IIN_INVALID', details: { reason: 'bin' } }),
    );
    expect(() => open(desk.server, withdrawal({ letters: ['ВХ-2026-000777'] }))).toThrow(
      expect.objectContaining({ code: 'REQUEST_LETTER_NOT_FOUND' }),
    );
    const l2 = registerLetter(desk.server, {
      receivedAt: '2026-11-23T11:00:00+05:00',
      summary: 'другое письмо',
    });
    cancelIncoming(desk.server, 'clerk', { id: l2.id, reason: 'зарегистрировано ошибочно' });
    expect(() => open(desk.server, withdrawal({ letters: [l2.incomingNo] }))).toThrow(
      expect.objectContaining({ code: 'REQUEST_LETTER_CANCELLED' }),
    );
    // Letters can be named by id as well as by number; lower case works.
    expect(open(desk.server, withdrawal({ letters: [letterNo.toLowerCase()] })).letterNumbers).toEqual([
      letterNo,
    ]);
  });

  it('walks new → verifying → in_progress with verification recorded (never a copy), refusing illegal steps', () => {
    const r = open(desk.server, withdrawal());
    expect(() => transitionRequest(desk.server, 'officer', { id: r.id, to: 'in_progress' })).toThrow(
      expect.objectContaining({ code: 'REQUEST_VERIFICATION_REQUIRED' }),
    );
    expect(() => transitionRequest(desk.server, 'officer', { id: r.id, to: 'answered' })).toThrow(
      expect.objectContaining({
        code: 'REQUEST_ILLEGAL_TRANSITION',
        details: {
          from: 'new',
          to: 'answered',
          allowed: ['verifying', 'in_progress', 'paused', 'cancelled'],
        },
      }),
    );
    expect(transitionRequest(desk.server, 'officer', { id: r.id, to: 'verifying' }).state).toBe('verifying');
    const v = verifyRequest(desk.server, 'officer', {
      id: r.id,
      verification: { ...ID_CARD, holder: 'subject' },
    });
    expect(v.state).toBe('in_progress');
    expect(v.verification).toMatchObject({
      method: 'document',
      documentType: 'id_card',
      numberLast4: '4567',
      verifiedBy: 'officer',
    });
    expect(v.steps).toEqual(['decide', 'pause', 'cancel']);
    expect(v.history.map((h) => [h.event, h.from, h.to])).toEqual([
      ['opened', null, 'new'],
      ['transition', 'new', 'verifying'],
      ['verified', 'verifying', 'verifying'],
      ['transition', 'verifying', 'in_progress'],
    ]);
    expect(() => transitionRequest(desk.server, 'officer', { id: r.id, to: 'closed' })).toThrow(
      expect.objectContaining({ code: 'REQUEST_ILLEGAL_TRANSITION' }),
    );
    const audit = listAudit(desk.server.db, { entityType: 'request', entityId: r.id }).map((a) => [
      a.action,
      a.actor,
      a.summary,
    ]);
    expect(audit).toContainEqual([
      'request.verified',
      'officer',
      'identity verified: id_card seen (subject), no copy kept',
    ]);
    expect(audit).toContainEqual(['request.transition', 'officer', 'verifying → in_progress (verified)']);
  });

  it('pauses with a reason and resumes to where it was; the deadline does not move', () => {
    const r = open(
      desk.server,
      withdrawal({ verification: { method: 'not_required', reason: 'signed_letter_matches_records' } }),
    );
    expect(r.state).toBe('in_progress');
    desk.at('2026-11-24T10:00:00+05:00');
    const p = pauseRequest(desk.server, 'officer', {
      id: r.id,
      reason: 'awaiting_documents',
      note: 'ждём доверенность',
    });
    expect(p).toMatchObject({
      state: 'paused',
      pausedFrom: 'in_progress',
      due: '2026-11-24',
      steps: ['resume', 'cancel'],
    });
    expect(p.deadline.paused).toEqual({
      since: '2026-11-24T05:00:00.000Z',
      reason: 'awaiting_documents',
      from: 'in_progress',
    });
    expect(() => transitionRequest(desk.server, 'officer', { id: r.id, to: 'verifying' })).toThrow(
      expect.objectContaining({
        code: 'REQUEST_ILLEGAL_TRANSITION',
        details: { from: 'paused', to: 'verifying', allowed: ['in_progress', 'cancelled'] },
      }),
    );
    desk.at('2026-11-25T10:00:00+05:00');
    const back = resumeRequest(desk.server, 'officer', { id: r.id });
    expect(back).toMatchObject({
      state: 'in_progress',
      pausedFrom: null,
      due: '2026-11-24',
      daysLeft: -1,
      deadlineStatus: 'overdue',
    });
    expect(back.deadline.paused).toBeNull();
    expect(() => resumeRequest(desk.server, 'officer', { id: r.id })).toThrow(
      expect.objectContaining({ code: 'REQUEST_ILLEGAL_TRANSITION' }),
    );
    const changed = listOutbox(desk.server.db)
      .filter((e) => e.eventType === 'request.changed')
      .map((e) => [e.payload.status, e.payload.pauseReason]);
    expect(changed).toEqual([
      ['paused', 'awaiting_documents'],
      ['open', null],
    ]);
    expect(back.history.map((h) => h.event)).toEqual([
      'opened',
      'verified',
      'transition',
      'paused',
      'resumed',
    ]);
  });

  it('cancels with a reason (required by the contract); a cancelled request is final', () => {
    const r = open(desk.server, withdrawal());
    const cancelSchema = requestCalls['requests.cancel'].input;
    expect(cancelSchema.safeParse({ id: r.id }).success).toBe(false);
    expect(cancelSchema.safeParse({ id: r.id, reason: '' }).success).toBe(false);
    expect(requestCalls['requests.pause'].input.safeParse({ id: r.id, reason: 'other' }).success).toBe(false);
    const c = cancelRequest(desk.server, 'officer', {
      id: r.id,
      outcome: 'withdrawn',
      reason: 'заявитель отозвал письмо',
    });
    expect(c).toMatchObject({
      state: 'cancelled',
      closeOutcome: 'withdrawn',
      steps: [],
      deadlineStatus: 'done',
    });
    expect(c.history.at(-1)).toMatchObject({
      event: 'cancelled',
      reasonCode: 'withdrawn',
      note: 'заявитель отозвал письмо',
    });
    expect(listOutbox(desk.server.db).at(-1)).toMatchObject({
      eventType: 'request.closed',
      payload: { outcome: 'withdrawn', replyOutgoingNumber: null, onTime: true, closedOn: '2026-11-23' },
    });
    expect(() =>
      cancelRequest(desk.server, 'officer', { id: r.id, outcome: 'cancelled', reason: 'again' }),
    ).toThrow(expect.objectContaining({ code: 'REQUEST_ILLEGAL_TRANSITION' }));
    expect(() => updateRequestFields(desk.server, 'officer', { id: r.id, patch: { officer: 'x' } })).toThrow(
      expect.objectContaining({ code: 'REQUEST_FINISHED' }),
    );
    expect(verifyAuditChain(desk.server.db).ok).toBe(true);
  });

  it('opens directly with a reason, for a representative; links a letter later, an earlier receipt moves the clock', () => {
    desk.at('2026-11-25T10:00:00+05:00');
    const r = open(desk.server, {
      type: 'access',
      direct: { reason: 'e_mail', note: 'запрос пришёл по e-mail, оригинал почтой' },
      requesterRole: 'legal_representative',
      representative: {
        name: 'Сейтқали Серік',
        relation: 'parent',
        authorityDocument: { type: 'birth_certificate', number: 'I-АЛ 123456', date: '2012-03-20' },
      },
      subject: { name: 'Бала Сейтқали' },
      language: 'ru',
    });
    expect(r).toMatchObject({
      origin: 'direct',
      directReason: 'e_mail',
      directNote: 'запрос пришёл по e-mail, оригинал почтой',
      receivedOn: '2026-11-25',
      due: '2026-11-30',
    });
    expect(r.representative).toMatchObject({ name: 'Сейтқали Серік', relation: 'parent' });
    expect(listOutbox(desk.server.db).at(-1)!.payload).toMatchObject({
      incomingNumber: r.id,
      requester: 'representative',
    });
    const linked = linkLetters(desk.server, 'officer', { id: r.id, letters: [letterNo] });
    expect(linked).toMatchObject({ receivedOn: '2026-11-23', due: '2026-11-26', letterNumbers: [letterNo] });
    expect(linked.history.map((h) => h.event)).toEqual(['opened', 'letters_linked', 'due_changed']);
    expect(listOutbox(desk.server.db).at(-1)).toMatchObject({
      eventType: 'request.changed',
      payload: { changed: ['due_on'], dueOn: '2026-11-26' },
    });
  });

  it('corrections: a type change recomputes the deadline; an account id goes to central; fields are named, never their values', () => {
    const r = open(desk.server, withdrawal());
    const u = updateRequestFields(desk.server, 'officer', {
      id: r.id,
      patch: requestPatchSchema.parse({
        type: 'access',
        subject: { accountId: 'ib-000123', phone: '+7 701 123 45 67' },
        officer: 'ahmetova',
      }),
    });
    expect(u).toMatchObject({
      type: 'access',
      due: '2026-11-26',
      officer: 'ahmetova',
      subject: { accountId: 'ib-000123', phone: '+77011234567' },
    });
    expect(listOutbox(desk.server.db).at(-1)!.payload).toMatchObject({
      changed: ['subject_account', 'request_type', 'due_on'],
      subjectAccountId: 'ib-000123',
      requestType: 'access',
    });
    const a = listAudit(desk.server.db, {
      entityType: 'request',
      entityId: r.id,
      action: 'request.updated',
    })[0]!;
    expect(a.summary).toBe('changed: subject.phone, subject.accountId, officer, type');
  });

  it('lists with filters: state, due before, type, search by number, Вх. №, IIN or name', () => {
    const a = open(desk.server, withdrawal());
    const b = open(desk.server, {
      type: 'complaint',
      direct: { reason: 'e_mail', note: 'x' },
      requesterRole: 'subject',
      subject: { name: 'Иван Петров' },
    });
    const all = listRequests(desk.server, listRequestsSchema.parse({}));
    expect(all.items.map((i) => i.id)).toEqual([a.id, b.id]);
    expect(all.items[0]!.subject).toEqual({ name: AIGERIM.name, iinMasked: '900115•••••2' });
    expect(
      listRequests(desk.server, listRequestsSchema.parse({ dueBefore: '2026-11-24' })).items.map((i) => i.id),
    ).toEqual([a.id]);
    expect(listRequests(desk.server, listRequestsSchema.parse({ type: 'complaint' })).total).toBe(1);
    expect(listRequests(desk.server, listRequestsSchema.parse({ state: ['closed'] })).total).toBe(0);
    for (const search of [a.id.toLowerCase(), letterNo, AIGERIM.iin, 'айгер']) {
      expect(
        listRequests(desk.server, listRequestsSchema.parse({ search })).items.map((i) => i.id),
        search,
      ).toEqual([a.id]);
    }
    expect(getRequest(desk.server, a.id.toLowerCase()).id).toBe(a.id);
    expect(() => getRequest(desk.server, 'RQ-2026-999999')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});
