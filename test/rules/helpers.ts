import type { Decimal } from '../../src/rules';

/** A Decimal (or null) as a plain string for assertions. */
export function s(x: Decimal | null | undefined): string | null {
  return x === null || x === undefined ? null : x.toString();
}
