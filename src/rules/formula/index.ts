/**
 * The formula compiler: every rule as a native spreadsheet formula over A1 references, using only
 * IF, AND, OR, NOT, MIN, MAX, ROUND, ABS, ISNUMBER, ISBLANK, IFERROR and SUM (and the TRUE/FALSE
 * constants), which Excel 2010+, WPS and LibreOffice compute alike.
 */
export {
  FormulaError,
  stringLiteral,
  numberLiteral,
  quoteSheetName,
  cellRef,
  parseRef,
  type Operand,
} from './literal';
export {
  completionFormula,
  indicatorScoreFormula,
  completionScoreFormula,
  capFormula,
  statusFormula,
  reasonPresentExpr,
  type QuantitativeOperands,
  type StatusOperands,
} from './indicator';
export { budgetRateFormula, budgetScoreFormula, type BudgetOperands } from './budget';
export { gradeFormula, totalFormula } from './grade';
export {
  procurementFormula,
  fixedAssetsFormula,
  staffControlFormula,
  contractStaffFormula,
  expenseControlFormula,
  quarterlyFormula,
  timelinessFormula,
  satisfactionFormula,
  keyTasksFormula,
  tiersExpr,
} from './rubric';
export {
  linkFormula,
  completionOnlyFormula,
  rangeScoreFormula,
  rangeStatusFormula,
  rubricScoreFormula,
  judgedScoreFormula,
  rubricStatusFormula,
  fixedStatusFormula,
  BLANK_FORMULA,
  knownTotalFormula,
  gradeWithFallbackFormula,
  scoreValidationFormula,
  reasonValidationFormula,
  rubricProgressFormula,
  type LinkTransform,
  type RangeOperands,
} from './sheet';
