#!/usr/bin/env node
const args = process.argv.slice(2);
// The commands that write a DOCX run docx, the printer and the zip writer, which a lint never
// compiles: they start from the code cache the build made from an export (bin/load.js), a lint from
// the smaller one made from a lint.
const docx = ['export', 'export-case', 'guidance'].includes(args[0]);
require('./load.js')
  .loadBundle(require('node:path').join(__dirname, '../dist/cli.js'), { cache: docx ? 'export' : undefined })
  .main(args)
  .then((code) => {
    process.exitCode = code;
  });
