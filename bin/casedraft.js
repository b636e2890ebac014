#!/usr/bin/env node
require('./load.js')
  .loadBundle(require('node:path').join(__dirname, '../dist/cli.js'))
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
