/**
 * Texts the plan writes into the workbook (helper headers, validation prompts and alerts) and the
 * notices it gives the faces (protected sheets, error cells, sheets too large), in Chinese and
 * English. The marker 【自评助手】 is part of every header whatever the language: it is how the
 * helper columns are found again.
 */
import type { Lang } from './reasons';

const M = '【自评助手】';

/** The kinds of cells and rules the plan writes, each with a purpose text. */
export type PlanPurpose =
  | 'target'
  | 'actual'
  | 'band'
  | 'score'
  | 'status'
  | 'progress'
  | 'completion'
  | 'budgetRate'
  | 'budgetScore'
  | 'total'
  | 'grade'
  | 'adopt'
  | 'reason'
  | 'cfReason'
  | 'cfWrong'
  | 'cfShort';

export interface PlanTexts {
  headers: {
    score: string;
    status: string;
    progress: string;
    completion: string;
    target: string;
    actual: string;
  };
  /** Labels in the status column beside non-indicator rows. */
  labels: { budget: string; total: string; grade: string };
  /** Why each kind of cell is written, for the hosts' reports (an edit's `purpose`). */
  purposes: Record<PlanPurpose, string>;
  /** The note on the registry sheet. */
  registryNote: string;
  validation: {
    operator: { title: string; message: string; errorTitle: string; error: string };
    score: (weight: string) => {
      title: string;
      message: string;
      errorTitle: string;
      error: string;
    };
    band: (
      min: string,
      max: string,
    ) => { title: string; message: string; errorTitle: string; error: string };
    tick: { title: string; message: string; errorTitle: string; error: string };
    reason: { title: string; message: string; errorTitle: string; error: string };
    /** What the score prompt calls a weight it cannot read as a number. */
    weightUnknown: string;
  };
  notices: {
    protectedSheet: (sheet: string) => string;
    /** A protected sheet without a form to write into: untouched, and nothing to do about it. */
    protectedOther: (sheet: string) => string;
    foreignHelper: (sheet: string) => string;
    noRoom: (sheet: string) => string;
    tooLarge: (sheet: string, rows: number, limit: number) => string;
    errorCells: (sheet: string, cells: string[], more: number) => string;
    userChanged: (sheet: string, cells: string[], more: number) => string;
    noTables: string;
    adopted: (n: number) => string;
    nothingToRemove: string;
  };
}

