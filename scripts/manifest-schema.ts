/**
 * The structure of an Office task-pane add-in manifest (add-in only manifest, VersionOverrides 1.0)
 * as far as this add-in uses it: for each element, the child elements it may have, in the order
 * the XSD requires (Microsoft's "How to find the proper order of manifest elements" page and the
 * [MS-OWEMXML] schema), with how often each may occur. A small XML reader that keeps the order of
 * elements goes with it. Used by scripts/validate-manifest.ts.
 */
import ts from 'typescript';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

/** Reads well-formed XML into elements (comments, declarations and CDATA are skipped). */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '', line: 0 };
  const stack: XmlElement[] = [root];
  const lineAt = (i: number): number => xml.slice(0, i).split('\n').length;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    stack[stack.length - 1].text += xml.slice(i, lt);
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end < 0) throw new Error(`unclosed comment at line ${lineAt(lt)}`);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt);
      i = end + 1;
      continue;
    }
    // a tag: find its end outside quoted attribute values
    let j = lt + 1;
    let quote = '';
    while (j < xml.length) {
      const ch = xml[j];
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
      j++;
    }
    const body = xml.slice(lt + 1, j);
    i = j + 1;
    if (body.startsWith('/')) {
      const name = body.slice(1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) {
        throw new Error(`</${name}> at line ${lineAt(lt)} closes <${open?.name ?? '?'}>`);
      }
      continue;
    }
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const name = /^[^\s/>]+/.exec(inner)?.[0] ?? '';
    const attrs: Record<string, string> = {};
    for (const m of inner.slice(name.length).matchAll(/([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      attrs[m[1]] = m[3] ?? m[4] ?? '';
    }
    const el: XmlElement = { name, attrs, children: [], text: '', line: lineAt(lt) };
    stack[stack.length - 1].children.push(el);
    if (!selfClosing) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
  return root;
}

/** [child, min, max] in the required order. */
type Seq = [string, number, number][];
const ANY = Infinity;
const OVERRIDES: Seq = [['Override', 0, ANY]];
const BT_OVERRIDES: Seq = [['bt:Override', 0, ANY]];

/**
 * Child sequences by element. Keys are element names; `VersionOverrides/…` keys apply inside
 * VersionOverrides, where Hosts, Host and Requirements differ from the base manifest, and
 * `Action:<xsi:type>` keys apply to actions of that type.
 */
export const SCHEMA: Record<string, Seq> = {
  '#document': [['OfficeApp', 1, 1]],
  OfficeApp: [
    ['Id', 1, 1],
    ['AlternateId', 0, 1],
    ['Version', 1, 1],
    ['ProviderName', 1, 1],
    ['DefaultLocale', 1, 1],
    ['DisplayName', 1, 1],
    ['Description', 1, 1],
    ['IconUrl', 0, 1],
    ['HighResolutionIconUrl', 0, 1],
    ['SupportUrl', 0, 1],
    ['AppDomains', 0, 1],
    ['Hosts', 0, 1],
    ['Requirements', 0, 1],
    ['DefaultSettings', 1, 1],
    ['Permissions', 1, 1],
    ['VersionOverrides', 0, 1],
  ],
  DisplayName: OVERRIDES,
  Description: OVERRIDES,
  IconUrl: OVERRIDES,
  HighResolutionIconUrl: OVERRIDES,
  SupportUrl: OVERRIDES,
  AppDomains: [['AppDomain', 0, ANY]],
  Hosts: [['Host', 1, ANY]],
  Requirements: [
    ['Sets', 0, 1],
    ['Methods', 0, 1],
  ],
  Sets: [['Set', 1, ANY]],
  DefaultSettings: [
    ['SourceLocation', 1, 1],
    ['RequestedWidth', 0, 1],
    ['RequestedHeight', 0, 1],
  ],
  SourceLocation: OVERRIDES,
  VersionOverrides: [
    ['Description', 0, 1],
    ['Requirements', 0, 1],
    ['Hosts', 1, 1],
    ['Resources', 0, 1],
    ['WebApplicationInfo', 0, 1],
    ['EquivalentAddins', 0, 1],
  ],
  'VersionOverrides/Requirements': [['bt:Sets', 0, 1]],
  'VersionOverrides/Hosts': [['Host', 1, ANY]],
  'VersionOverrides/Host': [
    ['Runtimes', 0, 1],
    ['AllFormFactors', 0, 1],
    ['DesktopFormFactor', 0, 1],
    ['MobileFormFactor', 0, 1],
  ],
  Runtimes: [['Runtime', 1, ANY]],
  Runtime: OVERRIDES,
  DesktopFormFactor: [
    ['GetStarted', 0, 1],
    ['FunctionFile', 0, 1],
    ['ExtensionPoint', 1, ANY],
  ],
  GetStarted: [
    ['Title', 1, 1],
    ['Description', 1, 1],
    ['LearnMoreUrl', 0, 1],
  ],
  ExtensionPoint: [
    ['OfficeTab', 0, ANY],
    ['CustomTab', 0, ANY],
  ],
  OfficeTab: [['Group', 1, ANY]],
  Group: [
    ['Label', 1, 1],
    ['Icon', 0, 1],
    ['Control', 1, ANY],
  ],
  Icon: [['bt:Image', 1, ANY]],
  Control: [
    ['Label', 1, 1],
    ['Supertip', 1, 1],
    ['Icon', 1, 1],
    ['Action', 1, 1],
    ['Enabled', 0, 1],
  ],
  Supertip: [
    ['Title', 1, 1],
    ['Description', 1, 1],
  ],
  'Action:ShowTaskpane': [
    ['TaskpaneId', 0, 1],
    ['SourceLocation', 1, 1],
    ['Title', 0, 1],
    ['SupportsPinning', 0, 1],
  ],
  'Action:ExecuteFunction': [['FunctionName', 1, 1]],
  Resources: [
    ['bt:Images', 0, 1],
    ['bt:Urls', 0, 1],
    ['bt:ShortStrings', 0, 1],
    ['bt:LongStrings', 0, 1],
  ],
  'bt:Images': [['bt:Image', 1, ANY]],
  'bt:Urls': [['bt:Url', 1, ANY]],
  'bt:ShortStrings': [['bt:String', 1, ANY]],
  'bt:LongStrings': [['bt:String', 1, ANY]],
  'bt:Image': BT_OVERRIDES,
  'bt:Url': BT_OVERRIDES,
  'bt:String': BT_OVERRIDES,
};

/** Elements inside VersionOverrides whose content differs from the base manifest's. */
const IN_OVERRIDES = new Set(['Hosts', 'Host', 'Requirements']);

/** Checks every element's children against SCHEMA; returns the problems, in document order. */
export function checkStructure(root: XmlElement): string[] {
  const problems: string[] = [];
  const walk = (el: XmlElement, inOverrides: boolean): void => {
    const key =
      el.name === 'Action'
        ? `Action:${el.attrs['xsi:type'] ?? ''}`
        : inOverrides && IN_OVERRIDES.has(el.name)
          ? `VersionOverrides/${el.name}`
          : el.name;
    const seq = SCHEMA[key];
    const where = `<${el.name}>（第 ${el.line} 行）`;
    if (!seq) {
      if (el.children.length > 0) {
        problems.push(`${where} 不应含子元素 <${el.children[0].name}>`);
      }
    } else {
      let pos = 0;
      const counts = new Map<string, number>();
      for (const child of el.children) {
        const at = seq.findIndex(([n]) => n === child.name);
        if (at < 0) {
          problems.push(`${where} 不能含 <${child.name}>（第 ${child.line} 行）`);
          continue;
        }
        if (at < pos) {
          problems.push(
            `${where} 中 <${child.name}>（第 ${child.line} 行）应在 <${seq[pos][0]}> 之前`,
          );
        }
        pos = Math.max(pos, at);
        counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
      }
      for (const [name, min, max] of seq) {
        const n = counts.get(name) ?? 0;
        if (n < min) problems.push(`${where} 缺少 <${name}>`);
        if (n > max) problems.push(`${where} 中 <${name}> 出现 ${n} 次，最多 ${max} 次`);
      }
    }
    for (const c of el.children) walk(c, inOverrides || el.name === 'VersionOverrides');
  };
  walk(root, false);
  return problems;
}

/** Every element named `name` under `el`, depth first. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}

/**
 * The ribbon functions that src/commands associates when the module loads: calls of
 * `Office.actions.associate(name, …)` made at the top level of the module, directly or through a
 * function of the module called at the top level (not from a function called later, such as
 * Office.onReady's callback). Names given as `COMMANDS.x` are looked up in the module.
 */
export function associatedAtLoad(source: string): Set<string> {
  const sf = ts.createSourceFile('commands.ts', source, ts.ScriptTarget.Latest, true);
  const constants = new Map<string, string>();
  const functions = new Map<string, ts.Node>();
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && st.body) functions.set(st.name.text, st.body);
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        let init = d.initializer;
        if (init && ts.isAsExpression(init)) init = init.expression;
        if (ts.isIdentifier(d.name) && init && ts.isObjectLiteralExpression(init)) {
          for (const p of init.properties) {
            if (ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer)) {
              constants.set(`${d.name.text}.${p.name.getText(sf)}`, p.initializer.text);
            }
          }
        }
      }
    }
  }
  const nameOf = (arg: ts.Expression | undefined): string | null => {
    if (!arg) return null;
    if (ts.isStringLiteral(arg)) return arg.text;
    return constants.get(arg.getText(sf)) ?? null;
  };
  const found = new Set<string>();
  const seen = new Set<string>();
  // calls reached from the top level without entering a nested function
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(sf).replace(/\s+/g, '');
      if (callee === 'Office.actions.associate') {
        const name = nameOf(node.arguments[0]);
        if (name) found.add(name);
      } else if (ts.isIdentifier(node.expression) && functions.has(callee) && !seen.has(callee)) {
        seen.add(callee);
        ts.forEachChild(functions.get(callee)!, visit);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const st of sf.statements) {
    if (!ts.isFunctionDeclaration(st)) visit(st);
  }
  return found;
}
