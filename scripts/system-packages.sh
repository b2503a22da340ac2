#!/usr/bin/env bash
# The Debian/Ubuntu packages the tests need, in one place: README and .ci/run both call this, so a
# newcomer's machine and CI's cannot drift apart.
# - chromium: the end-to-end tests drive Debian's Chromium (Playwright's own download is not reachable);
# - libreoffice-writer-nogui, poppler-utils: letter tests convert every DOCX to PDF and read it back;
# - fonts-liberation2: the letters are set in Liberation Serif; Debian's fonts-liberation is the old 1.x
#   without Kazakh letters, so the letter tests measure text in these fonts;
# - fonts-dejavu-core, fonts-noto-core: fallbacks Chromium and LibreOffice use for the UI and screenshots.
set -euo pipefail
PACKAGES=(chromium libreoffice-writer-nogui poppler-utils fonts-liberation2 fonts-dejavu-core fonts-noto-core)
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
echo "system packages: ${PACKAGES[*]}"
