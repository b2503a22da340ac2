import { describe, expect, it } from 'vitest';
import {
  checkSyncPayload,
  SYNC_EVENT_RECORD_TYPES,
  SYNC_EVENT_TYPES,
  SYNC_PAYLOAD_SCHEMAS,
  syncEvent,
  SyncPayloadError,
} from '../../common/sync/payloads';
import { SAMPLE_PAYLOADS } from '../helpers/sync-fixtures';

describe('sync event payloads', () => {
  it('has a schema, a record type and a valid sample for every event type', () => {
    for (const t of SYNC_EVENT_TYPES) {
      expect(SYNC_PAYLOAD_SCHEMAS[t]).toBeDefined();
      expect(['letter', 'request', 'breach']).toContain(SYNC_EVENT_RECORD_TYPES[t]);
      const c = checkSyncPayload(t, SAMPLE_PAYLOADS[t]);
      expect(c.ok, `${t}: ${JSON.stringify(c)}`).toBe(true);
    }
  });

  it('refuses any field the contract does not list (no sender address travels)', () => {
    const c = checkSyncPayload('letter.registered', {
      ...SAMPLE_PAYLOADS['letter.registered'],
      senderAddress: 'Almaty, Abay 1',
    });
    expect(c.ok).toBe(false);
    if (!c.ok) {
      expect(c.issues[0]!.code).toBe('unrecognized_keys');
      // Issues name the place, never the value.
      expect(JSON.stringify(c.issues)).not.toContain('Abay');
    }
  });

  it('checks the IIN of an erase action and never echoes it', () => {
    const bad = { ...SAMPLE_PAYLOADS['action.requested'], iin: '900115300123' };
    const c = checkSyncPayload('action.requested', bad);
    expect(c.ok).toBe(false);
    if (!c.ok) {
      expect(c.issues.map((i) => i.path)).toEqual(['iin']);
      expect(JSON.stringify(c.issues)).not.toContain('900115300123');
    }
    expect(
      checkSyncPayload('action.requested', { actionId: 'a', action: 'erase', subjectAccountId: 'acc-1' }).ok,
    ).toBe(false);
  });

  it('validates every action kind on its own terms', () => {
    const ok = (p: unknown) => checkSyncPayload('action.requested', p).ok;
    expect(ok({ actionId: 'a', action: 'block', subjectAccountId: 'x', reason: 'unlawful_processing' })).toBe(
      true,
    );
    expect(ok({ actionId: 'a', action: 'unblock', subjectAccountId: 'x' })).toBe(true);
    expect(
      ok({
        actionId: 'a',
        action: 'rectify',
        subjectAccountId: 'x',
        corrections: [{ field: 'phone', value: '+77011234567' }],
      }),
    ).toBe(true);
    expect(ok({ actionId: 'a', action: 'rectify', subjectAccountId: 'x', corrections: [] })).toBe(false);
    expect(
      ok({
        actionId: 'a',
        action: 'suppress',
        subjectAccountId: null,
        phone: '+77011234567',
        channels: ['sms'],
      }),
    ).toBe(true);
    expect(
      ok({ actionId: 'a', action: 'suppress', subjectAccountId: null, phone: null, channels: ['sms'] }),
    ).toBe(false);
    expect(ok({ actionId: 'a', action: 'export', subjectAccountId: 'x', language: 'kk' })).toBe(true);
    expect(ok({ actionId: 'a', action: 'teleport', subjectAccountId: 'x' })).toBe(false);
  });

  it('ties refusal grounds to decisions and pause reasons to the paused status', () => {
    expect(
      checkSyncPayload('request.decided', {
        decision: 'refused',
        decidedOn: '2026-03-03',
        refusalGround: null,
      }).ok,
    ).toBe(false);
    expect(
      checkSyncPayload('request.decided', {
        decision: 'refused',
        decidedOn: '2026-03-03',
        refusalGround: 'contract_obligation_unfulfilled',
      }).ok,
    ).toBe(true);
    expect(
      checkSyncPayload('request.changed', { ...SAMPLE_PAYLOADS['request.changed'], status: 'open' }).ok,
    ).toBe(false);
  });

  it('syncEvent builds an outbox input with the right record type, or throws', () => {
    const e = syncEvent('action.requested', 'req-1', SAMPLE_PAYLOADS['action.requested']);
    expect(e).toMatchObject({ eventType: 'action.requested', recordType: 'request', recordId: 'req-1' });
    expect(() => syncEvent('request.closed', 'req-1', { closedOn: 'yesterday' } as never)).toThrow(
      SyncPayloadError,
    );
    expect(() => syncEvent('request.closed', '', SAMPLE_PAYLOADS['request.closed'])).toThrow(
      SyncPayloadError,
    );
  });
});
