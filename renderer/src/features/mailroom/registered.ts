// The last entry registered in this window, so that the page shown after the save can announce
// its number ("ВХ-2026-000001 registered") once.
import { onDropPrivateData } from '../../auth/private-data';

let last: { register: 'incoming' | 'outgoing'; id: number; number: string } | null = null;
onDropPrivateData(() => {
  last = null;
});

export function rememberRegistered(register: 'incoming' | 'outgoing', id: number, number: string): void {
  last = { register, id, number };
}

/** The number just registered for this entry (taken once), or null. */
export function takeRegistered(register: 'incoming' | 'outgoing', id: number): string | null {
  if (!last || last.register !== register || last.id !== id) return null;
  const n = last.number;
  last = null;
  return n;
}
