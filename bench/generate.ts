/**
 * Generates the benchmark workbook: `sheets` sheets, each one national project form
 * (项目支出绩效自评表) with `rows` indicator rows, merged first/second-level labels and a budget
 * block, as finance staff would have it in Excel.
 */
import ExcelJS from 'exceljs';

const LEVEL1 = ['产出指标', '效益指标', '满意度指标'];
const LEVEL2: Record<string, string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};
const TARGETS = ['30次以上', '≥95%', '100%', '不超过120万元', '及时', '满意', '≤5', '20篇以上'];
const ACTUALS = ['32次', '96%', '100%', '118万元', '及时', '满意', '4', '100%'];

export async function generateBenchWorkbook(sheets: number, rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  for (let s = 0; s < sheets; s++) {
    const ws = wb.addWorksheet(`项目${s + 1}`);
    ws.addRow(['项目支出绩效自评表']);
    ws.mergeCells(1, 1, 1, 10);
    ws.addRow(['项目名称', `基准测试项目${s + 1}`]);
    ws.addRow([
      '项目资金（万元）',
      '',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
    ]);
    ws.addRow(['', '年度资金总额', 100 + s, 120 + s, 110 + s, 10, (110 + s) / (120 + s), 9.2]);
    ws.getCell(4, 7).numFmt = '0.00%';
    ws.addRow([]);
    const header = ws.addRow([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ]);
    const first = header.number + 1;
    const perLevel1 = Math.ceil(rows / LEVEL1.length);
    const labels: [string, string][] = [];
    for (let i = 0; i < rows; i++) {
      const l1 = LEVEL1[Math.min(LEVEL1.length - 1, Math.floor(i / perLevel1))];
      const l2s = LEVEL2[l1];
      labels.push([l1, l2s[Math.floor(i / 5) % l2s.length]]);
    }
    for (let i = 0; i < rows; i++) {
      const k = (i + s) % TARGETS.length;
      const sameAbove = i > 0 && labels[i - 1][0] === labels[i][0];
      const sameAbove2 = sameAbove && labels[i - 1][1] === labels[i][1];
      ws.addRow([
        sameAbove ? null : labels[i][0],
        sameAbove2 ? null : labels[i][1],
        `指标${i + 1}`,
        TARGETS[k],
        ACTUALS[k],
        1,
        i % 17 === 0 ? 0.8 : 1,
        '',
      ]);
    }
    // merge each run of equal labels, as the forms do
    for (const level of [0, 1]) {
      let start = 0;
      for (let i = 1; i <= rows; i++) {
        const ends =
          i === rows ||
          labels[i][0] !== labels[i - 1][0] ||
          (level === 1 && labels[i][1] !== labels[i - 1][1]);
        if (ends) {
          if (i - 1 > start) ws.mergeCells(first + start, level + 1, first + i - 1, level + 1);
          start = i;
        }
      }
    }
    ws.addRow(['总分', '', '', '', '', rows + 10, '']);
  }
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf);
}
