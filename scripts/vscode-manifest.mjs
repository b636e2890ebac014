// Writes the VS Code parts of package.json (contributes, activation, l10n) from their sources.
// Its texts are in package.nls.json, in Chinese: VS Code reads them by its display language before
// the extension runs, and an English VS Code (no language pack) is not an officer choosing English;
// so they are Chinese whatever the display language (docs/vscode.md lists them in English).
// The settings mirror schemas/casedraft.config.schema.json key by key, so the editor offers
// exactly what casedraft.config.json accepts. Re-reads package.json just before writing and
// touches only the keys below, because other scripts edit the same file.
// Usage: node scripts/vscode-manifest.mjs [--check]   (--check: exit 1 when package.json is stale)
import { readFileSync, writeFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync('schemas/casedraft.config.schema.json', 'utf8'));
const props = schema.properties;
const partyAmounts = schema.definitions.partyAmounts;
const nls = JSON.parse(readFileSync('package.nls.json', 'utf8'));
const deref = (node) =>
  node?.$ref === '#/definitions/partyAmounts' ? { ...partyAmounts, description: node.description } : node;

/**
 * The descriptions inside a setting (a threshold, a holiday notice's fields) through package.nls.json
 * too: `casedraft.config.holidays.off.to` for holidays → items → properties.off → items →
 * properties.to. A description with no entry there keeps the schema's text.
 */
function describeNested(node, nlsKey) {
  if (Array.isArray(node)) return node.map((n) => describeNested(n, nlsKey));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties')
      out[k] = Object.fromEntries(
        Object.entries(v).map(([name, child]) => [name, describeNested(child, `${nlsKey}.${name}`)]),
      );
    else if (k === 'items') out[k] = describeNested(v, nlsKey);
    else if (k === 'description' && nls[nlsKey] && node.markdownDescription === undefined)
      out[k] = `%${nlsKey}%`;
    else out[k] = v;
  }
  return out;
}

/** One setting per key of the config file (except $schema), described through package.nls*.json. */
function settings() {
  const out = {
    'casedraft.locale': {
      type: 'string',
      enum: ['auto', 'zh-cn', 'en'],
      enumDescriptions: [
        '%casedraft.config.locale.auto%',
        '%casedraft.config.locale.zh%',
        '%casedraft.config.locale.en%',
      ],
      default: 'auto',
      markdownDescription: '%casedraft.config.locale%',
    },
  };
  for (const [key, value] of Object.entries(props)) {
    if (key === '$schema' || key === 'locale') continue;
    // Described in Chinese through package.nls.json; a key added to the config schema before its
    // description is written there keeps the schema's own description meanwhile.
    const nlsKey = `casedraft.config.${key}`;
    const s = { ...value, markdownDescription: nls[nlsKey] ? `%${nlsKey}%` : value.description };
    delete s.description;
    if (key === 'thresholds') {
      s.properties = Object.fromEntries(Object.entries(value.properties).map(([k, v]) => [k, deref(v)]));
      s.default = {};
    } else if (s.type === 'object') s.default = {};
    else if (s.type === 'array') s.default = [];
    // A number default would override the config file's value: leave numbers unset (null = not set).
    else if (s.type === 'integer' || s.type === 'number') {
      s.type = [s.type, 'null'];
      s.default = null;
    }
    s.scope = 'resource';
    out[`casedraft.${key}`] = describeNested(s, nlsKey);
  }
  out['casedraft.trace.server'] = {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    scope: 'window',
    markdownDescription: '%casedraft.config.trace%',
  };
  return out;
}

const inDraft = 'editorLangId == casedraft';
const onDraftFile = 'resourceFilename =~ /\\.case\\.md$/';
const command = (id, icon) => ({
  command: `casedraft.${id}`,
  title: `%casedraft.command.${id}%`,
  category: 'CaseDraft',
  ...(icon ? { icon } : {}),
});
/** A walkthrough step: its texts in package.nls*.json, its page in client/walkthrough/. */
const step = (id, done) => ({
  id,
  title: `%casedraft.walkthrough.${id}.title%`,
  description: `%casedraft.walkthrough.${id}.description%`,
  media: { markdown: `client/walkthrough/${id}.md` },
  completionEvents: done,
});

