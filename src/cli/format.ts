/**
 * The readable Chinese summary the CLI prints by default: one block per table, and one summary
 * across files at the end. Findings are counted as the pane counts them (src/report/count.ts):
 * each row that needs attention once, plus each table-level problem.
 */
import { listProfiles } from '../core';
import {
  countReports,
  countTable,
  tableHasFindings as hasFindings,
  tableProblems,
  type FindingCount,
} from '../report/count';
import type { FileReport, TableReport } from '../report/types';

const PROFILE_NAMES: Record<string, string> = Object.fromEntries(
  listProfiles('zh-CN').map((p) => [p.id, p.label]),
);

/** The rule set's Chinese name (`jinshui` → 金水（部门整体）). */
export function profileName(id: string): string {
  return PROFILE_NAMES[id] ?? id;
}

const KIND_LABEL: Record<TableReport['kind'], string> = {
  project: '项目支出绩效自评表',
  department: '部门整体绩效自评表',
  rubric: '共性指标评分表',
  'basic-data': '绩效评价基础数据表',
};

function fmt(n: number | null | undefined, digits = 2): string {
  if (n === null || n === undefined) return '—';
  return Number.isInteger(n) ? String(n) : n.toFixed(digits).replace(/\.?0+$/, '');
}

function pct(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return `${fmt(n * 100, 2)}%`;
}

/** Whether a table has anything a reviewer must look at. */
export function tableHasFindings(t: TableReport): boolean {
  return hasFindings(t);
}

export function fileHasFindings(f: FileReport): boolean {
  return f.tables.some(tableHasFindings);
}

export function formatFile(f: FileReport): string {
  const out: string[] = [];
  out.push(`━━ ${f.file}`);
  if (f.error) {
    out.push(`  无法读取：${f.error}`);
    return out.join('\n');
  }
  if (f.tables.length === 0) {
    out.push('  未发现绩效自评表（这个文件里没有可识别的表格）。');
    return out.join('\n');
  }
  for (const t of f.tables) out.push(...formatTable(t));
  return out.join('\n');
}

function formatTable(t: TableReport): string[] {
  const out: string[] = [];
  const name = t.name ?? '（未填名称）';
  out.push('');
  out.push(`▶ ${KIND_LABEL[t.kind]}：${name}　（工作表“${t.sheet}”第 ${t.headerRow} 行起）`);
  if (t.profile) out.push(`  评分规则：${profileName(t.profile)}`);
  if (t.budget) {
    const b = t.budget;
    out.push(
      `  预算执行：执行 ${fmt(b.executed, 4)} / 预算 ${fmt(b.planned, 4)} → 执行率 ${pct(b.rate)}` +
        `（表中 ${pct(b.statedRate)}），得分 ${fmt(b.statedScore)}，应为 ${fmt(b.expectedScore)}` +
        (b.wrong ? '　✗ 有误' : '　✓'),
    );
    for (const m of b.messages ?? []) out.push(`    · ${m}`);
  }
  if (t.total) {
    const s = t.total;
    out.push(
      `  总分：表中 ${s.stated === null ? '未填写' : fmt(s.stated)}，各项填报得分合计 ${fmt(s.sumOfStated)}，按规则应为 ${fmt(s.expected)}` +
        (s.stated === null ? '　✗ 未填写' : s.wrong ? '　✗ 合计不符' : ''),
    );
    for (const m of s.messages ?? []) out.push(`    · ${m}`);
  }
  if (t.grade) {
    out.push(
      `  等级：表中 ${t.grade.stated ?? '—'}，应为 ${t.grade.expected ?? '—'}` +
        (t.grade.wrong ? '　✗ 有误' : ''),
    );
  }
  for (const f of t.findings ?? []) out.push(`  ✗ ${f.message}`);
  const flagged = t.indicators.filter((r) => r.short || r.wrong || r.needsInput || r.missingReason);
  const c = countTable(t);
  out.push(`  ${tableCountLine(t.indicators.length, c)}`);
  for (const r of flagged) {
    const tags = [
      r.wrong ? '得分有误' : null,
      r.short ? '未完成' : null,
      r.missingReason ? '缺少原因' : null,
      r.needsInput ? '待补充' : null,
    ].filter(Boolean);
    out.push(
      `  · 第 ${r.row} 行 ${r.name}［${tags.join('、')}］ 分值 ${fmt(r.weight)}，` +
        `填报 ${fmt(r.statedScore)}，应得 ${fmt(r.expectedScore)}`,
    );
    for (const m of r.messages) out.push(`      ${m}`);
  }
  return out;
}

/** "指标 30 项；需处理 4 项：2 行指标（…）、2 个表格问题" — never "0 项" beside a problem. */
function tableCountLine(indicators: number, c: FindingCount): string {
  if (c.total === 0) return `指标 ${indicators} 项，未发现问题`;
  const parts: string[] = [];
  if (c.rows > 0) parts.push(`${c.rows} 行指标（${tagText(c)}）`);
  if (c.tableProblems > 0) parts.push(`${c.tableProblems} 个表格问题（见上方 ✗）`);
  return `指标 ${indicators} 项；需处理 ${c.total} 项：${parts.join('、')}`;
}

function tagText(c: FindingCount): string {
  return [
    c.byTag.wrong ? `得分有误 ${c.byTag.wrong}` : '',
    c.byTag.needsInput ? `待补充 ${c.byTag.needsInput}` : '',
    c.byTag.short ? `未完成 ${c.byTag.short}` : '',
    c.byTag.missingReason ? `缺少原因 ${c.byTag.missingReason}` : '',
  ]
    .filter(Boolean)
    .join('，');
}

/**
 * One summary across every file: files read (and not), tables, and the findings by kind. A row
 * may carry several tags, so the tag counts can add up to more than the rows.
 */
export function formatSummary(reports: readonly FileReport[]): string {
  const read = reports.filter((r) => !r.error);
  const failed = reports.length - read.length;
  const c = countReports(read);
  const problems = new Map<string, number>();
  for (const f of read) {
    for (const t of f.tables) {
      for (const p of tableProblems(t)) {
        const k =
          p.kind === 'budget'
            ? '预算执行'
            : p.kind === 'totalBlank'
              ? '总分未填写'
              : p.kind === 'total'
                ? '总分与各项合计不符'
                : p.kind === 'grade'
                  ? '等级有误'
                  : /weight/i.test(p.code)
                    ? '分值合计不符'
                    : '其他表格检查';
        problems.set(k, (problems.get(k) ?? 0) + 1);
      }
    }
  }
  const out: string[] = ['', '══ 汇总'];
  out.push(
    `  文件 ${reports.length} 个` +
      (failed > 0 ? `（${failed} 个无法读取）` : '') +
      `，识别到表格 ${c.tables} 张，其中 ${c.tablesWithFindings} 张有需处理的问题`,
  );
  if (c.total === 0) {
    out.push('  未发现需处理的问题');
    return out.join('\n');
  }
  out.push(
    `  需处理 ${c.total} 项 = ${c.rows} 行指标 + ${c.tableProblems} 个表格问题（每行只计一次，无论有几种问题）`,
  );
  if (c.rows > 0) out.push(`  指标行按问题分：${tagText(c)}（一行可有多种问题）`);
  if (problems.size > 0) {
    out.push(`  表格问题按类分：${[...problems].map(([k, n]) => `${k} ${n}`).join('，')}`);
  }
  return out.join('\n');
}
