export * from './cell';
export * from './table';
export * as glossary from './glossary';
export type { ColumnRole, ReasonCategory, BudgetRole, BasicDataLineRole } from './glossary';
