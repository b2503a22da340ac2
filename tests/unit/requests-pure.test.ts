import { describe, expect, it } from 'vitest';
import {
  accessFeeWarning,
  availableSteps,
  canTransition,
  csvCell,
  decisionInputSchema,
  documentTypeSpellings,
  normalizePhone,
  openRequestSchema,
  parseAccessExport,
  parseCsv,
  planDecision,
  requestTypeOfDocument,
  targetOf,
  toCsv,
  verificationSchema,
  type DecisionContext,
  type DecisionInput,
} from '../../common/requests';

const ctx = (over: Partial<DecisionContext> = {}): DecisionContext => ({
  requestType: 'withdrawal',
  language: 'kk',
  subject: { accountId: 'acc-1', iin: '900115300122', phone: '+77011234567' },
  ...over,
});
const plan = (c: DecisionContext, d: DecisionInput) => planDecision(c, decisionInputSchema.parse(d));

describe('request state machine', () => {
  it('allows the main path and refuses skipping steps', () => {
    expect(canTransition('new', 'verifying')).toBe(true);
    expect(canTransition('new', 'in_progress')).toBe(true);
    expect(canTransition('verifying', 'in_progress')).toBe(true);
    expect(canTransition('in_progress', 'decided')).toBe(true);
    expect(canTransition('decided', 'answered')).toBe(true);
    expect(canTransition('answered', 'closed')).toBe(true);
    expect(canTransition('new', 'decided')).toBe(false);
    expect(canTransition('new', 'answered')).toBe(false);
    expect(canTransition('in_progress', 'closed')).toBe(false);
    expect(canTransition('closed', 'new')).toBe(false);
    expect(canTransition('cancelled', 'new')).toBe(false);
    expect(canTransition('closed', 'cancelled')).toBe(false);
  });

  it('resumes a paused request only to the state it left', () => {
    expect(canTransition('in_progress', 'paused')).toBe(true);
    expect(canTransition('paused', 'in_progress', 'in_progress')).toBe(true);
    expect(canTransition('paused', 'decided', 'in_progress')).toBe(false);
    expect(canTransition('paused', 'cancelled', 'in_progress')).toBe(true);
    expect(targetOf('resume', 'paused', 'verifying')).toBe('verifying');
    expect(canTransition('closed', 'paused')).toBe(false);
  });

  it('offers the steps each state allows', () => {
    expect(availableSteps('new')).toEqual(['start_verification', 'pause', 'cancel']);
    expect(availableSteps('new', { verified: true })).toEqual([
      'start_verification',
      'start_work',
      'pause',
      'cancel',
    ]);
    expect(availableSteps('decided')).toEqual(['decide', 'answer', 'pause', 'cancel']);
    expect(availableSteps('paused')).toEqual(['resume', 'cancel']);
    expect(availableSteps('closed')).toEqual([]);
  });
});

describe('request input schemas', () => {
  it('accepts the issue’s minimal request and refuses unknown fields', () => {
    const ok = openRequestSchema.safeParse({
      type: 'withdrawal',
      letters: ['ВХ-2026-000001'],
      requesterRole: 'subject',
      subject: {
        name: 'Айгерім Сейтқали',
        iin: '900115300122',
        address: 'Алматы қ., Абай даңғылы 10, 25 пәтер',
      },
    });
    expect(ok.success).toBe(true);
    expect(
      openRequestSchema.safeParse({
        type: 'withdrawal',
        letters: ['x'],
        requesterRole: 'subject',
        subject: { name: 'A' },
        extra: 1,
      }).success,
    ).toBe(false);
  });

  it('needs a reason for a request without letters, and the authority of a representative', () => {
    const base = { type: 'access', requesterRole: 'subject', subject: { name: 'A' } } as const;
    const noLetters = openRequestSchema.safeParse(base);
    expect(noLetters.success).toBe(false);
    expect(noLetters.error!.issues[0]!.path).toEqual(['direct']);
    expect(
      openRequestSchema.safeParse({
        ...base,
        direct: { reason: 'e_mail', note: 'asked by e-mail, letter follows' },
      }).success,
    ).toBe(true);
    const rep = openRequestSchema.safeParse({
      ...base,
      requesterRole: 'legal_representative',
      direct: { reason: 'in_person', note: 'came in' },
    });
    expect(rep.success).toBe(false);
    expect(rep.error!.issues[0]!.path).toEqual(['representative']);
  });

  it('records only the last 4 characters of an identity document', () => {
    const doc = { method: 'document', documentType: 'id_card', issuer: 'МВД РК', issuedOn: '2020-05-01' };
    expect(verificationSchema.safeParse({ ...doc, numberLast4: '4567' }).success).toBe(true);
    expect(verificationSchema.safeParse({ ...doc, numberLast4: '041234567' }).success).toBe(false);
    expect(verificationSchema.safeParse({ method: 'not_required', reason: 'authorized_body' }).success).toBe(
      true,
    );
  });

  it('normalizes phone numbers as people type them', () => {
    expect(normalizePhone('+7 (701) 123-45-67')).toBe('+77011234567');
    expect(normalizePhone('8 701 123 45 67')).toBe('+77011234567');
  });
});

