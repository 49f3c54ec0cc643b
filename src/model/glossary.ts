/**
 * The glossary: every Chinese domain term recognition looks for, as data.
 *
 * Code identifiers are English; the Chinese words a form uses for them live here and nowhere
 * else in the recognize stage. Terms are written in their *normalised* form (see
 * `recognize/text.ts`): no whitespace or line breaks, half-width brackets and digits. A header cell
 * matches a term when its normalised text equals the term, or equals it once a bracketed remark
 * is dropped (`未完成原因(请在相应选项下划“√”…)` → `未完成原因`), or, for longer texts, starts with it.
 */

/** The column roles of an indicator table. */
export const COLUMN_ROLES = [
  'level1',
  'level1Weight',
  'level2',
  'level2Weight',
  'name',
  'target',
  'operator',
  'unit',
  'actual',
  'completion',
  'weight',
  'score',
  'reasonText',
  'improvement',
  'data',
  'criteria',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/**
 * Header words per role. The first synonym is the canonical one (used in messages and as the
 * default name of a column the plan adds).
 */
export const COLUMN_SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  level1: ['一级指标', '一级', '一级绩效指标'],
  level1Weight: ['一级指标分值', '一级指标权重'],
  level2: ['二级指标', '二级', '二级绩效指标'],
  level2Weight: ['二级指标分值', '二级指标权重'],
  name: ['三级指标', '三级', '三级绩效指标', '指标名称', '绩效指标名称', '具体指标'],
  target: [
    '年度指标值',
    '指标值',
    '年度目标值',
    '目标值',
    '预期指标值',
    '年度绩效指标值',
    '预期目标值',
    '计划指标值',
  ],
  operator: ['运算符号', '运算符', '符号', '指标性质'],
  unit: ['度量单位', '计量单位', '单位'],
  actual: [
    '实际完成值',
    '全年完成值',
    '全年实际完成值',
    '实际完成',
    '实际值',
    '完成值',
    '年度完成值',
    '实际完成数',
  ],
  completion: ['完成程度', '完成率', '完成比例', '完成百分比'],
  weight: ['分值', '权重', '权重分值', '指标分值', '标准分值', '参考分值', '分数', '满分'],
  score: ['得分', '自评得分', '实际得分', '评价得分', '自评分', '自评分值', '评分'],
  reasonText: [
    '原因说明',
    '偏差原因分析及改进措施',
    '未完成原因分析',
    '偏差原因分析',
    '未完成原因分析及改进措施',
    '偏差原因',
    '原因分析',
    '未完成原因说明',
  ],
  improvement: ['改进措施', '整改措施', '拟采取的改进措施', '下一步改进措施'],
  data: ['评分依据', '评分依据(数据)', '评分数据', '计算依据', '佐证材料', '数据来源', '数据'],
  criteria: ['参考评分标准', '评分标准', '评分规则', '评分办法', '计分方法', '评分细则'],
};

/**
 * The group header above tick sub-columns (未完成原因 → 经费保障 | 制度保障 | …). When it has no
 * tick sub-columns below it, the column is the free-text reason column.
 */
export const REASON_GROUP = ['未完成原因', '未完成的原因', '未完成原因类别'] as const;

/** Tick sub-columns under 未完成原因. */
export const REASON_CATEGORIES = ['funding', 'policy', 'staffing', 'hardware', 'other'] as const;
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];
export const REASON_CATEGORY_TERMS: Readonly<Record<ReasonCategory, readonly string[]>> = {
  funding: ['经费保障'],
  policy: ['制度保障'],
  staffing: ['人员保障'],
  hardware: ['硬件条件保障', '硬件保障'],
  other: ['其他', '其它', '其他原因'],
};
/** Marks that tick a reason sub-column. */
export const TICK_MARKS = ['√', '✓', '✔', '☑', '是', 'V', 'v', '1', '■'] as const;

/**
 * Words that may appear in a header block without naming a column by themselves: group labels
 * (评价指标 over the three levels) and sub-headers (名称 / 分值 under 一级指标, 内容 under 年度指标值).
 */
export const HEADER_GROUP_WORDS = [
  '评价指标',
  '绩效指标',
  '指标',
  '年度绩效指标',
  '部门整体支出年度绩效指标',
  '分解目标评价',
  '指标说明',
  '指标解释',
  '指标内容',
] as const;
/** Sub-header meaning "the label of the level above". */
export const SUBHEADER_NAME = ['名称', '指标名称'] as const;
/** Sub-header meaning "the weight of the level above" (rubric tables). */
export const SUBHEADER_WEIGHT = ['分值', '参考分值', '权重', '分数'] as const;
/** Sub-header meaning "the value of the target above" (Fushun: 年度指标值 → 运算符号 | 内容 | 度量单位). */
export const SUBHEADER_CONTENT = ['内容', '数值', '指标内容'] as const;

/** Labels of the cell beside which the project or department name is written. */
export const NAME_LABELS = {
  project: ['项目名称', '项目支出名称', '二级项目名称', '项目资金名称', '专项名称', '资金名称'],
  department: ['部门(单位)名称', '部门名称', '单位名称', '部门(单位)', '预算单位名称'],
} as const;

