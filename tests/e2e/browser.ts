// Finds a Chromium for the end-to-end tests: Debian's, else Playwright's own, else says how to get one.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | undefined {
  const fromEnv = process.env.PRIVACY_DESK_CHROMIUM;
  if (fromEnv) return fromEnv;
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return system;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined; // Playwright's default finds it
  throw new Error(
    'No Chromium for the end-to-end tests. Install one: on Debian/Ubuntu `apt-get install -y chromium`; ' +
      'on Windows/macOS `npx playwright install chromium`; or set PRIVACY_DESK_CHROMIUM to a Chromium binary.',
  );
}
