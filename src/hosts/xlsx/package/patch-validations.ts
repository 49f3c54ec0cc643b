/**
 * The patcher's data validations: ours written into a worksheet's `dataValidations` (replacing
 * ours on the same cells), removed again, and every validation of a sheet read for admission.
 * Ours are told apart by their titles; a validation someone else wrote is never touched.
 */
import { OUR_VALIDATION_TITLES } from '../../../messages/validation-titles';
import type { SimpleEdit, ValidationRule } from '../../../plan/edits';
import { areasInside, areasIntersect, sqrefAreas } from './areas';
import { withoutEquals } from './formula';
import type { WorksheetDoc } from './worksheet';
import {
  children,
  decodeXml,
  escapeAttr,
  escapeText,
  nextTag,
  prefixed,
  rawAttrIn,
  rootTag,
  setAttr,
  type Tag,
} from './xml';

type DataValidationEdit = Extract<SimpleEdit, { kind: 'dataValidation' }>;

/** Every data validation of a sheet (also x14 ones), with its cells and prompt title. */
export function validationsOf(
  doc: WorksheetDoc,
): { areas: ReturnType<typeof sqrefAreas>; title: string }[] {
  const out: { areas: ReturnType<typeof sqrefAreas>; title: string }[] = [];
  for (const dvs of doc.top('dataValidations')) {
    const root = rootTag(dvs.text) as Tag;
    for (const dv of children(dvs.text, root)) {
      const open = dvs.text.slice(dv.tag.start, dv.tag.end);
      out.push({
        areas: sqrefAreas(decodeXml(rawAttrIn(open, 'sqref') ?? '')),
        title: decodeXml(rawAttrIn(open, 'promptTitle') ?? ''),
      });
    }
  }
  for (const ext of doc.top('extLst')) {
    const re = /<(\w+:)?dataValidation\b([^>]*)>[\s\S]*?<(\w+:)?sqref>([^<]*)<\/(\w+:)?sqref>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ext.text))) {
      out.push({
        areas: sqrefAreas(m[4]),
        title: decodeXml(rawAttrIn(m[2], 'promptTitle') ?? ''),
      });
    }
  }
  return out;
}

function isOurValidation(text: string): boolean {
  const open = text.slice(0, (nextTag(text, 0) as Tag).end);
  const pt = rawAttrIn(open, 'promptTitle');
  const et = rawAttrIn(open, 'errorTitle');
  return (
    (pt !== null && OUR_VALIDATION_TITLES.has(decodeXml(pt))) ||
    (et !== null && OUR_VALIDATION_TITLES.has(decodeXml(et)))
  );
}

function validationXml(edit: DataValidationEdit): string {
  const rule: ValidationRule = edit.rule;
  const a: string[] = [`type="${rule.type}"`];
  if (rule.type === 'decimal') a.push('operator="between"');
  if (edit.ignoreBlanks) a.push('allowBlank="1"');
  if (edit.prompt) a.push('showInputMessage="1"');
  if (edit.error) {
    a.push('showErrorMessage="1"');
    if (edit.error.style !== 'stop') a.push(`errorStyle="${edit.error.style}"`);
    a.push(
      `errorTitle="${escapeAttr(edit.error.title)}"`,
      `error="${escapeAttr(edit.error.message)}"`,
    );
  }
  if (edit.prompt) {
    a.push(
      `promptTitle="${escapeAttr(edit.prompt.title)}"`,
      `prompt="${escapeAttr(edit.prompt.message)}"`,
    );
  }
  a.push(`sqref="${edit.range.replace(/\$/g, '')}"`);
  let formulas: string;
  if (rule.type === 'list') {
    formulas = `<formula1>${escapeText(`"${rule.values.join(',')}"`)}</formula1>`;
  } else if (rule.type === 'decimal') {
    const b = (x: number | string) =>
      escapeText(typeof x === 'number' ? String(x) : withoutEquals(x));
    formulas = `<formula1>${b(rule.min)}</formula1><formula2>${b(rule.max)}</formula2>`;
  } else {
    formulas = `<formula1>${escapeText(withoutEquals(rule.formula))}</formula1>`;
  }
  return `<dataValidation ${a.join(' ')}>${formulas}</dataValidation>`;
}

/** Rewrites the children of a counted list element (dataValidations), dropping it when empty. */
function rewriteList(
  doc: WorksheetDoc,
  el: { tag: Tag; end: number; text: string },
  fn: (items: string[]) => string[],
): void {
  const root = rootTag(el.text) as Tag;
  const items = children(el.text, root).map((c) => el.text.slice(c.tag.start, c.end));
  const next = fn(items);
  if (next.length === items.length && next.every((x, i) => x === items[i])) return;
  if (next.length === 0) {
    doc.replaceRange(el.tag.start, el.end, '');
    return;
  }
  let open = el.text.slice(0, root.end);
  if (root.selfClosing) open = open.slice(0, -2) + '>';
  open = setAttr(open, 'count', String(next.length));
  const added = next.map((x) => (items.includes(x) ? x : prefixed(x, doc.prefix)));
  doc.replaceRange(el.tag.start, el.end, `${open}${added.join('')}</${root.qname}>`);
}

/** Whether every area starts as one of `target` does, on its columns, reaching further down. */
function grownDown(
  areas: ReturnType<typeof sqrefAreas>,
  target: ReturnType<typeof sqrefAreas>,
): boolean {
  return areas.every((x) =>
    target.some(
      (y) => x.left === y.left && x.right === y.right && x.top === y.top && x.bottom >= y.bottom,
    ),
  );
}

export function addValidation(doc: WorksheetDoc, edit: DataValidationEdit): void {
  // Ours on the same cells is replaced (a second --fix writes the same validation once).
  removeValidation(doc, edit.range, true);
  const xml = validationXml(edit);
  const have = doc.top('dataValidations')[0];
  if (have) rewriteList(doc, have, (items) => [...items, xml]);
  else doc.insertTopLevel('dataValidations', `<dataValidations count="1">${xml}</dataValidations>`);
}

/**
 * Removes ours inside `range` (with `exact`, ours meeting it at all), and ours that start where it
 * starts and reach further down (an engine gives rows inserted right below a validated cell its
 * validation).
 */
export function removeValidation(doc: WorksheetDoc, range: string, exact = false): void {
  const target = sqrefAreas(range);
  const have = doc.top('dataValidations')[0];
  if (!have) return;
  rewriteList(doc, have, (items) =>
    items.filter((x) => {
      if (!isOurValidation(x)) return true;
      const areas = sqrefAreas(decodeXml(rawAttrIn(x, 'sqref') ?? ''));
      if (exact) return !areasIntersect(areas, target);
      return !areasInside(areas, target) && !grownDown(areas, target);
    }),
  );
}
