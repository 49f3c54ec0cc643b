/** The areas of a `sqref` (validations, conditional formats) and how two lists of them meet. */
import { parseArea } from './formula';

/** The cells of a `sqref` (space-separated areas) as areas. */
export function sqrefAreas(sqref: string) {
  return sqref
    .replace(/\$/g, '')
    .split(/\s+/)
    .filter((s) => s !== '')
    .map((s) => parseArea(s))
    .filter((a): a is NonNullable<typeof a> => a !== null);
}

export function areasIntersect(
  a: ReturnType<typeof sqrefAreas>,
  b: ReturnType<typeof sqrefAreas>,
): boolean {
  return a.some((x) =>
    b.some((y) => x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom),
  );
}

export function areasInside(
  inner: ReturnType<typeof sqrefAreas>,
  outer: ReturnType<typeof sqrefAreas>,
): boolean {
  return inner.every((x) =>
    outer.some(
      (y) => x.left >= y.left && x.right <= y.right && x.top >= y.top && x.bottom <= y.bottom,
    ),
  );
}
