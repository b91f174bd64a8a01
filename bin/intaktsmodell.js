#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('intaktsmodell: kommandoraden är inte byggd. Kör `npm ci` eller `npm run build:cli`.\n');
  process.exit(2);
}
require(bundle);