/**
 * Labels of the reporting unit (填报单位：xxx（盖章）): the department's name when a department
 * form has no name row. Never used for project forms (the unit is not the project).
 */
export const REPORTING_UNIT_LABELS = ['填报单位', '填报部门', '单位(盖章)'] as const;
/** Remarks dropped from a name written beside a label: `（盖章）`, `（公章）`. */
export const NAME_REMARKS = ['(盖章)', '(公章)', '(签章)', '盖章', '公章'] as const;

/** Title words (the caption above a form) that tell the kind of table. */
export const TITLE_TERMS = {
  project: ['项目支出绩效自评表', '项目绩效自评表', '项目支出绩效评价表', '项目支出'],
  department: ['部门整体支出绩效自评表', '部门(单位)整体绩效自评表', '部门整体绩效自评表', '整体'],
  basicData: ['基础数据表'],
  /** Any caption containing one of these is a form title (ends the previous stacked form). */
  any: ['自评表', '评价表', '基础数据表'],
} as const;

/**
 * Caption words of tables that look like forms but are not self-evaluations: target declarations
 * (绩效目标申报表) and mid-year monitoring (绩效运行监控表). A header under such a caption without a
 * 得分 column is passed over.
 */
export const NOT_SELF_EVALUATION_TITLES = [
  '申报表',
  '监控表',
  '目标表',
  '运行监控',
  '监控情况',
] as const;

/** Labels of a total row (indicator table) or a stated total near the form. */
export const TOTAL_LABELS = [
  '总分',
  '合计',
  '总计',
  '总评价得分',
  '自评得分',
  '自评总分',
  '总得分',
  '综合得分',
  '绩效自评总分',
  '评价总分',
  '自评总得分',
  '综合评价得分',
  '综合评分',
] as const;

/** Labels of a stated grade, and the grade words themselves. */
export const GRADE_LABELS = [
  '自评结果',
  '评价等级',
  '自评等级',
  '绩效等级',
  '等级',
  '评价结果',
  '综合评价等级',
  '绩效评价等级',
] as const;
export const GRADE_WORDS = [
  '优秀',
  '良好',
  '一般',
  '较差',
  '优',
  '良',
  '中',
  '差',
  '合格',
  '不合格',
];

/** Budget block column roles and their header words. */
export const BUDGET_ROLES = ['initial', 'adjusted', 'executed', 'rate', 'weight', 'score'] as const;
export type BudgetRole = (typeof BUDGET_ROLES)[number];
export const BUDGET_SYNONYMS: Readonly<Record<BudgetRole, readonly string[]>> = {
  initial: ['年初预算数', '年初预算', '年初预算金额', '年初批复数', '预算数', '预算资金'],
  adjusted: ['全年预算数', '调整预算数', '调整后预算数', '全年预算', '调整后预算', '预算调整数'],
  executed: [
    '全年执行数',
    '预算执行数',
    '执行数',
    '实际支出数',
    '全年实际支出',
    '实际执行数',
    '决算数',
    '支出数',
  ],
  rate: ['执行率', '预算执行率', '资金执行率', '支出率', '资金到位率'],
  weight: ['分值', '权重'],
  score: ['得分', '自评得分'],
};
/** Labels of the budget total line, best first (a later label is used only when no earlier one is found). */
export const BUDGET_TOTAL_LABELS = [
  '年度资金总额',
  '资金总额',
  '部门预算总额',
  '年度部门预算支出小计',
  '年度预算总额',
  '预算总额',
  '项目资金总额',
  '年度部门预算收入小计',
  '总额',
  '合计',
  '总计',
] as const;

/** First words of rows that end a table: notes, signatures and filling instructions. */
export const TRAILER_PREFIXES = [
  '注:',
  '注1',
  '附注',
  '备注:',
  '说明:',
  '填表说明',
  '填报说明',
  '填表人',
  '填报人',
  '填报日期',
  '联系电话',
  '单位负责人',
  '负责人签字',
  '审核人',
  '财务负责人',
  '主管部门审核意见',
  '结果应用建议',
] as const;
/** Whole-cell texts that end a table. */
export const TRAILER_WORDS = ['注', '说明', '备注', '附注'] as const;

/** Placeholder names in templates: a row holding only one of these is skipped. */
export const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /^指标\d+$/,
  /^[…\u2026.。·\-—_]+$/,
  /^(等|其他|无|略)$/,
];

/** Basic-data table (Hengyang 附件2): staff header words. */
export const BASIC_DATA_TERMS = {
  staffGroup: ['财政供养人员情况', '人员情况', '财政供养人员'],
  establishment: ['编制数', '核定编制数', '编制人数'],
  actualStaff: ['实际在职人数', '在职人数', '实有人数', '实有在编人数'],
  staffRate: ['控制率', '人员控制率', '财政供养人员控制率'],
  expenseGroup: ['经费控制情况', '经费情况', '支出情况'],
  /** Period column words (`2021年决算数`). */
  budgetPeriod: ['预算数', '预算'],
  finalPeriod: ['决算数', '决算', '执行数'],
} as const;

