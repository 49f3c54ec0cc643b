/**
 * Every Office.js member the add-in uses, with its requirement set from the `[Api set: …]` tags of
 * @types/office-js, found by the TypeScript type checker in the add-in's sources. A member that
 * needs more than the manifest's minimum must be listed in API_GUARDS (src/hosts/excel/
 * capabilities.ts) with a flag that stands for at least that set and that the sources check, and
 * the in-memory host must gate it at that set (so that test/hosts/excel/levels.test.ts, which runs
 * every command at 1.1, 1.7, 1.8, 1.13 and the latest set, fails if the guard does not work).
 * A new unguarded call fails here.
 */
import { readFileSync, readdirSync, statSync } from 'fs';
import * as path from 'path';
import { API_GUARDS, GUARD_SETS } from '../../../src/hosts/excel/capabilities';
import { MEMBER_SETS, atLeast, memberSet } from '../../../tools/office-sim/api-sets';
import { UNTAGGED, excelApiTags, excelMembersUsed, type MemberUse } from './api-tags';

const ROOT = path.resolve(__dirname, '../../..');
const FACES = ['src/hosts/excel', 'src/runtime', 'src/commands', 'src/taskpane'];

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((f) => {
    const rel = path.join(dir, f);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sources(rel);
    return /\.tsx?$/.test(f) ? [path.join(ROOT, rel)] : [];
  });
}

/** The manifest's minimum ExcelApi version. */
function manifestMinimum(): string {
  const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const m = /<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(xml);
  if (!m) throw new Error('manifest.xml names no ExcelApi minimum');
  return m[1];
}

let uses: MemberUse[];
beforeAll(() => {
  uses = excelMembersUsed(FACES.flatMap(sources));
});

test('the scan finds the members the host is known to use, with their sets', () => {
  const find = (member: string, access: 'get' | 'set' = 'get'): string | undefined =>
    uses.find((u) => u.member === member && u.access === access)?.set;
  expect(find('Range.values')).toBe('1.1');
  expect(find('Worksheet.protection')).toBe('1.2');
  expect(find('Worksheet.getUsedRange(valuesOnly)')).toBe('1.2');
  expect(find('Worksheet.visibility', 'set')).toBe('1.2');
  expect(find('RangeFormat.columnWidth', 'set')).toBe('1.2');
  expect(find('RangeFormat.useStandardWidth', 'set')).toBe('1.7');
  expect(find('Range.getMergedAreasOrNullObject')).toBe('1.13');
  expect(find('DataValidation.rule', 'set')).toBe('1.8');
});

test('every member above the manifest minimum is guarded by a flag of at least its set', () => {
  const min = manifestMinimum();
  const problems: string[] = [];
  const guardTexts = [...FACES.flatMap(sources), path.join(ROOT, 'src/plan/admit.ts')].map((f) =>
    readFileSync(f, 'utf8'),
  );
  for (const u of uses) {
    if (atLeast(min, u.set)) continue;
    const flag = API_GUARDS[u.member];
    const where = `${u.file}:${u.line} ${u.member}${u.access === 'set' ? ' (set)' : ''} needs ExcelApi ${u.set}`;
    if (!flag) {
      problems.push(`${where}: not in API_GUARDS`);
      continue;
    }
    if (!atLeast(GUARD_SETS[flag], u.set)) {
      problems.push(`${where}: its guard ${flag} stands for ExcelApi ${GUARD_SETS[flag]} only`);
    }
    // the check may sit where the edit is admitted or the op is queued, not beside the call
    // a caps flag, or the capability admission checks ('ExcelApi1.7')
    const checks = [new RegExp(`\\.${flag}\\b`), new RegExp(`'ExcelApi${GUARD_SETS[flag]}'`)];
    if (!guardTexts.some((text) => checks.some((re) => re.test(text)))) {
      problems.push(`${where}: no source checks caps.${flag}`);
    }
  }
  expect(problems).toEqual([]);
});

test('API_GUARDS lists nothing the add-in no longer uses', () => {
  const used = new Set(uses.map((u) => u.member));
  expect(Object.keys(API_GUARDS).filter((m) => !used.has(m))).toEqual([]);
});

test('the in-memory host gates every guarded member at the set the tags give', () => {
  const min = manifestMinimum();
  const problems: string[] = [];
  for (const u of uses) {
    if (atLeast(min, u.set)) continue;
    if (!u.data && memberSet(u.member, u.access) !== u.set) {
      // members of objects the host reaches only through a gated member (the rule of a custom
      // conditional format, a comment's content) need no gate of their own
      const viaParent = ['Comment.', 'Conditional', 'CustomConditionalFormat.'].some((p) =>
        u.member.startsWith(p),
      );
      if (!viaParent) {
        problems.push(`${u.member}: tags say ${u.set}, the host gates at ${memberSet(u.member)}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test("the in-memory host's table agrees with @types/office-js", () => {
  const tags = excelApiTags();
  const problems: string[] = [];
  for (const [member, entry] of Object.entries(MEMBER_SETS)) {
    const param = /^(\w+\.\w+)\((\w+)\)$/.exec(member);
    const tag = tags.get(param ? param[1] : member);
    if (!tag) {
      problems.push(`${member}: no such member in @types/office-js`);
      continue;
    }
    const want = param
      ? { get: tag.params.get(param[2]), set: tag.params.get(param[2]) }
      : UNTAGGED[member]
        ? { get: UNTAGGED[member], set: UNTAGGED[member] }
        : (tag.member ?? { get: '1.1', set: '1.1' });
    const have = typeof entry === 'string' ? { get: entry, set: entry } : entry;
    if (have.get !== want.get || have.set !== want.set) {
      problems.push(`${member}: host ${JSON.stringify(have)}, tags ${JSON.stringify(want)}`);
    }
  }
  expect(problems).toEqual([]);
});
