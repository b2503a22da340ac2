// Whether the packaged app may start with Chromium's remote debugging switched on.
//
// A remote-debugging port lets any process on the PC — on a shared office PC, any other Windows
// user — drive the signed-in window and read what it shows, so the installed app refuses to start
// with one. The one exception is the release workflow's smoke test: the EnableNodeCliInspectArguments
// fuse is off (so Playwright's _electron.launch, which needs the Node inspector, cannot be used) and
// the test instead starts the installed exe with --remote-debugging-port and attaches over CDP. It
// sets PRIVACY_DESK_SMOKE=1 for that. This is a guard against an accidental or planted shortcut
// switch, not a boundary against the same Windows user, who can read their own process anyway.
// Development builds (not packaged) are never refused.
export const REMOTE_DEBUGGING_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe'] as const;

export interface CommandLineLike {
  hasSwitch(name: string): boolean;
}

export function remoteDebuggingRefused(
  packaged: boolean,
  commandLine: CommandLineLike,
  env: Record<string, string | undefined>,
): boolean {
  if (!packaged || env.PRIVACY_DESK_SMOKE === '1') return false;
  return REMOTE_DEBUGGING_SWITCHES.some((s) => commandLine.hasSwitch(s));
}
