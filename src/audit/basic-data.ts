/**
 * The basic-data table (基础数据表): staff control rate = actual ÷ establishment, and the sums of
 * its spending lines (三公经费 = 公务用车 + 出国 + 公务接待; 公务用车 = 购置 + 运行维护; parts never
 * above their whole).
 */
import type { BasicData, FormTable } from '../model/table';
import type { TableReport } from '../report/types';
import { D, type Decimal } from '../rules';
import { sameRate } from './budget';
import { at, auditMessage, numberOf, show, showRate, type AuditContext } from './context';

type Finding = NonNullable<TableReport['findings']>[number];
type Line = BasicData['lines'][number];
type Role = Line['role'];

/** Which lines add up to which: whole ← parts. */
const SUMS: readonly (readonly [Role, readonly Role[]])[] = [
  ['threePublic', ['vehicle', 'abroad', 'reception']],
  ['vehicle', ['vehiclePurchase', 'vehicleOperation']],
];
/** Parts that must not exceed their whole. */
const WITHIN: readonly (readonly [Role, Role])[] = [
  ['publicExpense', 'basic'],
  ['office', 'publicExpense'],
];

const TOLERANCE = new D('0.005');

export function auditBasicData(table: FormTable, ctx: AuditContext): Finding[] {
  const data = table.basicData;
  if (!data) return [];
  const findings: Finding[] = [];
  if (data.staff) {
    const est = numberOf(data.staff.establishment);
    const actual = numberOf(data.staff.actual);
    const stated = numberOf(data.staff.rate);
    if (est && actual && stated && !est.isZero()) {
      const expected = actual.div(est);
      if (!sameRate(stated, expected)) {
        const cell = data.staff.rate?.address ?? null;
        findings.push({
          code: 'staffRateWrong',
          cell,
          message: at(
            cell,
            auditMessage(ctx, 'staffRateWrong', {
              stated: showRate(stated),
              actual: show(actual),
              establishment: show(est),
              expected: showRate(expected),
            }),
          ),
        });
      }
    }
  }
  const first = (role: Role): Line | undefined => data.lines.find((l) => l.role === role);
  data.periods.forEach((period, p) => {
    const value = (l: Line | undefined): Decimal | null => (l ? numberOf(l.cells[p]) : null);
    for (const [whole, partRoles] of SUMS) {
      const w = first(whole);
      const wv = value(w);
      if (!w || wv === null) continue;
      const parts = partRoles.map((r) => first(r)).filter((l): l is Line => l !== undefined);
      if (parts.length < 2) continue;
      const vals = parts.map((l) => value(l) ?? new D(0));
      const total = vals.reduce((a, b) => a.plus(b), new D(0));
      if (total.minus(wv).abs().greaterThan(TOLERANCE)) {
        const cell = w.cells[p]?.address ?? null;
        findings.push({
          code: 'partsSumWrong',
          cell,
          message: at(
            cell,
            auditMessage(ctx, 'partsSumWrong', {
              label: w.label,
              period: period.label,
              stated: show(wv),
              sum: show(total),
              parts: parts.map((l, i) => `${l.label} ${show(vals[i])}`).join(' + '),
            }),
          ),
        });
      }
    }
    for (const [partRole, wholeRole] of WITHIN) {
      const part = first(partRole);
      const whole = first(wholeRole);
      const pv = value(part);
      const wv = value(whole);
      if (part && whole && pv !== null && wv !== null && pv.greaterThan(wv.plus(TOLERANCE))) {
        const cell = part.cells[p]?.address ?? null;
        findings.push({
          code: 'partExceedsWhole',
          cell,
          message: at(
            cell,
            auditMessage(ctx, 'partExceedsWhole', {
              part: part.label,
              whole: whole.label,
              period: period.label,
              value: show(pv),
              total: show(wv),
            }),
          ),
        });
      }
    }
  });
  return findings;
}
