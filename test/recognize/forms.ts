/**
 * Synthetic forms modelled on the seeds, as tab-separated rows plus the merges a real workbook
 * would have. Values sit in the top-left cell of each merge, so the same rows serve as the
 * merges-null variant (Excel 2016/2019) by passing `merges: null`.
 */
import type { SheetSnapshot } from '../../src/snapshot/types';
import { snapshot } from './helpers';

export interface Form {
  lines: string[];
  merges: string[];
}

export function withMerges(name: string, f: Form, known: boolean): SheetSnapshot {
  return snapshot(name, f.lines, { merges: known ? f.merges : null });
}

/** A national project form (Hengyang 附件4 layout), starting at sheet row `at` (1-based). */
export function projectForm(name: string, at = 1, scoreOffset = 0): Form {
  const rows = [
    '项目支出绩效自评表',
    ' 填报单位： （盖章）                （2022年度）',
    `项目支\n出名称\t${name}　`,
    '主管部门\t　\t实施单位\t　保卫信访科',
    '项目资金\n（万元）\t　\t年初\n预算数\t全年\n预算数\t全年\n执行数\t\n分值\t\n执行率\t\n得分',
    '\t年度资金总额　\t　152.5\t　152.5\t　152.5\t　10\t　100%\t　10',
    '\t其中：当年财政拨款　\t　152.5\t　152.5\t　152.5\t　\t　\t　',
    '\t上年结转资金　\t　\t　\t　\t　\t　\t　',
    '年度总\n体目标\t预期目标\t实际完成情况　',
    '\t　　提供正常安全工作环境\t　圆满完成',
    '绩\n效\n指\n标\t一级指标\t二级指标\t三级指标\t年度\n指标值\t实际\n完成值\t分值\t得分\t偏差原因\n分析及\n改进措施',
    '\t产出\n指标\n\n(50分)\t数量指标\t预计转辅警人\t30人\t30人\t15\t15\t　',
    '\t\t质量指标\t人员阶段考核合格率\t100%\t100%\t15\t15\t　',
    '\t\t\t执勤率\t100%\t100%\t10\t10\t　',
    '\t\t时效指标\t每轮排版值班时间\t8小时\t8小时\t5\t5\t　',
    '\t\t成本指标\t每名辅警的平均月工资数\t不高于3800元\t100%\t5\t5\t　',
    '\t效益\n指标\n\n（30分）\n　\t经济效\n益指标\t政府机关大院安全\t财产物品不丢失不损坏\t100%\t15\t15\t　',
    '\t\t可持续影响指标\t利民与安全\t既方便群众办事\t100%\t15\t15\t　',
    '\t满意度\n指标\n（10分）\t服务对象满意度指标\t政府大院工作人员\t基本满意\t95%以上\t5\t5\t　',
    `\t\t\t社会公众\t基本满意\t95%以上\t5\t${5 + scoreOffset}\t　`,
    `总分\t\t\t\t\t\t100\t　${100 + scoreOffset}\t　`,
    '',
    '填表人：        填报日期：        联系电话：     单位负责人签字：',
  ];
  const r = (n: number) => at + n - 1;
  const merges = [
    `A${r(1)}:I${r(1)}`,
    `A${r(2)}:I${r(2)}`,
    `B${r(3)}:I${r(3)}`,
    `A${r(5)}:A${r(8)}`,
    `A${r(9)}:A${r(10)}`,
    `C${r(9)}:I${r(9)}`,
    `C${r(10)}:I${r(10)}`,
    `A${r(11)}:A${r(20)}`,
    `B${r(12)}:B${r(16)}`,
    `C${r(13)}:C${r(14)}`,
    `B${r(17)}:B${r(18)}`,
    `B${r(19)}:B${r(20)}`,
    `C${r(19)}:C${r(20)}`,
    `A${r(21)}:F${r(21)}`,
    `A${r(23)}:I${r(23)}`,
  ];
  return { lines: rows, merges };
}

/** Several project forms stacked on one sheet, separated by blank rows. */
export function stackedProjects(names: string[]): Form {
  const lines: string[] = [];
  const merges: string[] = [];
  for (const n of names) {
    const f = projectForm(n, lines.length + 1);
    lines.push(...f.lines, '', '');
    merges.push(...f.merges);
  }
  return { lines, merges };
}

