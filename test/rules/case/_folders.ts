/** Case folders the case/* rule tests are built from: the sample case (examples/case) and variations of it. */
import { editFile, SAMPLE, type Folder } from '../../helpers/caseTester';

export { SAMPLE };

/** The sample case with no 案件编号 anywhere: grouped by party and matter alone. */
export const UNNUMBERED: Folder = Object.fromEntries(
  Object.entries(SAMPLE).map(([f, t]) => [f, t.replace(/^案件编号: .*\n/m, '')]),
);

const PARTY = '张家港市恒润五金制品有限公司';
const USCC = '91320582MA1HRW6T0G';

/** A second, unrelated case of another party (valid code 91320582MA1N7QK3FM), as the sample's files. */
export function otherParty(folder: Folder, prefix = 'other-'): Folder {
  return Object.fromEntries(
    Object.entries(folder).map(([f, t]) => [
      `${prefix}${f}`,
      t
        .replaceAll(PARTY, '张家港市锦程物流有限公司')
        .replaceAll(USCC, '91320582MA1N7QK3FM')
        .replaceAll('张应急立字〔2025〕37号', '张应急立字〔2025〕41号')
        .replaceAll('〔2025〕37号', '〔2025〕41号'),
    ]),
  );
}

/** Replaces a piece in several files at once (a fact every document of the case repeats). */
export function editAll(folder: Folder, files: string[], from: string, to: string): Folder {
  return files.reduce((acc, f) => editFile(acc, f, from, to), folder);
}

/** The folder's documents made six years earlier, in 2019, under the 2017 行政处罚法 (every date moved back). */
export function in2019(folder: Folder): Folder {
  return Object.fromEntries(
    Object.entries(folder).map(([f, t]) => [f, t.replace(/2025(-\d\d-\d\d|年)/g, '2019$1')]),
  );
}
