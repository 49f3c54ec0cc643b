/**
 * The pane's findings and drafts on the real Jinshui and Hengyang fixtures: one item per row with
 * tags, table problems first, the cell each message is about, one action each, one count shared
 * with the command line, and a reason drafted from the row's own facts.
 */
import * as path from 'path';
import { analyzeWorkbook, annotateWorkbook } from '../../src/core';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { messagesFor } from '../../src/messages';
import { draftReason, formLanguage } from '../../src/messages/drafts';
import { scoreNoteText } from '../../src/messages/score-notes';
import { changedScores, scoreChanges } from '../../src/plan/values';
import { countFindings, countReports } from '../../src/report/count';
import type { FileReport } from '../../src/report/types';
import { collectFindings, reversedTarget } from '../../src/runtime/findings';
import { formatScore, percent, scoreDecimals, withUnit } from '../../src/runtime/numbers';

const zh = messagesFor('zh-CN');
const FIXTURES = path.join(__dirname, '..', 'fixtures');

async function report(name: string): Promise<FileReport> {
  const r = await readWorkbook(path.join(FIXTURES, name));
  if (!r.ok) throw new Error(r.detail);
  return analyzeWorkbook(r.workbook, { file: name, lang: 'zh-CN' });
}

let jinshui: FileReport;
let hengyang: FileReport;
beforeAll(async () => {
  [jinshui, hengyang] = await Promise.all([
    report('jinshui-department.xlsx'),
    report('hengyang.xlsx'),
  ]);
});

test('Jinshui: one item per row, table problems first, 4 in all', () => {
  const f = collectFindings(jinshui, zh);
  expect(f.count).toBe(4);
  expect(countFindings(jinshui)).toBe(4);
  expect(f.items.map((i) => [i.scope, i.cell, i.tags.join(' ')])).toEqual([
    ['table', 'A39', ''],
    ['table', 'A46', ''],
    ['row', 'H25', 'wrong'],
    ['row', 'H27', 'wrong short missingReason'],
  ]);
  expect(f.items.map((i) => i.title)).toEqual([
    '产出指标 › 分值合计',
    '效益指标 › 分值合计',
    '预算和财务管理 › 预算执行率',
    '预算和财务管理 › 结转结余率',
  ]);
  const r27 = f.items[3];
  expect(r27.lines).toEqual([
    zh.findings.wrongLine('0.00', '0.78'),
    zh.findings.shortLine('≤20%', '25.79%', '77.55%'),
    zh.findings.missingReasonLine,
  ]);
  expect(r27.action).toMatchObject({ kind: 'setScore', cell: 'H27', value: 0.78 });
  expect(f.tables[0].state).toBe('error');
  expect(reversedTarget(jinshui.tables[0].indicators.find((i) => i.row === 27)!)).toEqual({
    cell: 'D27',
    value: '≤20',
    from: '20≤',
  });
});

test('Hengyang: a blank total is a finding; budget findings point at the wrong figure', () => {
  const f = collectFindings(hengyang, zh);
  const c = countReports([hengyang]);
  expect(f.count).toBe(c.total);
  const dept = f.tables.find((t) => t.table.sheet === '附件3')!;
  expect(dept.state).toBe('error');
  expect(dept.items.map((i) => i.title)).toEqual([
    `${dept.table.name} › 预算执行`,
    `${dept.table.name} › 总分`,
  ]);
  expect(dept.items.map((i) => i.cell)).toEqual(['G5', 'H28']);
  expect(f.items.every((i, n) => n < c.tableProblems || i.scope === 'row')).toBe(true);
});

test('numbers: the form precision, percentages, units with actuals', () => {
  expect(scoreDecimals(jinshui.tables[0])).toBe(2);
  expect(formatScore(97.2, 2)).toBe('97.20');
  expect(formatScore(0.775, 2)).toBe('0.78');
  expect(percent(0.7754943777)).toBe('77.55%');
  expect(percent(1.8106)).toBe('181.06%');
  expect(withUnit('25.79', '≤20%')).toBe('25.79%');
  expect(withUnit('219', '≥150件')).toBe('219件');
  expect(withUnit('相关', '相关')).toBe('相关');
  expect(withUnit('100', '30次以上')).toBe('100');
});

test('the scores 采用系统得分 changes, before and after', () => {
  expect(scoreChanges(jinshui).map((c) => [c.cell, c.from, c.to])).toEqual([
    ['H25', 1.5, 2],
    ['H27', 0, 0.78],
    ['H4', 95.92, 97.2],
  ]);
  const after = JSON.parse(JSON.stringify(jinshui)) as FileReport;
  after.tables[0].indicators.find((i) => i.row === 27)!.statedScore = 0.78;
  expect(changedScores(jinshui, after).map((c) => [c.cell, c.from, c.to])).toEqual([
    ['H27', 0, 0.78],
  ]);
});

test('a reason drafted from the row own facts, one sentence per category, in the form language', () => {
  const facts = { name: '结转结余率', target: '≤20%', actual: '25.79%' };
  const one = draftReason(facts, ['经费保障'], 0.22, 'zh-CN');
  expect(one.reason).toBe(
    '结转结余率 25.79%，高于年度指标值（≤20%）5.79 个百分点，主要原因是：经费保障方面，资金到位不及时，部分项目未能按计划实施。',
  );
  const two = draftReason(facts, ['人员保障', '经费保障'], 0.22, 'zh-CN');
  expect(two.reason.split('；').length).toBe(2);
  expect(two.improvement.split('；').length).toBe(2);
  expect(draftReason(facts, [], 0.22, 'zh-CN').reason).toMatch(/主要原因是…$/);
  const low = draftReason(
    { name: '服务单位满意度', target: '≥95%', actual: '92%' },
    ['其他'],
    0.03,
    'zh-CN',
  );
  expect(low.reason).toMatch(/^服务单位满意度 92%，低于年度指标值（≥95%）3 个百分点/);
  expect(formLanguage(jinshui.tables[0].indicators.map((i) => i.name))).toBe('zh-CN');
});

test('the pane asks for a note in plain words on each computed score; the command line does not', async () => {
  const r = await readWorkbook(path.join(FIXTURES, 'jinshui-department.xlsx'));
  if (!r.ok) throw new Error(r.detail);
  const notes = (explainScores: boolean) =>
    annotateWorkbook(r.workbook, { explainScores }).edits.filter((e) => e.id.endsWith('#dv-note'));
  expect(notes(false)).toEqual([]);
  const byCell = new Map(
    notes(true).map((e) => [
      e.kind === 'dataValidation' ? e.range : '',
      e.kind === 'dataValidation' ? e.prompt?.message : '',
    ]),
  );
  // 结转结余率 ≤20%: the reverse rule; 预算执行率 ≥70%: the direct one; 相关: qualitative
  expect(byCell.get('K27')).toBe(scoreNoteText('atMostRatio', 'zh-CN'));
  expect(byCell.get('K25')).toBe(scoreNoteText('atLeast', 'zh-CN'));
  expect(byCell.get('K20')).toBe(scoreNoteText('completion', 'zh-CN'));
  expect(byCell.get('K27')).toBe('得分 = 指标值 ÷ 实际值 × 分值；不超过指标值得满分。');
  expect(byCell.size).toBe(jinshui.tables[0].indicators.length);
});