const zh: PlanTexts = {
  headers: {
    score: `${M}系统得分`,
    status: `${M}检查状态`,
    progress: `${M}完成情况`,
    completion: `${M}完成程度`,
    target: `${M}指标值（识别）`,
    actual: `${M}完成值（识别）`,
  },
  labels: {
    budget: '← 预算执行率、得分（按规则）',
    total: '← 总分（按规则）',
    grade: '← 评价等级（按规则）',
  },
  purposes: {
    target: '指标值',
    actual: '完成值',
    band: '完成档次',
    score: '系统得分',
    status: '检查状态',
    progress: '完成情况',
    completion: '完成程度',
    budgetRate: '预算执行率',
    budgetScore: '预算执行得分',
    total: '总分（按规则）',
    grade: '评价等级（按规则）',
    adopt: '采用系统得分',
    reason: '未完成原因',
    cfReason: '缺少未完成原因的单元格',
    cfWrong: '得分有误的行（红色）',
    cfShort: '未完成的行（琥珀色）',
  },
  registryNote: '本表由绩效自评助手维护，记录写入的内容以便撤销，请勿修改。',
  validation: {
    operator: {
      title: '运算符号',
      message: '请从下拉列表选择 ≥ ≤ = > <',
      errorTitle: '运算符号无效',
      error: '运算符号只能是 ≥、≤、=、>、< 之一。',
    },
    score: (w) => ({
      title: '得分',
      message: `请填写 0 至 ${w} 之间的数字（本项分值 ${w} 分）。`,
      errorTitle: '得分超出范围',
      error: `得分应为 0 至 ${w} 之间的数字，不能超过本项分值。`,
    }),
    band: (min, max) => ({
      title: '得分（定性指标）',
      message: `按完成情况，本项得分应在 ${min} 至 ${max} 分之间。`,
      errorTitle: '得分不在完成档次内',
      error: `按定性指标的完成档次，本项得分应在 ${min} 至 ${max} 分之间。确需调整请在原因说明中写明依据。`,
    }),
    tick: {
      title: '未完成原因',
      message: '如属此类原因，请选择 √',
      errorTitle: '请选择 √',
      error: '此处只能填写 √（或留空）。',
    },
    reason: {
      title: '原因说明',
      message: '本项未完成时，请说明原因及改进措施（不能只填“无”或“/”）。',
      errorTitle: '请说明未完成原因',
      error: '本项未完成，原因说明不能为空或只填“无”“/”。',
    },
    weightUnknown: '分值',
  },
  notices: {
    protectedSheet: (s) =>
      `工作表「${s}」受保护，未作任何修改（如需写入评分公式和检查，请先撤销工作表保护）。`,
    protectedOther: (s) => `工作表「${s}」受保护，未作任何修改（其中没有要写入公式的自评表）。`,
    foreignHelper: (s) =>
      `工作簿中已有名为「${s}」的工作表，但不是本工具创建的；为避免覆盖，未写入任何内容。请重命名该工作表后再试。`,
    noRoom: (s) => `工作表「${s}」右侧已没有空列可放置辅助列，未写入。`,
    tooLarge: (s, rows, limit) =>
      `工作表「${s}」有 ${rows} 行指标，写入后本工作簿的指标行将超过 ${limit} 行上限；为保证文件安全未写入该表，其余工作表已处理。`,
    errorCells: (s, cells, more) =>
      `工作表「${s}」有单元格为错误值（${cells.join('、')}${more > 0 ? ` 等 ${cells.length + more} 处` : ''}），相关行标为「待补充」，请先更正。`,
    userChanged: (s, cells, more) =>
      `工作表「${s}」中 ${cells.join('、')}${more > 0 ? ` 等 ${cells.length + more} 处` : ''} 已被手工修改，保留修改后的内容。`,
    noTables: '未发现可写入的绩效自评表，未作修改。',
    adopted: (n) => `已将 ${n} 处填报得分替换为系统得分（可用“撤销写入”恢复原值）。`,
    nothingToRemove: '没有找到本工具写入的内容，未作修改。',
  },
};

const en: PlanTexts = {
  headers: {
    score: `${M}Computed score`,
    status: `${M}Check`,
    progress: `${M}Progress`,
    completion: `${M}Completion`,
    target: `${M}Target (read)`,
    actual: `${M}Actual (read)`,
  },
  labels: {
    budget: '← budget execution rate, score (by the rules)',
    total: '← total (by the rules)',
    grade: '← grade (by the rules)',
  },
  purposes: {
    target: 'Target',
    actual: 'Actual',
    band: 'Achievement band',
    score: 'Computed score',
    status: 'Check',
    progress: 'Progress',
    completion: 'Completion',
    budgetRate: 'Budget execution rate',
    budgetScore: 'Budget execution score',
    total: 'Total (by the rules)',
    grade: 'Grade (by the rules)',
    adopt: 'Computed score adopted',
    reason: 'Reason for falling short',
    cfReason: 'Reason cells missing their reason',
    cfWrong: 'Rows scored wrongly (red)',
    cfShort: 'Rows falling short (amber)',
  },
  registryNote:
    'This sheet is kept by the self-evaluation assistant to record what it wrote, so it can be undone. Do not edit it.',
  validation: {
    operator: {
      title: 'Operator',
      message: 'Choose ≥ ≤ = > < from the list',
      errorTitle: 'Invalid operator',
      error: 'The operator must be one of ≥, ≤, =, >, <.',
    },
    score: (w) => ({
      title: 'Score',
      message: `Enter a number from 0 to ${w} (this row weighs ${w}).`,
      errorTitle: 'Score out of range',
      error: `The score must be a number from 0 to ${w}, never above the row's weight.`,
    }),
    band: (min, max) => ({
      title: 'Score (qualitative)',
      message: `By its achievement band this row scores between ${min} and ${max}.`,
      errorTitle: 'Score outside the band',
      error: `By its achievement band this row must score between ${min} and ${max}; if you adjust it, give the grounds in the reason.`,
    }),
    tick: {
      title: 'Reason',
      message: 'Choose √ if this is a reason',
      errorTitle: 'Choose √',
      error: 'Only √ (or nothing) may be entered here.',
    },
    reason: {
      title: 'Reason',
      message: 'When the row falls short, explain why and what will be done.',
      errorTitle: 'Reason required',
      error: 'This row falls short: the reason cannot be empty or just "无" or "/".',
    },
    weightUnknown: 'the weight',
  },
  notices: {
    protectedSheet: (s) => `Sheet "${s}" is protected and was left unchanged.`,
    protectedOther: (s) =>
      `Sheet "${s}" is protected and was left unchanged (it holds no form to write formulas into).`,
    foreignHelper: (s) =>
      `The workbook already has a sheet named "${s}" that this tool did not create; nothing was written. Rename it and try again.`,
    noRoom: (s) => `Sheet "${s}" has no free columns on the right for helper columns.`,
    tooLarge: (s, rows, limit) =>
      `Sheet "${s}" has ${rows} indicator rows, which would take the workbook past the limit of ${limit}; it was left unchanged. Other sheets were processed.`,
    errorCells: (s, cells, more) =>
      `Sheet "${s}" has error values (${cells.join(', ')}${more > 0 ? ` and ${more} more` : ''}); those rows are marked "needs input".`,
    userChanged: (s, cells, more) =>
      `On sheet "${s}", ${cells.join(', ')}${more > 0 ? ` and ${more} more` : ''} were edited by hand and are kept as edited.`,
    noTables: 'No self-evaluation form to write into; nothing changed.',
    adopted: (n) => `${n} stated scores were replaced by the computed ones (undo restores them).`,
    nothingToRemove: 'Nothing written by this tool was found; nothing changed.',
  },
};

