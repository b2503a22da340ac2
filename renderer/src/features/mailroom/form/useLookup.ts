// An answer from the core about what is being typed, asked 250 ms after the last key (a tracking
// number's registered letters, the incoming letter a Вх. № names). An answer to an older key is
// dropped.
import { useEffect, useState } from 'react';

/** `key` null: nothing to ask, the value is `idle`; a failed call gives `failed`. */
export function useLookup<K, V, F = V>(
  key: K | null,
  idle: V,
  ask: (key: K) => Promise<V>,
  failed: F,
): V | F {
  const [value, setValue] = useState<V | F>(idle);
  useEffect(() => {
    if (key === null) {
      setValue(idle);
      return;
    }
    let alive = true;
    const timer = setTimeout(() => {
      ask(key)
        .then((v) => alive && setValue(v))
        .catch(() => alive && setValue(failed));
    }, 250);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
    // Only a new key asks again (ask, idle and failed are the caller's fixed reaction to it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return value;
}
