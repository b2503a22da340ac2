// electron-builder afterAllArtifactBuild hook: says clearly whether this build is signed.
// Signing itself is electron-builder's (CSC_LINK / CSC_KEY_PASSWORD or WIN_CSC_LINK / WIN_CSC_KEY_PASSWORD);
// an unsigned installer makes Windows SmartScreen warn, and in-app updates are then checked by
// sha512 only (a signed build also checks the update's publisher).
const fs = require('node:fs');
const path = require('node:path');

function signingStatus(env = process.env) {
  const link = env.WIN_CSC_LINK || env.CSC_LINK;
  const name = env.CSC_NAME;
  if (link || name)
    return { signed: true, source: env.WIN_CSC_LINK ? 'WIN_CSC_LINK' : link ? 'CSC_LINK' : 'CSC_NAME' };
  return { signed: false, source: null };
}

async function afterAllArtifactBuild(result) {
  const status = signingStatus();
  const outDir = result && result.outDir ? result.outDir : 'release';
  const marker = path.join(outDir, 'UNSIGNED-BUILD.txt');
  if (status.signed) {
    console.log(`signing: signed with the certificate from ${status.source}`);
    fs.rmSync(marker, { force: true });
    return [];
  }
  const banner = [
    '',
    '==================================================================',
    ' UNSIGNED BUILD: no code-signing certificate (CSC_LINK) was given.',
    ' Windows SmartScreen will warn on install; do not ship to offices.',
    '==================================================================',
    '',
  ].join('\n');
  console.warn(banner);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(
    marker,
    'UNSIGNED BUILD: built without a code-signing certificate (set CSC_LINK and CSC_KEY_PASSWORD).\n',
  );
  return [marker];
}

module.exports = afterAllArtifactBuild;
module.exports.default = afterAllArtifactBuild;
module.exports.signingStatus = signingStatus;