describe('decisions and their actions', () => {
  it('withdrawal approved → erase with account and IIN; refused only on the allowed grounds', () => {
    const ok = plan(ctx(), { type: 'withdrawal', outcome: 'granted', obligationsUnfulfilled: false });
    expect(ok.problems).toEqual([]);
    expect(ok.actions).toEqual([{ action: 'erase', subjectAccountId: 'acc-1', iin: '900115300122' }]);
    expect(ok.erasure).toBe(true);
    const refused = plan(ctx(), {
      type: 'withdrawal',
      outcome: 'refused',
      refusalGround: 'contract_obligation_unfulfilled',
      reasons: 'Loan agreement not repaid',
      obligationsUnfulfilled: true,
      obligations: 'Loan No. 123',
    });
    expect(refused.problems).toEqual([]);
    expect(refused.actions).toEqual([]);
    // Recorded in the request's language (Kazakh here): Art. 8 p.2 of the Law.
    expect(refused.legalBasis).toContain('8-бабының 2-тармағы');
    const notAllowed = plan(ctx(), {
      type: 'withdrawal',
      outcome: 'refused',
      refusalGround: 'no_data_held',
      reasons: 'x',
      obligationsUnfulfilled: false,
    });
    expect(notAllowed.problems[0]!.code).toBe('REQUEST_REFUSAL_NOT_ALLOWED');
    const fulfilled = plan(ctx(), {
      type: 'withdrawal',
      outcome: 'refused',
      refusalGround: 'contract_obligation_unfulfilled',
      reasons: 'x',
      obligations: 'y',
      obligationsUnfulfilled: false,
    });
    expect(fulfilled.problems[0]).toMatchObject({
      code: 'REQUEST_REFUSAL_NOT_ALLOWED',
      details: { reason: 'obligations_fulfilled' },
    });
  });

  it('a refusal needs a ground and reasons', () => {
    const r = decisionInputSchema.safeParse({
      type: 'withdrawal',
      outcome: 'refused',
      obligationsUnfulfilled: true,
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['reasons', 'refusalGround']);
  });

  it('access: a fee is recognised (refused by the schema); an export action on request', () => {
    expect(accessFeeWarning(500)).toBe('access_fee_not_allowed');
    expect(accessFeeWarning(0)).toBeNull();
    const p = plan(ctx({ requestType: 'access', language: 'ru' }), {
      type: 'access',
      outcome: 'granted',
      dataHeld: [{ category: 'Телефон', value: '+77011234567' }],
      delivery: 'registered_mail',
      requestCentralExport: true,
    });
    expect(p.warnings).toEqual([]);
    expect(p.actions).toEqual([{ action: 'export', subjectAccountId: 'acc-1', language: 'ru' }]);
  });

  it('rectification, blocking, stop messages, minor deletion; complaint and objection queue nothing', () => {
    expect(
      plan(ctx({ requestType: 'rectification' }), {
        type: 'rectification',
        outcome: 'granted',
        corrections: [{ field: 'phone', before: '+77010000000', after: '+77011234567' }],
      }).actions,
    ).toEqual([
      {
        action: 'rectify',
        subjectAccountId: 'acc-1',
        corrections: [{ field: 'phone', value: '+77011234567' }],
      },
    ]);
    expect(
      plan(ctx({ requestType: 'blocking' }), {
        type: 'blocking',
        outcome: 'granted',
        operation: 'block',
        blockReason: 'inaccurate_data',
        reasonText: 'проверка',
      }).actions,
    ).toEqual([{ action: 'block', subjectAccountId: 'acc-1', reason: 'inaccurate_data' }]);
    expect(
      plan(ctx({ requestType: 'blocking' }), {
        type: 'blocking',
        outcome: 'granted',
        operation: 'unblock',
        reasonText: 'не подтвердилось',
      }).actions,
    ).toEqual([{ action: 'unblock', subjectAccountId: 'acc-1' }]);
    expect(
      plan(
        ctx({ requestType: 'stop_messages', subject: { accountId: null, iin: null, phone: '+77011234567' } }),
        { type: 'stop_messages', outcome: 'granted', channels: ['sms', 'whatsapp'] },
      ).actions,
    ).toEqual([
      { action: 'suppress', subjectAccountId: null, phone: '+77011234567', channels: ['sms', 'whatsapp'] },
    ]);
    expect(
      plan(ctx({ requestType: 'minor_deletion' }), { type: 'minor_deletion', outcome: 'granted' }).actions[0]!
        .action,
    ).toBe('erase');
    expect(
      plan(ctx({ requestType: 'complaint' }), {
        type: 'complaint',
        outcome: 'granted',
        finding: 'confirmed',
        findings: 'SMS sent after withdrawal',
      }).actions,
    ).toEqual([]);
    expect(
      plan(ctx({ requestType: 'objection' }), {
        type: 'objection',
        outcome: 'granted',
        decisionText: 'Scoring stopped',
        stopAutomatedProcessing: true,
      }).actions,
    ).toEqual([]);
  });

  it('names what is missing: account id, IIN, the right form', () => {
    const noAccount = plan(ctx({ subject: { accountId: null, iin: '900115300122', phone: null } }), {
      type: 'withdrawal',
      outcome: 'granted',
      obligationsUnfulfilled: false,
    });
    expect(noAccount.problems).toEqual([{ code: 'REQUEST_ACCOUNT_REQUIRED', details: { action: 'erase' } }]);
    expect(noAccount.warnings).toContain('account_missing');
    const noIin = plan(ctx({ subject: { accountId: 'a', iin: null, phone: null } }), {
      type: 'withdrawal',
      outcome: 'granted',
      obligationsUnfulfilled: false,
    });
    expect(noIin.problems).toEqual([{ code: 'REQUEST_IIN_REQUIRED', details: { action: 'erase' } }]);
    const wrong = plan(ctx({ requestType: 'access' }), {
      type: 'withdrawal',
      outcome: 'granted',
      obligationsUnfulfilled: false,
    });
    expect(wrong.problems[0]!.code).toBe('REQUEST_DECISION_TYPE');
  });
});

describe('central export files', () => {
  it('reads JSON lists, wrapped lists and flat objects', () => {
    expect(
      parseAccessExport(
        'json',
        JSON.stringify([
          { category: 'Phone', value: '+7701' },
          { field: 'Email', value: 'a@b.kz', purpose: 'login' },
        ]),
      ),
    ).toEqual({
      ok: true,
      items: [
        { category: 'Phone', value: '+7701' },
        { category: 'Email', value: 'a@b.kz', purpose: 'login' },
      ],
      skipped: 0,
      truncated: [],
    });
    const flat = parseAccessExport(
      'json',
      JSON.stringify({ phone: '+7701', profile: { city: 'Алматы' }, empty: '' }),
    );
    expect(flat).toMatchObject({
      ok: true,
      items: [
        { category: 'phone', value: '+7701' },
        { category: 'profile.city', value: 'Алматы' },
      ],
    });
    expect(parseAccessExport('json', '{oops')).toEqual({ ok: false, problem: 'not_json' });
  });

  it('reads CSV with English or Russian headings, ; or , and a BOM', () => {
    const csv =
      '\uFEFFКатегория;Значение;Цель\r\nТелефон;+7701;"вход; уведомления"\r\nИмя;"Айгерім ""А"""\r\n';
    expect(parseAccessExport('csv', csv)).toEqual({
      ok: true,
      items: [
        { category: 'Телефон', value: '+7701', purpose: 'вход; уведомления' },
        { category: 'Имя', value: 'Айгерім "А"' },
      ],
      skipped: 0,
      truncated: [],
    });
    expect(parseAccessExport('csv', 'a,b\n1,2')).toEqual({
      ok: false,
      problem: 'missing_column',
      line: 1,
      column: 'category',
    });
    expect(parseCsv('a,b\n"x,y",z\n')).toEqual([
      ['a', 'b'],
      ['x,y', 'z'],
    ]);
  });
});

describe('CSV export', () => {
  it('starts with a BOM, quotes, and neutralizes formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+7701')).toBe("'+7701");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a,b')).toBe('"a,b"');
    const out = toCsv(['id', 'note'], [['RQ-1', '-1+2']]);
    expect(out.startsWith('\uFEFFid,note\r\n')).toBe(true);
    expect(out).toContain("RQ-1,'-1+2");
  });
});

describe('document types naming a request type', () => {
  it('finds the type from the code or a name, in any case', () => {
    expect(requestTypeOfDocument('withdrawal')).toBe('withdrawal');
    expect(requestTypeOfDocument('Отзыв согласия')).toBe('withdrawal');
    expect(requestTypeOfDocument('  ЖАЛОБА ')).toBe('complaint');
    expect(requestTypeOfDocument('заявление')).toBeNull();
    expect(requestTypeOfDocument(null)).toBeNull();
    expect(documentTypeSpellings()).toContain('Отзыв согласия');
  });
});
