/**
 * The recognized model: what the recognize stage finds on a sheet and every later stage (audit,
 * plan, faces) consumes. Plain serialisable data, validated by zod.
 *
 * Conventions:
 * - Rows and columns are 1-based sheet coordinates; addresses are A1 without the sheet.
 * - Cells are `CellRef`s holding the raw value (nothing is parsed here: `30次以上` stays text,
 *   `"15"` stays a string). A `null` CellRef means the form has no such cell (no column for it);
 *   a CellRef whose value is null means the cell exists but is empty.
 * - Labels (`level1`, `level2`, `name`, budget and total labels) are cleaned text: surrounding
 *   whitespace, line breaks and full-width spaces removed, spaces between Chinese characters
 *   dropped, so `履职\n效能` is `履职效能`.
 */
import { z } from 'zod';
import { CellRefSchema, ColumnNumberSchema, RangeSchema } from './cell';
import { BASIC_DATA_LINE_ROLES, REASON_CATEGORIES } from './glossary';

export const TableKindSchema = z.enum(['project', 'department', 'rubric', 'basic-data']);
/**
 * - `project`: the national 项目支出绩效自评表 (budget block, indicators, 总分).
 * - `department`: a department-wide form (部门整体支出绩效自评表: Fushun, Jinshui, Hengyang 附件3).
 * - `rubric`: a self-score table built on a rubric, with weights per level and scoring criteria
 *   (Longhua 部门整体支出绩效自评表 on the 共性指标体系框架).
 * - `basic-data`: the basic-data table (部门整体支出绩效评价基础数据表, Hengyang 附件2).
 */
export type TableKind = z.infer<typeof TableKindSchema>;

export const ReasonCategorySchema = z.enum(REASON_CATEGORIES);

/** Where each role's column is (1-based), or null when the form lacks it. */
export const ColumnsSchema = z.object({
  /** 一级指标 (label). */
  level1: ColumnNumberSchema,
  /** 一级指标 分值 in a rubric (weights per level); null on forms that write `(40分)` in the label. */
  level1Weight: ColumnNumberSchema,
  /** 二级指标 (label). */
  level2: ColumnNumberSchema,
  /** 二级指标 分值 in a rubric. */
  level2Weight: ColumnNumberSchema,
  /** 三级指标: the indicator's name. */
  name: ColumnNumberSchema,
  /** 年度指标值 / 指标值 / 年度目标值, or 内容 under 年度指标值. */
  target: ColumnNumberSchema,
  /** 运算符号 (Fushun), often left empty. */
  operator: ColumnNumberSchema,
  /** 度量单位. */
  unit: ColumnNumberSchema,
  /** 实际完成值 / 全年完成值 / 全年实际完成值. */
  actual: ColumnNumberSchema,
  /** 完成程度. */
  completion: ColumnNumberSchema,
  /** 分值: the indicator's weight (in a rubric, the 三级指标 分值). */
  weight: ColumnNumberSchema,
  /** 得分 / 自评得分: the stated score. */
  score: ColumnNumberSchema,
  /** Tick sub-columns under 未完成原因, left to right. */
  reasonTicks: z.array(z.object({ category: ReasonCategorySchema, col: z.number().int() })),
  /** 原因说明 / 偏差原因分析及改进措施 / 未完成原因分析. */
  reasonText: ColumnNumberSchema,
  /** 改进措施. */
  improvement: ColumnNumberSchema,
  /** 评分依据（数据）: the figures a rubric criterion is computed from. */
  data: ColumnNumberSchema,
  /** 参考评分标准. */
  criteria: ColumnNumberSchema,
});
export type Columns = z.infer<typeof ColumnsSchema>;

