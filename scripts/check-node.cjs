// The app targets the Node that current Electron embeds (24); the database driver
// crashes on older ones, so refuse loudly instead of failing later with a segfault.
'use strict';

function nodeProblem(what, version) {
  const major = Number(String(version).split('.')[0]);
  if (major >= 24) return null;
  return (
    `Privacy Desk: ${what || 'this script'} needs Node 24 or newer, but it was started on Node ${version}.\n` +
    'Run it through npm (npm run …, npx privacy-desk …), which puts the pinned node@24 from node_modules/.bin first on PATH.\n'
  );
}

function assertNode24(what) {
  const problem = nodeProblem(what, process.versions.node);
  if (problem) {
    process.stderr.write(problem);
    process.exit(1);
  }
}

module.exports = { assertNode24, nodeProblem };
if (require.main === module) assertNode24(process.argv[2]);