export function planTexts(lang: Lang = 'zh-CN'): PlanTexts {
  return lang === 'en' ? en : zh;
}

/** What the command line says about each file it writes (Chinese; stderr). */
export const CLI_TEXTS = {
  wrote: (out: string, mode: 'fix' | 'adopt' | 'remove') =>
    `已写入 ${out}（${mode === 'remove' ? '已撤销本工具写入的内容' : mode === 'adopt' ? '评分公式、检查、突出显示，并采用系统得分' : '评分公式、数据验证和突出显示'}）`,
  counts: (c: {
    formulas: number;
    values: number;
    validations: number;
    highlights: number;
    other: number;
  }) =>
    `  公式 ${c.formulas} 个，数值/标题 ${c.values} 个，数据验证 ${c.validations} 处，条件格式 ${c.highlights} 条，其他 ${c.other} 项`,
  skipped: (c: {
    protected: number;
    notEmpty: number;
    notes: number;
    capability: number;
    userValidation: number;
  }) =>
    `  跳过：${[
      c.protected ? `受保护工作表 ${c.protected} 项` : '',
      c.notEmpty ? `单元格已有内容 ${c.notEmpty} 项（未覆盖）` : '',
      c.notes ? `批注 ${c.notes} 条（命令行和离线网页版不写批注）` : '',
      c.capability ? `文件格式不支持的写入 ${c.capability} 项` : '',
      c.userValidation ? `已有您自己的数据验证或填充色 ${c.userValidation} 处（保留）` : '',
    ]
      .filter((x) => x)
      .join('，')}`,
  failed: (n: number, detail: string) => `  失败 ${n} 项（${detail}）`,
  sameAsInput: (file: string) =>
    `${file}：输出文件与原文件相同，为保护原文件未写入。请换一个 --out 文件夹。`,
  notWritten: (file: string, detail: string) =>
    `${file}：写出的文件无法重新读取，未保存（${detail}）。`,
  conflictingModes: '--remove 不能与 --fix 或 --adopt 同时使用。',
  nothingToDo: (file: string) => `${file}：没有需要写入的内容，已原样复制。`,
  /** Nothing written because of what the warnings below say (a protected sheet …). */
  nothingWritten: (file: string) => `${file}：未写入任何内容（原因见下），已原样复制。`,
};

/** Normalises a display language ('zh-CN', 'zh', 'en-US' …) to the two the texts have. */
export function planLang(lang: string | undefined | null): Lang {
  return !lang || /^zh/i.test(lang) ? 'zh-CN' : 'en';
}