/** Basic-data line roles, matched in order against the line label (first `includes` wins). */
export const BASIC_DATA_LINES: readonly { role: BasicDataLineRole; includes: readonly string[] }[] =
  [
    {
      role: 'projectGroup',
      includes: ['一个项目一行', '业务工作专项', '运行维护专项', '市级专项资金'],
    },
    { role: 'vehicle', includes: ['公务用车购置和维护', '公务用车购置及运行', '公务用车费'] },
    { role: 'vehiclePurchase', includes: ['车购置', '公务用车购置'] },
    { role: 'vehicleOperation', includes: ['运行维护', '公务用车运行'] },
    { role: 'threePublic', includes: ['三公经费', '“三公”经费', '"三公"经费', '三公'] },
    { role: 'abroad', includes: ['出国', '因公出国'] },
    { role: 'reception', includes: ['公务接待'] },
    { role: 'basic', includes: ['基本支出'] },
    { role: 'publicExpense', includes: ['公用经费'] },
    { role: 'office', includes: ['办公经费'] },
    { role: 'projects', includes: ['项目支出'] },
    { role: 'procurement', includes: ['政府采购'] },
    { role: 'measures', includes: ['保障措施', '厉行节约'] },
  ];
export const BASIC_DATA_LINE_ROLES = [
  'basic',
  'publicExpense',
  'office',
  'threePublic',
  'vehicle',
  'vehiclePurchase',
  'vehicleOperation',
  'abroad',
  'reception',
  'projects',
  'projectGroup',
  'project',
  'procurement',
  'measures',
  'other',
] as const;
export type BasicDataLineRole = (typeof BASIC_DATA_LINE_ROLES)[number];

/**
 * Patterns and small word lists recognition uses in code, kept here with the other terms.
 * Patterns are matched against normalised keys (half-width, no whitespace) unless noted.
 */
export const PATTERNS = {
  /** A level label carrying its weight, on the raw label: `产出指标(40分)`, `（３０分）`. */
  levelWeight: /[(（]\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分\s*[)）]/g,
  /** The character every weight-in-label contains (a cheap pre-check). */
  levelWeightMark: '分',
  /** Template numbering in the 三级指标 column: `指标1`. */
  numberedPlaceholder: /^指标\d+$/,
  /** A numbered note line: `注1.`, `注：`. */
  numberedNote: /^注[0-9０-９.、:：]/,
  /** A year in a period header: `2021年决算数`. */
  year: /((?:19|20)\d\d)年?/,
  /** A period header without a year: `本年决算数`. */
  relativeYear: /^(本年|上年|当年)/,
  /** List numbering at the start of a basic-data line: `1、`, `二、`, `(3)`. */
  listNumbering: /^([0-9]+|[一二三四五六七八九十]+|\([0-9]+\))[、.．,)]/,
} as const;

/** A numbered basic-data line containing this word heads a group of projects (`1、业务工作专项`). */
export const PROJECT_GROUP_WORD = '专项';
/** A basic-data line starting with this is a part of the line above (`其中：公用经费`). */
export const PART_OF_PREFIX = '其中';
/** Total labels that only count inside a table (beside a form they head other blocks). */
export const INSIDE_ONLY_TOTALS = ['合计', '总计'] as const;
/** Budget line labels that mark a project form when nothing else tells the kind. */
export const PROJECT_BUDGET_HINTS = ['项目', '年度资金总额'] as const;

// --- Terms the audit reads in indicator names ----------------------------------------------------

/** The Longhua rubric rules, keyed by the 三级指标 names that follow them (共性指标体系框架). */
export const RUBRIC_RULE_KEYS = [
  'procurement',
  'fixedAssets',
  'staffControl',
  'contractStaff',
  'expenseControl',
  'quarterly',
  'timeliness',
  'satisfaction',
  'keyTasks',
] as const;
export type RubricRuleKey = (typeof RUBRIC_RULE_KEYS)[number];
export const RUBRIC_RULE_NAMES: readonly (readonly [RubricRuleKey, RegExp])[] = [
  ['procurement', /政府采购执行/],
  ['fixedAssets', /固定资产利用率/],
  ['staffControl', /财政供养人员控制率/],
  ['contractStaff', /编外人员控制率/],
  ['expenseControl', /公用经费控制率|三公.*控制率/],
  ['quarterly', /预算执行率/],
  ['timeliness', /项目完成及时性/],
  ['satisfaction', /满意度/],
  ['keyTasks', /重点工作完成情况/],
];

/** An indicator about a form's total spending (经费开支) … */
export const TOTAL_COST_NAME = /经费|开支|支出|费用|成本|资金|总额/;
/** … as opposed to a unit cost (每名…平均月工资, 单价, 人均). */
export const UNIT_COST_NAME =
  /每|平均|单价|人均|单位|月|年均|次均|单台|单套|单个|单项|单次|户均|亩均|生均|公里/;
