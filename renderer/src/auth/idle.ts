// Idle auto-lock: the renderer watches for the person's own activity (keys, mouse, touch, wheel).
// After `idleLockSeconds` without any it locks; while they are active it sends auth.heartbeat (at
// most once a minute, more often only when the lock timeout is shorter than two minutes) so the
// core's own idle lock does not fire while someone types a long form without making calls.
import { useEffect, useRef } from 'react';
import { api } from '../api/client';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function heartbeatInterval(idleLockSeconds: number): number {
  return Math.max(1_000, Math.min(60_000, (idleLockSeconds * 1000) / 2));
}

export function useIdleLock(idleLockSeconds: number, onIdle: () => void, enabled = true): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!enabled || !(idleLockSeconds > 0)) return;
    let last = Date.now();
    let lastBeat = last;
    let fired = false;
    const beatEvery = heartbeatInterval(idleLockSeconds);
    const onActivity = () => {
      const now = Date.now();
      last = now;
      if (now - lastBeat >= beatEvery) {
        lastBeat = now;
        api.call('auth.heartbeat', {}).catch(() => {
          // a locked or ended session is reported through the client's session listeners
        });
      }
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { capture: true, passive: true });
    const check = () => {
      if (!fired && Date.now() - last >= idleLockSeconds * 1000) {
        fired = true;
        onIdleRef.current();
      }
    };
    const timer = setInterval(check, Math.min(1_000, idleLockSeconds * 250));
    // A computer waking from sleep fires no timer first: check as soon as the window is seen again.
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity, { capture: true });
    };
  }, [idleLockSeconds, enabled]);
}
