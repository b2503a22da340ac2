// Drafts of half-typed forms, kept in IndexedDB (Dexie) so they survive a crash, a reload or a
// power cut, and encrypted so that personal data never sits there in plain text:
// - the key is the 256-bit AES-GCM key the core hands to a signed-in writer (`drafts.key`), kept
//   inside the encrypted database; it is imported as a non-extractable CryptoKey and lives only in
//   this page's memory;
// - every save uses a fresh random 12-byte IV; the slot name is bound in as additional data;
// - a stored record is { id, iv, ciphertext } and nothing else: the time it was saved is inside
//   the ciphertext too.
import Dexie, { type EntityTable } from 'dexie';
import { api } from '../../api/client';
import { onDropPrivateData } from '../../auth/private-data';
import { base64ToBytes } from './bytes';

export const DRAFTS_DB_NAME = 'privacy-desk-drafts';

export interface StoredDraft {
  /** The slot: 'intake' (one draft per form, per computer). */
  id: string;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: ArrayBuffer;
}

export interface Draft<T> {
  savedAt: string;
  values: T;
}

class DraftsDb extends Dexie {
  drafts!: EntityTable<StoredDraft, 'id'>;
  constructor() {
    super(DRAFTS_DB_NAME);
    this.version(1).stores({ drafts: 'id' });
  }
}

let db: DraftsDb | null = null;
function open(): DraftsDb {
  db ??= new DraftsDb();
  return db;
}

let keyPromise: Promise<CryptoKey> | null = null;
// Locked or signed out: the window forgets the key (the drafts stay, encrypted).
onDropPrivateData(() => {
  keyPromise = null;
});

/** The drafts key as a non-extractable CryptoKey (fetched once per page). */
function draftsKey(): Promise<CryptoKey> {
  keyPromise ??= (async () => {
    const { key } = await api.call('drafts.key', {});
    const raw = base64ToBytes(key);
    try {
      return await crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
    } finally {
      raw.fill(0);
    }
  })();
  keyPromise.catch(() => {
    keyPromise = null;
  });
  return keyPromise;
}

const encoder = new TextEncoder();

export async function saveDraft<T>(slot: string, values: T): Promise<Draft<T>> {
  const key = await draftsKey();
  const draft: Draft<T> = { savedAt: new Date().toISOString(), values };
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(slot) },
    key,
    encoder.encode(JSON.stringify(draft)),
  );
  await open().drafts.put({ id: slot, iv, ciphertext });
  return draft;
}

/** The draft in a slot, or null (none, or one this key cannot open: it is then deleted). */
export async function loadDraft<T>(slot: string): Promise<Draft<T> | null> {
  const row = await open().drafts.get(slot);
  if (!row) return null;
  try {
    const key = await draftsKey();
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: row.iv, additionalData: encoder.encode(slot) },
      key,
      row.ciphertext,
    );
    const draft = JSON.parse(new TextDecoder().decode(plain)) as Draft<T>;
    if (typeof draft?.savedAt !== 'string' || typeof draft.values !== 'object' || draft.values === null)
      throw new Error('shape');
    return draft;
  } catch (e) {
    // Made under another database's key, or damaged: it can never be opened, so it goes.
    if (
      e instanceof DOMException ||
      (e instanceof Error && e.message === 'shape') ||
      e instanceof SyntaxError
    ) {
      await deleteDraft(slot);
      return null;
    }
    throw e;
  }
}

export async function deleteDraft(slot: string): Promise<void> {
  await open().drafts.delete(slot);
}
