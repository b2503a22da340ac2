#!/usr/bin/env node
'use strict';
require('../scripts/check-node.cjs').assertNode24('privacy-desk');
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('privacy-desk: not built yet. Run `npm run build` (npm install does it too).\n');
  process.exit(2);
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
