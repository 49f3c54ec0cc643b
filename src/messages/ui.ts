/**
 * Every word the task pane, the ribbon commands and the Excel host show: Simplified Chinese first,
 * English for an Office whose display language is not Chinese. One shape, checked by the compiler;
 * the sections live by area (actions and status, results, the reason wizard, errors).
 */
import { actionsEn, actionsZh, progressEn, progressZh, statusEn, statusZh } from './ui-actions';
import { a11yEn, a11yZh, capabilityEn, capabilityZh, errorsEn, errorsZh } from './ui-errors';
import { findingsEn, findingsZh, summaryEn, summaryZh } from './ui-results';
import { wizardEn, wizardZh } from './ui-wizard';

export const zhCN = {
  lang: 'zh-CN',
  appTitle: '绩效自评助手',
  appSubtitle: '识别并检查绩效自评表',
  loading: '正在加载…',
  actions: actionsZh,
  progress: progressZh,
  status: statusZh,
  capability: capabilityZh,
  summary: summaryZh,
  findings: findingsZh,
  wizard: wizardZh,
  errors: errorsZh,
  a11y: a11yZh,
};

export type UiMessages = typeof zhCN;

export const enUS: UiMessages = {
  lang: 'en-US',
  appTitle: 'Self-evaluation assistant',
  appSubtitle: 'Recognize and check performance self-evaluation forms',
  loading: 'Loading…',
  actions: actionsEn,
  progress: progressEn,
  status: statusEn,
  capability: capabilityEn,
  summary: summaryEn,
  findings: findingsEn,
  wizard: wizardEn,
  errors: errorsEn,
  a11y: a11yEn,
};
