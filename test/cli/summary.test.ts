/**
 * The command line counts as the pane counts (src/report/count.ts), ends with one summary across
 * files, names the rules in Chinese, and never says "0" beside a table with problems.
 */
import * as path from 'path';
import { runAudit } from '../../src/cli/audit';
import { analyzeWorkbook } from '../../src/core';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { countReports } from '../../src/report/count';
import type { FileReport } from '../../src/report/types';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const FILES = ['jinshui-department.xlsx', 'hengyang.xlsx'].map((f) => path.join(FIXTURES, f));

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runAudit(args, { out: (s) => out.push(s), err: () => undefined });
  return { code, out: out.join('\n') };
}

async function reports(): Promise<FileReport[]> {
  const out: FileReport[] = [];
  for (const f of FILES) {
    const r = await readWorkbook(f);
    if (!r.ok) throw new Error(r.detail);
    out.push(analyzeWorkbook(r.workbook, { file: f }));
  }
  return out;
}

test('one summary across files, with the counts the pane shows', async () => {
  const { code, out } = await run(FILES);
  expect(code).toBe(1);
  const c = countReports(await reports());
  const summary = out.slice(out.lastIndexOf('══ 汇总'));
  expect(out.indexOf('══ 汇总')).toBe(out.lastIndexOf('══ 汇总')); // once, at the end
  expect(summary).toContain(
    `文件 2 个，识别到表格 ${c.tables} 张，其中 ${c.tablesWithFindings} 张`,
  );
  expect(summary).toContain(
    `需处理 ${c.total} 项 = ${c.rows} 行指标 + ${c.tableProblems} 个表格问题`,
  );
  expect(summary).toContain(`得分有误 ${c.byTag.wrong}`);
  expect(summary).toContain('总分未填写 1');
  // Jinshui: two rows and two weight sums, as the pane says "4 项需要处理"
  const jinshui = countReports([(await reports())[0]]);
  expect(jinshui.total).toBe(4);
  expect(out).toContain(
    '指标 30 项；需处理 4 项：2 行指标（得分有误 2，未完成 1，缺少原因 1）、2 个表格问题',
  );
});

test('rule names in Chinese; never "0 项" under a table with problems', async () => {
  const { out } = await run(FILES);
  expect(out).toContain('评分规则：金水（部门整体）');
  expect(out).toContain('评分规则：衡阳（部门整体）');
  expect(out).not.toMatch(/评分(规则|方案)：[a-z]/);
  expect(out).not.toContain('需关注 0 项');
  // each table block: a ✗ line means its count line is not "未发现问题"
  for (const block of out.split('\n▶ ').slice(1)) {
    const lines = block.split('\n');
    const problem = lines.some((l) => /^ {2}(✗|预算执行：.*✗|总分：.*✗)/.test(l));
    const countLine = lines.find((l) => /^ {2}指标 \d+ 项/.test(l)) ?? '';
    if (problem)
      expect([lines[0], countLine]).toEqual([lines[0], expect.stringMatching(/需处理 [1-9]/)]);
  }
  // Hengyang's department form: a blank total and a wrong budget line are two problems
  expect(out).toMatch(/总分：表中 未填写，.*✗ 未填写/);
});
