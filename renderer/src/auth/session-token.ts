// The signed-in session token (from auth.login or app.setup). Kept in sessionStorage, so a reload
// stays signed in while a closed window forgets it; api/client.ts sends it with every call.
export const SESSION_STORAGE_KEY = 'privacy-desk.session';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

let current: string | null = storage()?.getItem(SESSION_STORAGE_KEY) ?? null;

export function sessionToken(): string | null {
  return current;
}

export function setSessionToken(token: string | null): void {
  current = token;
  const s = storage();
  if (!s) return;
  if (token) s.setItem(SESSION_STORAGE_KEY, token);
  else s.removeItem(SESSION_STORAGE_KEY);
}