const vscodeKeys = {
  description: '%casedraft.description%',
  main: './dist/extension.js',
  l10n: './l10n',
  categories: ['Linters', 'Programming Languages', 'Snippets'],
  activationEvents: [
    'onLanguage:casedraft',
    // A draft saved as .md (not .case.md) is offered to be checked: client/src/adoptMarkdown.ts.
    'onLanguage:markdown',
    'workspaceContains:**/*.case.md',
    // Panels restored after a reload (WebviewPanelSerializer).
    'onWebviewPanel:casedraft.timeline',
    'onWebviewPanel:casedraft.caseTimeline',
    'onWebviewPanel:casedraft.printPreview',
    'onWebviewPanel:casedraft.caseForm',
  ],
  contributes: {
    languages: [
      {
        id: 'casedraft',
        aliases: ['CaseDraft', '%casedraft.language%'],
        extensions: ['.case.md'],
        filenamePatterns: ['*.case.md'],
        configuration: './language-configuration.json',
      },
    ],
    grammars: [
      {
        language: 'casedraft',
        scopeName: 'text.casedraft',
        path: './syntaxes/casedraft.tmLanguage.json',
        embeddedLanguages: { 'meta.embedded.block.frontmatter': 'yaml' },
      },
    ],
    snippets: [{ language: 'casedraft', path: './snippets/casedraft.code-snippets' }],
    commands: [
      command('newDraft'),
      command('exportDocx', '$(file-binary)'),
      command('exportPublic'),
      command('printPreview', '$(open-preview)'),
      command('showTimeline', '$(timeline-view-icon)'),
      command('caseForm', '$(edit)'),
      command('openConfig'),
      command('restartServer'),
      command('showOutput'),
      command('showDoc'),
      command('importDecision'),
      // The case view (client/src/caseView.ts).
      command('refreshCases', '$(refresh)'),
      command('showCaseTimeline', '$(timeline-view-icon)'),
      command('newCaseDocument', '$(new-file)'),
      command('exportCase', '$(file-binary)'),
    ],
    views: { explorer: [{ id: 'casedraft.cases', name: '%casedraft.view.cases%' }] },
    menus: {
      commandPalette: [
        { command: 'casedraft.exportDocx', when: inDraft },
        { command: 'casedraft.exportPublic', when: inDraft },
        { command: 'casedraft.printPreview', when: inDraft },
        { command: 'casedraft.showTimeline', when: inDraft },
        { command: 'casedraft.caseForm', when: inDraft },
        // Opened from a finding's rule link, with the page to show.
        { command: 'casedraft.showDoc', when: 'false' },
        { command: 'casedraft.refreshCases', when: 'false' },
      ],
      'editor/title': [
        { command: 'casedraft.printPreview', when: inDraft, group: 'navigation@1' },
        { command: 'casedraft.showTimeline', when: inDraft, group: 'navigation@2' },
        { command: 'casedraft.caseForm', when: inDraft, group: 'navigation@3' },
        { command: 'casedraft.exportDocx', when: inDraft, group: 'navigation@4' },
      ],
      'explorer/context': [
        { command: 'casedraft.exportDocx', when: onDraftFile, group: 'casedraft@1' },
        { command: 'casedraft.exportPublic', when: onDraftFile, group: 'casedraft@2' },
        { command: 'casedraft.printPreview', when: onDraftFile, group: 'casedraft@3' },
        {
          command: 'casedraft.importDecision',
          when: 'resourceExtname =~ /^\\.(docx|html?|txt)$/i',
          group: 'casedraft@4',
        },
      ],
      'view/title': [
        { command: 'casedraft.refreshCases', when: 'view == casedraft.cases', group: 'navigation' },
      ],
      'view/item/context': [
        'casedraft.showCaseTimeline',
        'casedraft.newCaseDocument',
        'casedraft.exportCase',
      ].map((command) => ({
        command,
        when: 'view == casedraft.cases && viewItem == casedraftCase',
        group: 'inline',
      })),
    },
    customEditors: [
      {
        viewType: 'casedraft.docxViewer',
        displayName: '%casedraft.docxViewer%',
        selector: [{ filenamePattern: '*.docx' }],
        priority: 'default',
      },
    ],
    taskDefinitions: [
      {
        type: 'casedraft',
        required: ['command'],
        properties: {
          command: { type: 'string', enum: ['lint'], description: '%casedraft.task.command%' },
          paths: { type: 'array', items: { type: 'string' }, description: '%casedraft.task.paths%' },
        },
      },
    ],
    // Reads `casedraft lint`'s stylish output: a file's path, then one line per finding.
    problemMatchers: [
      {
        name: 'casedraft',
        // Not the language server's owner (casedraft): the task's findings must not replace the server's.
        owner: 'casedraft-lint',
        source: 'casedraft lint',
        fileLocation: ['relative', '${cwd}'],
        pattern: [
          { regexp: '^(\\S.*\\.md)$', file: 1 },
          {
            regexp: '^\\s+(\\d+):(\\d+)\\s+(error|warning|info)\\s+(.*\\S)\\s{2,}(\\S+)$',
            line: 1,
            column: 2,
            severity: 3,
            message: 4,
            code: 5,
            loop: true,
          },
        ],
      },
    ],
    walkthroughs: [
      {
        id: 'firstDraft',
        title: '%casedraft.walkthrough.title%',
        description: '%casedraft.walkthrough.description%',
        steps: [
          step('newDraft', ['onCommand:casedraft.newDraft']),
          step('caseForm', ['onCommand:casedraft.caseForm']),
          step('problems', ['onCommand:workbench.actions.view.problems']),
          step('preview', ['onCommand:casedraft.printPreview']),
          step('timeline', ['onCommand:casedraft.showTimeline']),
          step('export', ['onCommand:casedraft.exportDocx']),
        ],
      },
    ],
    configuration: { title: 'CaseDraft', properties: settings() },
    // Chinese drafts use 〔〕（）： on purpose: VS Code's ambiguous-character boxes would mark every 文号.
    configurationDefaults: {
      '[casedraft]': {
        'editor.unicodeHighlight.ambiguousCharacters': false,
        'editor.wordWrap': 'on',
        'editor.quickSuggestions': { other: true, comments: false, strings: true },
      },
    },
    jsonValidation: [{ fileMatch: 'casedraft.config.json', url: './schemas/casedraft.config.schema.json' }],
  },
};

const scriptKeys = {
  package:
    'npm run build && node scripts/vscode-manifest.mjs && vsce package --no-dependencies --allow-missing-repository --skip-license --readme-path client/README.md -o casedraft.vsix',
};

const check = process.argv.includes('--check');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const next = { ...pkg, ...vscodeKeys, scripts: { ...pkg.scripts, ...scriptKeys } };
const before = JSON.stringify(pkg, null, 2) + '\n';
const after = JSON.stringify(next, null, 2) + '\n';
if (check) {
  if (before !== after) {
    console.error('package.json: the VS Code manifest is stale; run node scripts/vscode-manifest.mjs');
    process.exit(1);
  }
} else if (before !== after) {
  writeFileSync('package.json', after);
  console.log('package.json: VS Code manifest updated');
}
