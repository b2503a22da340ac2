// The app targets the Node that current Electron embeds (24); the database driver
// crashes on older ones, so refuse loudly instead of failing later with a segfault.
'use strict';
const major = Number(process.versions.node.split('.')[0]);
function assertNode24(what) {
  if (major < 24) {
    process.stderr.write(
      `Privacy Desk: ${what || 'this script'} needs Node 24 or newer, but it was started on Node ${process.versions.node}.\n` +
        'Run it through npm (npm run …, npx privacy-desk …), which puts the pinned node@24 from node_modules/.bin first on PATH.\n',
    );
    process.exit(1);
  }
}
module.exports = { assertNode24 };
if (require.main === module) assertNode24(process.argv[2]);