/** A Fushun-style department form (附件4-2-1): two-row header, 运算符号 / 内容 / 度量单位, ticks. */
export function fushunForm(): Form {
  const lines = [
    '部门（单位）整体绩效自评表',
    '（2021年度）',
    '部门（单位）名称\t抚顺市人民政府办公室　',
    '年度部门（单位）整体收支情况 (万元)\t名 称\t年初\n预算数\t全年\n预算数\t全年\n执行数\t执行率',
    '\t年度部门预算收入小计（1至7项）\t6009.63\t9969.97\t——\t——',
    '\t年度部门预算支出小计（一+二）\t6009.63\t9947.29\t9947.29\t100%',
    '分解目标评价',
    '一级\n指标\t二级\n指标\t三级\n指标\t年度\n指标值\t\t\t全年完成值\t完成\n程度\t分值\t得分\t未完成原因\n（请在相应选项下划“√”并在原因说明中分项阐述）\t\t\t\t\t\t改进措施',
    '\t\t\t运算符号\t内容\t度量单位\t\t\t\t\t经费\n保障\t制度\n保障\t人员\n保障\t硬件条件保障\t其他\t原因\n说明\t',
    '履职\n效能\t重点工作履行情况\t重点工作办结率\t=\t100\t%\t100\t100%\t7\t7\t\t　',
    '\t\t指标2\t\t\t\t\t\t\t\t\t\t\t\t\t\t',
    '\t\t……',
    '\t整体工作完成情况\t工作完成及时率\t\t100\t%\t100\t100%\t7\t7',
    '预算\n执行\t预算执行效率\t结转结余变动率\t≤\t40\t%\t0\t0\t3\t0\t\t\t\t\t√\t应缴未缴医保调济金等\t及时缴纳',
    '\t\t预算调整率\t\t66\t%\t13.2\t20%\t4\t0.05\t✓\t\t\t\t\t振兴大厦租金增加预算\t足额编制预算',
    '\t……',
    '总评价得分\t96.05',
    '注：1.未完成原因中可以同时勾选多项原因，并在原因说明中逐项进行说明。',
    '填报说明',
  ];
  const merges = [
    'A1:Q1',
    'A2:Q2',
    'B3:Q3',
    'A4:A6',
    'A7:Q7',
    'A8:A9',
    'B8:B9',
    'C8:C9',
    'D8:F8',
    'G8:G9',
    'H8:H9',
    'I8:I9',
    'J8:J9',
    'K8:P8',
    'Q8:Q9',
    'A10:A13',
    'B10:B12',
    'A14:A16',
    'B14:B15',
    'B17:Q17',
    'A18:Q18',
  ];
  return { lines, merges };
}

/** A Jinshui-style form: operator inside the target, 度量单位, 得分 header missing, stated total above. */
export function jinshuiForm(): Form {
  const lines = [
    '部门整体绩效自评表',
    '(2021 年度)',
    '单位：万元',
    '部门(单位)名称\t\t郑州市金水区人民政府办公室\t\t\t自评得分\t95.92',
    '\t\t\t\t\t自评结果\t优',
    '预算情况\t\t\t年初预算数\t调整预算数\t预算执行数\t预算执行率\t分值\t得分',
    '\t部门预算总额\t\t234\t\t173.65\t74.21%\t10\t7.42',
    '\t1、资金来源: (1) 财政性资金\t\t234\t\t173.65\t74.21%',
    '一级指标\t二级指标\t三级指标\t指标值\t度量单位\t实际完成值\t分值\t',
    '投入管理 指标 (20分)\t工作目标管理\t年度履职 目标相关性\t相关\t定性指标\t相关\t1\t1',
    '\t\t工作任务 科学性\t科学\t定性指标\t科学\t1\t1',
    '\t预算和财务管理\t预算执行 率\t≥70\t%\t74.2\t2\t1.5',
    '\t\t结转结余 率\t20≤\t%\t25.79\t1\t0',
    '产出指标 (40分)\t重点工作任务 完成\t办公用品 采购数量\t≥150\t件\t219\t6\t6',
    '效益指标 (30分)\t满意度\t辖区居民满意\t≥95\t%\t95\t6\t6',
    '',
    '注：1. 自评采取打分评价的形式，满分为100分。',
  ];
  const merges = [
    'A1:I1',
    'A2:I2',
    'A4:B4',
    'C4:E4',
    'A5:E5',
    'A6:C6',
    'B7:C7',
    'B8:C8',
    'G9:H9',
    'A10:A13',
    'B10:B11',
    'B12:B13',
  ];
  return { lines, merges };
}

