// Production switches decided from plain inputs, so they are tested without Electron.

/** DevTools: always in development; in a packaged build only when support sets PRIVACY_DESK_DEVTOOLS=1. */
export function devToolsAllowed(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return !isPackaged || env.PRIVACY_DESK_DEVTOOLS === '1';
}

/** render-process-gone reasons after which the window is worth reloading (not a clean exit). */
export function rendererCrashNeedsReload(reason: string): boolean {
  return reason !== 'clean-exit';
}

/** child-process-gone: the GPU or a utility process dying is logged; only the GPU one affects the window. */
export function childProcessWorthLogging(details: { type: string; reason: string }): boolean {
  return details.reason !== 'clean-exit';
}