/** One indicator (三级指标) row. */
export const IndicatorSchema = z.object({
  /** 1-based sheet row. */
  row: z.number().int().positive(),
  /** 一级指标 label without its weight (`产出指标(40分)` → `产出指标`); carried down merged/blank cells. */
  level1: z.string().nullable(),
  /** The 一级指标 weight: from `(40分)` in the label, or the rubric's 一级 分值 column. */
  level1Weight: z.number().nullable(),
  /** 二级指标 label (weight stripped as for level1); carried down. */
  level2: z.string().nullable(),
  /** The 二级指标 weight: from the label or the rubric's 二级 分值 column. */
  level2Weight: z.number().nullable(),
  /** 三级指标 name, cleaned; empty string when the row has values but no name. */
  name: z.string(),
  /** The name cell (null when the form has no name column). */
  nameCell: CellRefSchema.nullable(),
  target: CellRefSchema.nullable(),
  operator: CellRefSchema.nullable(),
  unit: CellRefSchema.nullable(),
  actual: CellRefSchema.nullable(),
  completion: CellRefSchema.nullable(),
  weight: CellRefSchema.nullable(),
  score: CellRefSchema.nullable(),
  /** One entry per tick sub-column, in column order; `cell.value` is the mark (or null). */
  reasonTicks: z.array(z.object({ category: ReasonCategorySchema, cell: CellRefSchema })),
  reasonText: CellRefSchema.nullable(),
  improvement: CellRefSchema.nullable(),
  data: CellRefSchema.nullable(),
  /** 参考评分标准 text (rubric), cleaned of surrounding whitespace; null when absent. */
  criteria: z.string().nullable(),
  /**
   * The weight written inside the 三级指标 label (`相关性(5分)`) on a score sheet without a 分值
   * column; the name is then stored without it. Absent or null otherwise.
   */
  weightInLabel: z.number().nullable().optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * The budget line (年度资金总额 / 部门预算总额 / 年度部门预算支出小计 / 资金总额 …) of the budget
 * block above the indicators. Any cell may be null when the block lacks that column.
 */
export const BudgetLineSchema = z.object({
  row: z.number().int().positive(),
  /** The line's label, cleaned (`年度资金总额`, `资金总额：2677.71` when the amount is in the label). */
  label: z.string(),
  /** 年初预算数. May be the label cell itself when the amount is written in it (`资金总额：2677.71`). */
  initial: CellRefSchema.nullable(),
  /** 全年预算数 / 调整预算数. */
  adjusted: CellRefSchema.nullable(),
  /** 全年执行数 / 预算执行数 / 执行数. */
  executed: CellRefSchema.nullable(),
  /** 执行率 / 预算执行率 / 资金执行率 as stated. */
  rate: CellRefSchema.nullable(),
  /** The budget line's 分值 (usually 10). */
  weight: CellRefSchema.nullable(),
  /** The budget line's stated 得分. */
  score: CellRefSchema.nullable(),
});
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

/** A stated total (总分 / 合计 / 总评价得分 / 自评得分). */
export const TotalSchema = z.object({
  row: z.number().int().positive(),
  /** The label as written, cleaned. */
  label: z.string(),
  /** The stated total score; its value is null when the form leaves it blank. */
  stated: CellRefSchema,
  /** The sum of weights written on the total row under 分值, when there is one. */
  weightSum: CellRefSchema.nullable(),
});
export type Total = z.infer<typeof TotalSchema>;

/** A stated grade (自评结果 / 评价等级: 优 / 良 / 中 / 差, 优秀 / 良好 / 一般 / 较差). */
export const GradeSchema = z.object({
  label: z.string(),
  stated: CellRefSchema,
});
export type Grade = z.infer<typeof GradeSchema>;

export const BasicDataLineRoleSchema = z.enum(BASIC_DATA_LINE_ROLES);

/** The basic-data table (基础数据表): staff numbers and spending per period. */
export const BasicDataSchema = z.object({
  /** 财政供养人员情况: 编制数, 实际在职人数, 控制率 (null cells when a column is missing). */
  staff: z
    .object({
      row: z.number().int().positive(),
      establishment: CellRefSchema.nullable(),
      actual: CellRefSchema.nullable(),
      rate: CellRefSchema.nullable(),
    })
    .nullable(),
  /** The period columns of 经费控制情况 (`2021年决算数`, `2022年预算数`, `2022年决算数`). */
  periods: z.array(
    z.object({
      col: z.number().int().positive(),
      label: z.string(),
      /** The year in the label, if any. */
      year: z.number().int().nullable(),
      /** 预算数 → budget, 决算数/执行数 → final. */
      kind: z.enum(['budget', 'final', 'other']),
    }),
  ),
  /** Spending lines, top to bottom; `cells` is parallel to `periods`. */
  lines: z.array(
    z.object({
      row: z.number().int().positive(),
      label: z.string(),
      /**
       * What the line is (三公经费 → threePublic, 公务用车购置和维护经费 → vehicle, 出国经费 → abroad,
       * 公务接待 → reception, 部门基本支出 → basic, 公用经费 → publicExpense, a project under 项目支出
       * → project, …), so the audit can check sums such as 三公 = 车 + 出国 + 接待.
       */
      role: BasicDataLineRoleSchema,
      /** True for `其中：…` lines (a part of the line above). */
      partOf: z.boolean(),
      cells: z.array(CellRefSchema),
    }),
  ),
});
export type BasicData = z.infer<typeof BasicDataSchema>;

export const NoteCodeSchema = z.enum([
  /** Level labels were filled from blank cells below a label (no merge information for them). */
  'labels-carried-down',
  /** Template placeholder rows (`指标2` alone, `……`) were skipped. */
  'placeholder-rows-skipped',
  /** Columns of the table are hidden; they were read all the same. */
  'hidden-columns',
  /** Rows of the table are hidden; they were read all the same. */
  'hidden-rows',
  /** A score column without a header was taken to be 得分 (numbers right of 分值). */
  'score-column-inferred',
  /** Two columns matched the same header; the leftmost one is used. */
  'duplicate-column',
  /** The budget amount is written inside the label cell (`资金总额：2677.71`). */
  'budget-amount-in-label',
  /** The rows between the header and the total hold no indicator. */
  'no-indicators',
  /** A 未完成原因 column without tick sub-columns was taken as the reason text column. */
  'reason-group-as-text',
  /** The indicator name column holds template numbering (指标1 …); names were taken from 内容. */
  'name-from-content',
  /** A level label mentions more than one weight (`产出指标(50分)效益指标(30分)`); weight left null. */
  'ambiguous-level-weight',
  /** The table has no total row. */
  'no-total',
  /**
   * The budget sits in its own weighted block (`预算执行情况(10分)`, Sichuan) and the indicators
   * under `绩效指标(90分)`: the region weighs first-level blocks per project.
   */
  'separate-budget-block',
  /** The budget total line holds zeros; its amounts were read from the one part line with figures. */
  'budget-from-part',
  /** Two forms stand side by side on the sheet; each was read within its own columns. */
  'side-by-side',
]);
export type NoteCode = z.infer<typeof NoteCodeSchema>;

/** A recognition remark: not an error in the form, but something the user may want to know. */
export const NoteSchema = z.object({
  code: NoteCodeSchema,
  /** English detail for logs; the faces turn `code` into Chinese. */
  detail: z.string(),
  /** 1-based rows concerned, when it helps. */
  rows: z.array(z.number().int().positive()).optional(),
});
export type RecognitionNote = z.infer<typeof NoteSchema>;

/** One recognized table (a form) on a sheet. */
export const FormTableSchema = z.object({
  /** Stable id: `<sheet>!R<headerRow>` (unique per workbook; the same sheet gives the same ids). */
  id: z.string(),
  sheet: z.string(),
  kind: TableKindSchema,
  /** The form's caption (`项目支出绩效自评表`), if one was found above it. */
  title: z.string().nullable(),
  /** Project or department name (from 项目名称 / 项目支出名称 / 部门（单位）名称 / 部门名称). */
  name: z.string().nullable(),
  /** The cell holding the name (or the label cell, when written as `部门名称：xxx`). */
  nameCell: CellRefSchema.nullable(),
  /** First header row (1-based). For basic-data, the 财政供养人员情况 / 经费控制情况 header row. */
  headerRow: z.number().int().positive(),
  /** Number of header rows (1–3: `未完成原因` over tick columns, 名称/分值 under each level). */
  headerRows: z.number().int().positive(),
  /** The indicator table: header, indicators and total row; columns from first to last role column. */
  range: RangeSchema,
  /** The whole form: from its caption / budget block down to its total or trailer. */
  block: RangeSchema,
  columns: ColumnsSchema,
  budget: BudgetLineSchema.nullable(),
  indicators: z.array(IndicatorSchema),
  total: TotalSchema.nullable(),
  grade: GradeSchema.nullable(),
  /** Only for kind `basic-data`. */
  basicData: BasicDataSchema.nullable(),
  notes: z.array(NoteSchema),
});
export type FormTable = z.infer<typeof FormTableSchema>;

export const RecognizedSheetSchema = z.object({
  name: z.string(),
  tables: z.array(FormTableSchema),
  /** Why the sheet yields no table (no indicator header found …); null when it has tables. */
  notForm: z.string().nullable(),
  /** Header-like blocks that were not taken as forms, with the reason (e.g. a rubric framework without 自评得分). */
  skipped: z.array(z.object({ row: z.number().int().positive(), reason: z.string() })),
});
export type RecognizedSheet = z.infer<typeof RecognizedSheetSchema>;

export const RecognizedWorkbookSchema = z.object({
  sheets: z.array(RecognizedSheetSchema),
});
export type RecognizedWorkbook = z.infer<typeof RecognizedWorkbookSchema>;