/** A Longhua-style rubric self-score table with a 评分依据（数据） column; optionally the framework above it. */
export function rubricForm(withFramework = false): Form {
  const framework = [
    '部门整体支出绩效评价共性指标体系框架（2019 年修订）',
    '评价指标\t\t\t\t\t\t指标说明\t参考评分标准',
    '一级指标\t\t二级指标\t\t三级指标',
    '名称\t参考分值\t名称\t参考分值\t名称\t参考分值',
    '部门决策\t25\t预算编制\t10\t预算编制合理性\t5\t部门（单位）预算的合理性\t1.部门预算编制……（1分）',
    '',
  ];
  const fm = withFramework ? ['A2:F2', 'G2:G4', 'H2:H4', 'A3:B3', 'C3:D3', 'E3:F3'] : [];
  const o = withFramework ? framework.length : 0;
  const lines = [
    ...(withFramework ? framework : []),
    '部门整体支出绩效自评表',
    '(2021 年)',
    '评价指标\t\t\t\t\t\t参考评分标准\t自评得分\t评分依据（数据）',
    '一级指标\t\t二级指标\t\t三级指标',
    '名称\t分值\t名称\t分值\t名称\t分值',
    '部门决策\t25\t预算编制\t10\t预算编制合理性\t5\t1.部门预算编制、分配符合本部门职责（1分）；\t5\t',
    '\t\t\t\t预算编制规范性\t5\t1.部门（单位）预算编制符合财政部门当年度关于预算编制的各项原则和要求（5分）\t5\t',
    '\t\t目标设置\t15\t绩效目标完整性\t8\t1.部门（单位）按要求编报部门整体和项目的绩效目标（8分）\t8\t',
    '部门管理\t20\t资金管理\t8\t政府采购执行率\t2\t1.本指标得分=政府采购执行率×2分\t2\t实际采购659.98万元，计划659.98万元',
    '\t\t人员管理\t2\t编外人员控制率\t1\t1.比率<5%的,得1分;2.5%≤比率≤10%的,得0.5分;3.比率>10%的,得0分。\t0\t劳务派遣53人，在职123人',
    '附注：1.本表列示的各项指标为整体支出绩效评价共性指标。',
  ];
  const m = (a: string) => a.replace(/\d+/g, (d) => String(Number(d) + o));
  const merges = [
    ...fm,
    ...[
      'A3:F3',
      'G3:G5',
      'H3:H5',
      'I3:I5',
      'A4:B4',
      'C4:D4',
      'E4:F4',
      'A6:A8',
      'B6:B8',
      'C6:C7',
      'D6:D7',
      'A9:A10',
      'B9:B10',
    ].map(m),
  ];
  return { lines, merges };
}

/** Hengyang 附件2 basic-data table. */
export function basicDataForm(): Form {
  const lines = [
    '附件2',
    '部门整体支出绩效评价基础数据表',
    '填报单位：（盖章）',
    '财政供养人员情况\t编制数\t2021年实际在职人数\t控制率',
    '\t　121\t　115\t95.04%　',
    '经费控制情况\t2021年决算数\t2022年预算数\t2022年决算数',
    '一、部门基本支出\t3393.90\t1839.57\t3443.65',
    '其中：公用经费\t629.56\t492.46\t387.65',
    '其中：办公经费\t\t\t',
    '……\t\t\t',
    '三公经费\t137.78　\t146.5\t99.33',
    '   1、公务用车购置和维护经费\t104.11　\t98.5\t97.69',
    '其中：公交车购置\t46.58\t　\t37.55',
    '公交车运行维护\t57.53\t98.5\t60.14',
    '   2、出国经费\t0\t　0\t0',
    '   3、公务接待\t33.67\t48\t1.64',
    '二、部门项目支出\t　\t　\t　',
    ' 1、业务工作专项(一个项目一行)\t\t　\t',
    '机要工作经费\t28\t27\t27',
    '2、运行维护专项(一个项目一行)\t\t\t',
    '大院保安转辅警经费\t152.5\t152.5\t152.5',
    ' 3、市级专项资金(一个项目一行)\t\t　\t',
    '无\t\t\t',
    '政府采购金额\t179.78\t296　\t193.61',
    '厉行节约保障措施\t1、 严控各项费用在预算资金内开支',
    '',
    '说明：“项目支出”需要填报基本支出以外的所有项目支出情况',
    '填表人：       填报日期：        联系电话：       单位负责人签字：',
  ];
  return { lines, merges: ['A2:D2', 'B25:D25'] };
}
