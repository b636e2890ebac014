// The hostile input classes of docs/security.md as properties: many markers and rows, hostile YAML
// values, prototype keys, personal numbers written every way, implausible dates (to the end of the
// calendar), agency patterns that backtrack, parse errors carrying a secret, files that are not files. Defaults keep `npm test` short; FUZZ_RUNS raises every property (npm run fuzz:long).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Dictionary, DictionaryError, type TermEntry } from '../../server/src/core/dictionary';
import { InputError, readRegular } from '../../server/src/host/files';
import { Environments } from '../../server/src/host/environment';
import { parseCase } from '../../server/src/core/parse';
import { publicParagraphs } from '../../server/src/core/redact';
import { messageOf } from '../helpers/words';
import { checkDraft, nastyChunk, runs, SEEDS } from './helpers';

const BASE = SEEDS[1]!;
const LEAK = /native code|function |undefined|NaN|Infinity|e\+\d/;

const PROTO = fc.constantFrom(
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'prototype',
);
const YAML_VALUE = fc.oneof(
  fc.constantFrom(
    '.inf',
    '-.inf',
    '.nan',
    '1e300',
    '9007199254740993',
    '-0',
    '0x10',
    '~',
    'null',
    '[]',
    '{}',
    "''",
  ),
  PROTO,
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
);
/** A date that is valid YAML but no plausible date of a case. */
const ODD_DATE = fc.oneof(
  fc.constantFrom('0000-01-01', '1900-02-29', '2024-02-30', '2025-13-01', '1970-01-01'),
  fc.integer({ min: 0, max: 2200 }).map((y) => `${String(y).padStart(4, '0')}-06-15`),
  // The end of the calendar, where adding working days once looped forever.
  fc
    .tuple(
      fc.integer({ min: 9990, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
/** Pieces of regular expressions an agency might write, or an attacker: nesting, backreferences, lookaround. */
const PATTERN = fc
  .array(
    fc.constantFrom(
      '(a+)+',
      '(a|aa)*',
      '(x+x+)+y',
      '\\1',
      '(?=a)',
      '(?<!a)',
      '.*',
      'a{1,30}',
      '[^b]',
      '^',
      '$',
      '(',
      ')',
      '+',
      '*',
      '?',
      '\\',
      'a',
      '罚金',
      '|',
      '\\p{Han}',
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((pieces) => pieces.join(''));
/** A token no parser message may quote: a file's bytes. */
const SECRET = 'SECRETBYTES7f3a';

/** A digit string written as an officer or OCR might: full-width here and there, with separators. */
function writtenAnyhow(digits: string): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.boolean(), fc.constantFrom('', '', '', ' ', '-', '　', '－', '–')), {
      minLength: digits.length,
      maxLength: digits.length,
    })
    .map((how) =>
      [...digits]
        .map((d, i) => {
          const [wide, sep] = how[i]!;
          const c = wide ? String.fromCharCode(d.charCodeAt(0) + 0xfee0) : d;
          return i < digits.length - 1 ? c + sep : c;
        })
        .join(''),
    );
}

describe('fuzz: hostile input classes', function () {
  this.timeout(0);

  it('many evidence markers and many evidence rows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 300 }), (markers, rows) => {
        const cites = Array.from({ length: markers }, (_, i) => `[证据${(i % 7) + 1}]`).join('');
        const table = Array.from(
          { length: rows },
          (_, i) =>
            `| 证据${i + 5} | 询问笔录 | 当事人的陈述 | 制作 | 2025-03-12 | 顾文杰、沈佳怡 | 陈述 |\n`,
        ).join('');
        checkDraft(BASE.replace('[证据3]', `[证据3]${cites}`).replace('| 证据4 |', `${table}| 证据4 |`));
      }),
      { numRuns: runs(6) },
    );
  });

  it('hostile YAML values and prototype keys anywhere in the front matter: no crash, no leaked value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          '  罚款: 20000',
          '  种类: [罚款]',
          '  裁量: 一般',
          '  类型: 单位',
          '  立案: 2025-03-11',
        ),
        fc.oneof(PROTO, fc.constantFrom('罚款', '没收违法所得', '种类')),
        YAML_VALUE,
        (line, key, value) => {
          const text = BASE.replace(line, `${line}\n  ${key}: ${value}`).replace(
            line,
            line.replace(/: .*/, `: ${value}`),
          );
          for (const d of checkDraft(text)) {
            const m = messageOf(d, 'en');
            if (LEAK.test(m) && !m.includes(value)) throw new Error(`${d.rule}: ${m}`);
          }
        },
      ),
      { numRuns: runs(60) },
    );
  });

  it('implausible dates in every procedure step', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('立案', '告知送达', '决定', '送达', '违法行为发生'),
        ODD_DATE,
        (step, date) => {
          checkDraft(BASE.replace(new RegExp(`  ${step}: \\S+`), `  ${step}: ${date}`));
        },
      ),
      { numRuns: runs(40) },
    );
  });

  it('an ID or a mobile number written anyhow is masked in the public copy', () => {
    const individual = BASE.replace('  类型: 单位', '  类型: 个人');
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .constant('320582199003071232')
            .chain((d) => writtenAnyhow(d).map((w) => ['身份证号：', w, d] as const)),
          fc.constant('13912345678').chain((d) => writtenAnyhow(d).map((w) => ['联系电话：', w, d] as const)),
        ),
        ([label, written, digits]) => {
          const text = individual.replace('法定代表人：周明远', `法定代表人：周明远\n\n${label}${written}`);
          const pub = publicParagraphs(parseCase(text)).join('\n');
          const line = pub.split('\n').find((l) => l.startsWith(label)) ?? '';
          const shown = line
            .replace(/[^0-9０-９]/g, '')
            .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
          assert.ok(shown.length <= 6 && digits.startsWith(shown), `${written} → ${line}`);
        },
      ),
      { numRuns: runs(150) },
    );
  });

  (process.platform === 'win32' ? it.skip : it)(
    'files that are not files: readRegular returns at most the cap or refuses',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'casedraft-fuzz-files-'));
      try {
        fc.assert(
          fc.property(
            fc.constantFrom('fifo', 'folder', 'zero', 'regular'),
            fc.integer({ min: 0, max: 5000 }),
            fc.integer({ min: 1, max: 4096 }),
            (kind, size, cap) => {
              const path = join(dir, `f-${kind}-${size}-${cap}-${Math.random().toString(36).slice(2)}`);
              if (kind === 'fifo') execFileSync('mkfifo', [path]);
              if (kind === 'folder') mkdirSync(path);
              if (kind === 'regular') writeFileSync(path, Buffer.alloc(size, 'a'));
              try {
                const got = readRegular(kind === 'zero' ? '/dev/zero' : path, cap);
                assert.ok(kind === 'regular' && got.length === size && size <= cap);
              } catch (err) {
                assert.ok(err instanceof InputError, String(err));
                assert.ok(kind !== 'regular' || size > cap);
              }
            },
          ),
          { numRuns: runs(60) },
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('agency exception patterns of any shape: refused when the file loads, or linear on hostile text', () => {
    fc.assert(
      fc.property(PATTERN, fc.integer({ min: 0, max: 3000 }), (pattern, n) => {
        const entry: TermEntry = {
          id: 'agency-fuzz',
          wrong: ['罚金'],
          standard: '罚款',
          context: { zh: '测试', en: 'test' },
          source: { guideline: 'agency' },
          exceptions: [{ pattern }],
          tests: [],
        };
        let dict: Dictionary;
        try {
          dict = Dictionary.fromData({ name: 'agency', entries: [entry] });
        } catch (err) {
          assert.ok(err instanceof DictionaryError, String(err));
          return;
        }
        dict.match(`${'a'.repeat(n)}罚金${'x'.repeat(n)}${'a'.repeat(30)}!`);
      }),
      { numRuns: runs(200) },
    );
  });

  it('a secret in broken YAML front matter or in a broken data file is never quoted by the error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedraft-fuzz-secret-'));
    try {
      let i = 0;
      fc.assert(
        fc.property(
          fc.array(fc.oneof(nastyChunk, fc.constant(SECRET)), { maxLength: 12 }),
          fc.constantFrom('config', 'catalog', 'dictionary'),
          (chunks, kind) => {
            const junk = [...chunks, SECRET].join('');
            for (const p of parseCase(`---\n${junk}\n---\n\n# 行政处罚决定书\n`).frontMatter?.problems ?? [])
              assert.ok(!p.message.includes(SECRET), p.message);
            const folder = join(dir, String(i++));
            mkdirSync(folder);
            const named = kind === 'catalog' ? { catalogs: ['f.json'] } : { dictionaries: ['f.json'] };
            writeFileSync(join(folder, 'f.json'), junk);
            writeFileSync(
              join(folder, 'casedraft.config.json'),
              kind === 'config' ? junk : JSON.stringify(named),
            );
            for (const p of new Environments().forFile(join(folder, 'x.case.md')).problems)
              assert.ok(!p.message.includes(SECRET), p.message);
          },
        ),
        { numRuns: runs(100) },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
