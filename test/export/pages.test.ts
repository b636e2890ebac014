import assert from 'node:assert/strict';
import { flow, lineTexts, pagesOf, type PrintedParagraph } from '../../server/src/core/export';

const line = (text: string): PrintedParagraph => ({ role: 'line', text });
const body = (text: string): PrintedParagraph => ({ role: 'body', text });
const 字 = (n: number) => '字'.repeat(n);

describe('export: the page counter (22 lines of 28 characters)', () => {
  it('28 full-width characters fill a line; the first line of body text, indented two, holds 26', () => {
    assert.deepEqual(lineTexts(line(字(28))), [字(28)]);
    assert.deepEqual(lineTexts(line(字(29))), [字(28), 字(1)]);
    assert.deepEqual(lineTexts(body(字(27))), [字(26), 字(1)]);
  });

  it('， and 。 hang past the margin; other closing marks pull the character before them to the next line', () => {
    assert.deepEqual(lineTexts(line(`${字(28)}，${字(2)}`)), [`${字(28)}，`, 字(2)]);
    assert.deepEqual(lineTexts(line(`${字(28)}）${字(2)}`)), [字(27), `字）${字(2)}`]);
  });

  it('an opening mark never ends a line, and digits stay together', () => {
    assert.deepEqual(lineTexts(line(`${字(27)}（${字(3)}`)), [字(27), `（${字(3)}`]);
    const lines = lineTexts(line(`${字(26)}20250603${字(3)}`));
    assert.deepEqual(lines, [字(26), `20250603${字(3)}`]);
  });

  it('digits and Latin letters are narrow, with a gap where they meet an ideograph', () => {
    // 40 digits take about 20 cells: with 8 ideographs they fit a line, unless three gaps come too.
    const d20 = '1'.repeat(20);
    assert.equal(lineTexts(line(`${字(8)}${d20}${d20}`)).length, 1);
    assert.equal(lineTexts(line(`${字(4)}${d20}${字(3)}${d20}`)).length, 1);
    assert.equal(lineTexts(line(`${字(4)}${d20}${字(4)}${d20}`)).length, 2);
  });

  it('22 lines a page, and no single line of a paragraph alone at the foot or the head of a page', () => {
    const lines21 = Array.from({ length: 21 }, () => line('字'));
    assert.deepEqual(flow([...lines21, line('字')]), { pages: 1, lastPageLines: 22 });
    // A two-line paragraph with one line left on the page moves on whole.
    assert.deepEqual(flow([...lines21, line(字(40))]), { pages: 2, lastPageLines: 2 });
    // Two lines left: of three, one would stay alone, so all three move; of four, two stay and two go on.
    const lines20 = lines21.slice(1);
    assert.deepEqual(flow([...lines20, line(字(70))]), { pages: 2, lastPageLines: 3 });
    assert.deepEqual(flow([...lines20, line(字(100))]), { pages: 2, lastPageLines: 2 });
    assert.equal(pagesOf([...lines20, line(字(100)), ...lines21]), 3);
  });

  it('the title takes two grid lines, the 文号 a line after it, the signing block a line before it', () => {
    const printed: PrintedParagraph[] = [
      { role: 'title', text: '行政处罚决定书' },
      { role: 'docNumber', text: '张应急罚决字〔2025〕8号' },
      body('正文。'),
      { role: 'authority', text: '张家港市应急管理局' },
      { role: 'date', text: '2025年4月15日' },
    ];
    assert.deepEqual(flow(printed), { pages: 1, lastPageLines: 2 + 2 + 1 + 1 + 1 + 1 });
  });
});
