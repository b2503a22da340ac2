// The installed app refuses a remote-debugging port unless the release smoke test asked for it.
import { describe, expect, it } from 'vitest';
import { remoteDebuggingRefused } from '../../electron/shell/remote-debugging';

const switches = (...names: string[]) => ({ hasSwitch: (n: string) => names.includes(n) });

describe('remote debugging in the installed app', () => {
  it('is refused in a packaged build, by port or by pipe', () => {
    expect(remoteDebuggingRefused(true, switches('remote-debugging-port'), {})).toBe(true);
    expect(remoteDebuggingRefused(true, switches('remote-debugging-pipe'), {})).toBe(true);
    expect(
      remoteDebuggingRefused(true, switches('remote-debugging-port'), { PRIVACY_DESK_SMOKE: 'yes' }),
    ).toBe(true);
  });

  it('is allowed for the smoke test (PRIVACY_DESK_SMOKE=1), in development, and absent any switch', () => {
    expect(remoteDebuggingRefused(true, switches('remote-debugging-port'), { PRIVACY_DESK_SMOKE: '1' })).toBe(
      false,
    );
    expect(remoteDebuggingRefused(false, switches('remote-debugging-port'), {})).toBe(false);
    expect(remoteDebuggingRefused(true, switches('lang'), {})).toBe(false);
  });
});
