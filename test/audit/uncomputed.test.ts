/**
 * Files written by programs (openpyxl, pandas) hold formulas without a computed result: the
 * audit says so and asks for the file to be calculated, instead of calling the score missing.
 * The workbook is made by Debian's python3-openpyxl, as such files are.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeWorkbook } from '../../src/core';
import { readWorkbook } from '../../src/hosts/xlsx/read';

const SCRIPT = `
import sys
from openpyxl import Workbook
wb = Workbook()
ws = wb.active
ws.title = '项目1'
ws.append(['项目支出绩效自评表'])
ws.append(['项目名称', '测试项目'])
ws.append([])
ws.append(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'])
ws.append(['产出指标', '数量指标', '培训次数', '≥10次', '12次', 50, '=F5*1'])
ws.append(['效益指标', '社会效益指标', '满意度', '≥90%', '95%', 50, 50])
ws.append(['总分', None, None, None, None, 100, '=SUM(G5:G6)'])
wb.save(sys.argv[1])
`;

test('a score or total that is a formula never calculated is reported as such, not as missing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uncomputed-'));
  const file = path.join(dir, 'openpyxl.xlsx');
  execFileSync('/usr/bin/python3', ['-c', SCRIPT, file]);
  const opened = await readWorkbook(fs.readFileSync(file));
  if (!opened.ok) throw new Error(opened.detail);
  const report = analyzeWorkbook(opened.workbook, { file });
  const [table] = report.tables;
  expect(table.indicators).toHaveLength(2);
  const [first, second] = table.indicators;
  expect(first.messages.join('\n')).toContain('G5：该单元格是公式 =F5*1，但文件中没有它的计算结果');
  expect(first.messages.join('\n')).not.toContain('缺少得分');
  expect(second.messages.join('\n')).not.toContain('计算结果');
  const total = (table.total?.messages ?? []).join('\n');
  expect(total).toContain('G7：该单元格是公式 =SUM(G5:G6)，但文件中没有它的计算结果');
  expect(total).not.toContain('缺少');
  fs.rmSync(dir, { recursive: true, force: true });
});
