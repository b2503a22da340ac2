// Checked before `npm test` runs anything, so a machine without a system package gets one message
// naming what is missing and the command that installs it, instead of dozens of failing tests.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const INSTALL = 'bash scripts/system-packages.sh   (Debian/Ubuntu, as root or with sudo)';

function onPath(cmd) {
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', [cmd], { stdio: 'ignore' });
  return r.status === 0;
}

function hasFont(dir, file) {
  if (!existsSync(dir)) return false;
  return readdirSync(dir).includes(file);
}

/** What the tests need from the system, each with how to tell it is there. */
export const PREREQUISITES = [
  {
    what: 'Chromium (package chromium)',
    present: () =>
      Boolean(process.env.PRIVACY_DESK_CHROMIUM) ||
      ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some(existsSync),
  },
  { what: 'LibreOffice Writer (package libreoffice-writer-nogui)', present: () => onPath('soffice') },
  {
    what: 'Poppler tools pdftotext/pdftoppm (package poppler-utils)',
    present: () => onPath('pdftotext') && onPath('pdftoppm'),
  },
  {
    // Version 2 of the Liberation fonts has the Kazakh letters the letter tests measure.
    what: 'Liberation fonts 2.x (package fonts-liberation2)',
    present: () => hasFont('/usr/share/fonts/truetype/liberation2', 'LiberationSerif-Regular.ttf'),
  },
];

export function missingPrerequisites() {
  return PREREQUISITES.filter((p) => !p.present()).map((p) => p.what);
}

// On Windows the release workflow installs LibreOffice and poppler with Chocolatey and drives the
// runner's own Chrome (.github/workflows/release.yml); this check is for the Debian machines the
// README describes.
if (import.meta.url === `file://${process.argv[1]}` && process.platform === 'linux') {
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    console.error(
      `npm test needs system packages that are missing:\n  - ${missing.join('\n  - ')}\nInstall them with:\n  ${INSTALL}`,
    );
    process.exit(1);
  }
}
