/** The readable Chinese summary the CLI prints by default: one block per table. */
import type { FileReport, TableReport } from '../report/types';

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
  return (
    t.indicators.some((r) => r.short || r.wrong || r.needsInput || r.missingReason) ||
    (t.budget?.wrong ?? false) ||
    (t.total?.wrong ?? false) ||
    (t.grade?.wrong ?? false) ||
    (t.findings?.length ?? 0) > 0
  );
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
  out.push(`▶ ${KIND_LABEL[t.kind]}：${name}　[工作表「${t.sheet}」第 ${t.headerRow} 行起]`);
  if (t.profile) out.push(`  评分方案：${t.profile}`);
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
      `  总分：表中 ${fmt(s.stated)}，各项得分合计 ${fmt(s.sumOfStated)}，按规则应为 ${fmt(s.expected)}` +
        (s.wrong ? '　✗ 合计不符' : ''),
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
  out.push(`  指标 ${t.indicators.length} 项，需关注 ${flagged.length} 项`);
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
