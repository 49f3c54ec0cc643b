/**
 * `npm run --silent layouts`: checks the layout corpus against its hand-written expected findings
 * and ends with `layouts: <found>/<expected> tables, <right>/<rows> rows, <n> false tables`.
 * Every mismatch is listed above that line. Exit code 1 when anything differs.
 */
import { checkLayouts, scoreLine } from './layouts/check';

async function main(): Promise<void> {
  const s = await checkLayouts();
  for (const p of s.problems) console.log(p);
  console.log(scoreLine(s));
  const perfect =
    s.tablesFound === s.tablesExpected && s.rowsRight === s.rows && s.falseTables === 0;
  process.exitCode = perfect ? 0 : 1;
}

void main();
