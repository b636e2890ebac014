// Writes the VS Code parts of package.json (contributes, activation, l10n) from their sources:
// the settings mirror schemas/casedraft.config.schema.json key by key, so the editor offers
// exactly what casedraft.config.json accepts. Re-reads package.json just before writing and
// touches only the keys below, because other scripts edit the same file.
// Usage: node scripts/vscode-manifest.mjs [--check]   (--check: exit 1 when package.json is stale)
import { readFileSync, writeFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync('schemas/casedraft.config.schema.json', 'utf8'));
const props = schema.properties;
const partyAmounts = schema.definitions.partyAmounts;
const nls = JSON.parse(readFileSync('package.nls.json', 'utf8'));
const nlsZh = JSON.parse(readFileSync('package.nls.zh-cn.json', 'utf8'));
const deref = (node) =>
  node?.$ref === '#/definitions/partyAmounts' ? { ...partyAmounts, description: node.description } : node;

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
    // Described in both languages through package.nls*.json; a key added to the config schema
    // before its translation is written keeps the schema's own description meanwhile.
    const nlsKey = `casedraft.config.${key}`;
    const s = {
      ...value,
      markdownDescription: nls[nlsKey] && nlsZh[nlsKey] ? `%${nlsKey}%` : value.description,
    };
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
    out[`casedraft.${key}`] = s;
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

const vscodeKeys = {
  main: './dist/extension.js',
  l10n: './l10n',
  categories: ['Linters', 'Programming Languages', 'Snippets'],
  activationEvents: ['onLanguage:casedraft', 'workspaceContains:**/*.case.md'],
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
      { command: 'casedraft.newDraft', title: '%casedraft.command.newDraft%', category: 'CaseDraft' },
      {
        command: 'casedraft.exportDocx',
        title: '%casedraft.command.exportDocx%',
        category: 'CaseDraft',
        icon: '$(file-binary)',
      },
      {
        command: 'casedraft.exportPublic',
        title: '%casedraft.command.exportPublic%',
        category: 'CaseDraft',
      },
      {
        command: 'casedraft.showTimeline',
        title: '%casedraft.command.showTimeline%',
        category: 'CaseDraft',
        icon: '$(timeline-view-icon)',
      },
      {
        command: 'casedraft.importDecision',
        title: '%casedraft.command.importDecision%',
        category: 'CaseDraft',
      },
      // The case view (client/src/caseView.ts).
      {
        command: 'casedraft.refreshCases',
        title: '%casedraft.command.refreshCases%',
        category: 'CaseDraft',
        icon: '$(refresh)',
      },
      {
        command: 'casedraft.showCaseTimeline',
        title: '%casedraft.command.showCaseTimeline%',
        category: 'CaseDraft',
        icon: '$(timeline-view-icon)',
      },
      {
        command: 'casedraft.newCaseDocument',
        title: '%casedraft.command.newCaseDocument%',
        category: 'CaseDraft',
        icon: '$(new-file)',
      },
      {
        command: 'casedraft.exportCase',
        title: '%casedraft.command.exportCase%',
        category: 'CaseDraft',
        icon: '$(file-binary)',
      },
    ],
    views: { explorer: [{ id: 'casedraft.cases', name: '%casedraft.view.cases%' }] },
    menus: {
      commandPalette: [
        { command: 'casedraft.exportDocx', when: 'editorLangId == casedraft' },
        { command: 'casedraft.exportPublic', when: 'editorLangId == casedraft' },
        { command: 'casedraft.showTimeline', when: 'editorLangId == casedraft' },
        { command: 'casedraft.refreshCases', when: 'false' },
      ],
      'explorer/context': [
        {
          command: 'casedraft.importDecision',
          when: 'resourceExtname =~ /^\\.(docx|html?|txt)$/i',
          group: 'navigation',
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
      'editor/title': [
        { command: 'casedraft.showTimeline', when: 'editorLangId == casedraft', group: 'navigation' },
        { command: 'casedraft.exportDocx', when: 'editorLangId == casedraft', group: 'navigation' },
      ],
    },
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
