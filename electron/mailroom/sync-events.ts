// The sync events the registers emit, built and checked with the sync contract. Payloads carry
// numbers, dates and codes only: names, addresses and letter texts stay on the desk.
import type { Channel, IncomingEntry, OutgoingEntry, ReplyLanguage } from '../../common/contract/mailroom';
import { almatyDay } from '../../common/time/almaty';
import { SYNC_CHANNELS, syncEvent } from '../../common/sync/payloads';
import type { WriteTx } from '../sql/server';

type SyncChannel = (typeof SYNC_CHANNELS)[number];

/** The register's channel name on the wire (the wire may call an electronic document e_document). */
export function syncChannel(c: Channel): SyncChannel {
  if ((SYNC_CHANNELS as readonly string[]).includes(c)) return c as SyncChannel;
  return (c === 'electronic' ? 'e_document' : c) as SyncChannel;
}

export function emitLetterRegistered(
  tx: WriteTx,
  uid: string,
  p: { incomingNo: string; receivedDate: string; channel: Channel },
): void {
  tx.emit(
    syncEvent('letter.registered', uid, {
      incomingNumber: p.incomingNo,
      receivedOn: p.receivedDate,
      channel: syncChannel(p.channel),
      // The request type is decided when a request is opened from the letter (request.opened).
      requestType: null,
    }),
  );
}

export function emitLetterSent(
  tx: WriteTx,
  uid: string,
  p: {
    outgoingNo: string;
    sentAt: string;
    method: Channel;
    trackingNumber: string | null;
    inReplyTo: string | null;
    requestId: string | null;
    language: ReplyLanguage;
  },
): void {
  tx.emit(
    syncEvent('letter.sent', uid, {
      outgoingNumber: p.outgoingNo,
      sentOn: almatyDay(new Date(p.sentAt)),
      method: syncChannel(p.method),
      trackingNumber: p.trackingNumber,
      inReplyTo: p.inReplyTo,
      requestId: p.requestId,
      language: p.language,
    }),
  );
}

/** The fields central holds of each register: the entry's name → the wire's name in `changed`. */
const HELD = {
  incoming: { receivedDate: 'received_on', channel: 'channel' },
  outgoing: {
    method: 'method',
    trackingNumber: 'tracking_number',
    inReplyTo: 'in_reply_to',
    language: 'language',
  },
} as const;

function changed<E extends object, H extends Partial<Record<keyof E, string>>>(
  before: E,
  after: E,
  held: H,
): H[keyof H][] {
  return (Object.keys(held) as (keyof E & keyof H)[])
    .filter((f) => before[f] !== after[f])
    .map((f) => held[f]);
}

/** A corrected letter: central hears the fields it holds, as they are now, and which changed. */
export function emitLetterCorrected(
  tx: WriteTx,
  before: IncomingEntry | OutgoingEntry,
  after: IncomingEntry | OutgoingEntry,
): void {
  if ('incomingNo' in before && 'incomingNo' in after) {
    tx.emit(
      syncEvent('letter.corrected', after.uid, {
        register: 'incoming',
        incomingNumber: after.incomingNo,
        changed: changed(before, after, HELD.incoming),
        receivedOn: after.receivedDate,
        channel: syncChannel(after.channel),
      }),
    );
  } else if ('outgoingNo' in before && 'outgoingNo' in after) {
    tx.emit(
      syncEvent('letter.corrected', after.uid, {
        register: 'outgoing',
        outgoingNumber: after.outgoingNo,
        changed: changed(before, after, HELD.outgoing),
        method: syncChannel(after.method),
        trackingNumber: after.trackingNumber,
        inReplyTo: after.inReplyTo,
        language: after.language,
      }),
    );
  }
}
