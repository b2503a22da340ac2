// The sync events the registers emit, built and checked with the sync contract. Payloads carry
// numbers, dates and codes only: names, addresses and letter texts stay on the desk.
import type { Channel, ReplyLanguage } from '../../common/contract/mailroom';
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
