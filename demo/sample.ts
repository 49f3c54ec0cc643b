/**
 * The demo's sample workbook: a national project expenditure form (项目支出绩效自评表) as finance
 * staff type it into Excel, with merged first/second-level labels, a budget block, a single
 * 偏差原因分析及改进措施 column, and the mistakes a reviewer looks for: a score that does not follow
 * the rule, rows that fall short without a reason, and a stated total that does not add up.
 */
import type { WorkbookInit } from '../test/office-sim/workbook';

export const SAMPLE_SHEET = '项目自评表';

export const SAMPLE: WorkbookInit = {
  sheets: [
    {
      name: SAMPLE_SHEET,
      rows: [
        ['2023年度项目支出绩效自评表'],
        ['项目名称', '基层医疗卫生机构能力提升项目', null, null, '主管部门', '市卫生健康委员会'],
        [
          '项目资金（万元）',
          null,
          '年初预算数',
          '全年预算数',
          '全年执行数',
          '分值',
          '执行率',
          '得分',
        ],
        [null, '年度资金总额', 120, 150, 138, 10, 0.92, 9.2],
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '实际完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
        ['产出指标', '数量指标', '培训基层医务人员', '300人次以上', 320, 10, 10, null],
        [null, null, '配置诊疗设备', '不少于40台', 32, 10, 10, null],
        [null, '质量指标', '设备验收合格率', '≥95%', 0.98, 10, 10, null],
        [null, '时效指标', '项目完成及时率', '100%', 0.9, 10, 9, null],
        [null, '成本指标', '单台设备采购成本', '不超过3.5万元', 3.4, 10, 10, null],
        ['效益指标', '社会效益指标', '基层诊疗人次增长率', '≥10%', 0.06, 15, 15, null],
        [null, '可持续影响指标', '设备使用年限', '5年以上', 6, 15, 15, null],
        ['满意度指标', '服务对象满意度指标', '就诊群众满意度', '≥90%', 0.93, 10, 10, null],
        ['总分', null, null, null, null, 100, 98, null],
      ],
      numberFormats: { G4: '0.00%', E8: '0%', E9: '0%', E11: '0%', E13: '0%' },
      merges: ['A1:H1', 'B2:D2', 'A3:B3', 'A6:A10', 'B6:B7', 'A11:A12', 'A14:E14'],
      columnWidths: { A: 10, B: 14, C: 18, D: 14, E: 11, F: 6, G: 6, H: 26 },
    },
  ],
};
