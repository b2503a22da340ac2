// Valid sample payloads for every sync event type, and small builders for tests.
import type { SyncEventType, SyncPayloadMap } from '../../common/sync/payloads';

// A valid IIN (born 1990-01-15, male: century digit 3, check digit 2).
const IIN = '900115300122';

export const SAMPLE_PAYLOADS: { [K in SyncEventType]: SyncPayloadMap[K] } = {
  'letter.registered': {
    incomingNumber: '2026/0042',
    receivedOn: '2026-03-02',
    channel: 'registered_mail',
    requestType: 'withdrawal',
  },
  'request.opened': {
    requestType: 'withdrawal',
    incomingNumber: '2026/0042',
    receivedOn: '2026-03-02',
    dueOn: '2026-03-03',
    requester: 'subject',
    subjectAccountId: 'acc-1001',
  },
  'request.changed': {
    changed: ['status'],
    requestType: 'withdrawal',
    dueOn: '2026-03-03',
    status: 'paused',
    pauseReason: 'identity_verification',
    subjectAccountId: 'acc-1001',
  },
  'request.decided': { decision: 'granted', decidedOn: '2026-03-03', refusalGround: null },
  'request.closed': {
    closedOn: '2026-03-03',
    outcome: 'answered',
    replyOutgoingNumber: '2026/0107',
    onTime: true,
  },
  'action.requested': { actionId: 'act-1', action: 'erase', subjectAccountId: 'acc-1001', iin: IIN },
  'letter.sent': {
    outgoingNumber: '2026/0107',
    sentOn: '2026-03-03',
    method: 'registered_mail',
    trackingNumber: 'RR123456785KZ',
    inReplyTo: '2026/0042',
    requestId: 'req-1',
    language: 'ru',
  },
  breach: {
    event: 'opened',
    detectedOn: '2026-03-02',
    dueOn: '2026-03-03',
    status: 'open',
    categories: ['contact', 'iin'],
    subjectsApprox: 120,
    authorityNotifiedOn: null,
    subjectsNotice: 'undecided',
  },
  'letter.corrected': {
    register: 'incoming',
    incomingNumber: '2026/0042',
    changed: ['received_on'],
    receivedOn: '2026-03-01',
    channel: 'registered_mail',
  },
};

export const SAMPLE_IIN = IIN;
