/**
 * The `[Api set: ExcelApi …]` tags of @types/office-js, read with the TypeScript compiler:
 * `Type.member` → the set for reading (or calling) and for writing, and per-parameter sets
 * (`Worksheet.getUsedRange(valuesOnly)`). Also the Office.js members a set of source files uses,
 * resolved by the type checker (so aliases, chains and loads through typed objects all count).
 */
import * as path from 'path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');
export const OFFICE_DTS = path.join(ROOT, 'node_modules/@types/office-js/index.d.ts');

/**
 * Sets Microsoft's reference gives where @types/office-js has no tag: RunOptions.delayForCellEdit
 * is ExcelApi 1.11 (learn.microsoft.com, Excel.RunOptions).
 */
export const UNTAGGED: Record<string, string> = { 'RunOptions.delayForCellEdit': '1.11' };

export interface MemberSets {
  get: string;
  set: string;
}

/** Parses a tag body: `ExcelApi 1.1 for reading visibility; 1.2 for setting it.` */
export function parseApiSet(text: string): MemberSets | null {
  const m = /\[Api set: ExcelApi (\d+\.\d+)([^\]]*)\]/.exec(text);
  if (!m) return null;
  const base = m[1];
  const rest = m[2];
  const setting = /(\d+\.\d+) for (?:set|setting)/.exec(rest);
  return { get: base, set: setting ? setting[1] : base };
}

function leadingDoc(node: ts.Node, source: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  return ranges.map((r) => source.text.slice(r.pos, r.end)).join('\n');
}

/** The doc comment before a declaration, with its per-parameter tags. */
export function declarationSets(
  node: ts.Node,
  source: ts.SourceFile,
): { member: MemberSets | null; params: Map<string, string> } {
  const doc = leadingDoc(node, source);
  const [body, ...params] = doc.split(/@param\s+/);
  const paramSets = new Map<string, string>();
  for (const p of params) {
    const name = /^(\w+)/.exec(p)?.[1];
    const set = parseApiSet(p);
    if (name && set) paramSets.set(name, set.get);
  }
  return { member: parseApiSet(body), params: paramSets };
}

let cache: Map<string, { member: MemberSets | null; params: Map<string, string> }> | null = null;

/** Every member of every class in `declare namespace Excel` (not Interfaces), by `Type.member`. */
export function excelApiTags(): Map<
  string,
  { member: MemberSets | null; params: Map<string, string> }
> {
  if (cache) return cache;
  const text = ts.sys.readFile(OFFICE_DTS);
  if (!text) throw new Error(`cannot read ${OFFICE_DTS}`);
  const source = ts.createSourceFile(OFFICE_DTS, text, ts.ScriptTarget.Latest, true);
  const out = new Map<string, { member: MemberSets | null; params: Map<string, string> }>();
  for (const stmt of source.statements) {
    if (!ts.isModuleDeclaration(stmt) || stmt.name.getText(source) !== 'Excel') continue;
    const body = stmt.body;
    if (!body || !ts.isModuleBlock(body)) continue;
    for (const decl of body.statements) {
      if (!(ts.isClassDeclaration(decl) || ts.isInterfaceDeclaration(decl)) || !decl.name) continue;
      const type = decl.name.text;
      for (const m of decl.members) {
        const name = m.name && ts.isIdentifier(m.name) ? m.name.text : null;
        if (!name) continue;
        const key = `${type}.${name}`;
        if (out.has(key)) continue; // overloads: the first declaration carries the tag
        out.set(key, declarationSets(m, source));
      }
    }
  }
  cache = out;
  return out;
}

export interface MemberUse {
  /** `Type.member`, or `Type.method(param)` when an argument with its own set is passed. */
  member: string;
  /** A field of a plain-data interface (a rule, a prompt) passed to a member, not a member. */
  data?: boolean;
  set: string;
  access: 'get' | 'set';
  file: string;
  line: number;
}

/** Office.js (Excel namespace) members used by `files`, with the set each use needs. */
export function excelMembersUsed(files: string[]): MemberUse[] {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: MemberUse[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not in the program: ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) record(node, source);
      if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
        recordOption(node, source);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;

  /** `{ delayForCellEdit: true }` passed where Office.js expects an Excel.RunOptions. */
  function recordOption(node: ts.PropertyAssignment, source: ts.SourceFile): void {
    const type = checker.getContextualType(node.parent);
    const name = node.name.getText(source);
    const decl = type?.getProperty(name)?.declarations?.[0];
    if (!decl || decl.getSourceFile().fileName !== OFFICE_DTS) return;
    const owner = decl.parent;
    if (!ts.isInterfaceDeclaration(owner) && !ts.isClassDeclaration(owner)) return;
    const ns = owner.parent?.parent;
    if (!owner.name || !ns || !ts.isModuleDeclaration(ns) || ns.name.getText() !== 'Excel') return;
    const sets = declarationSets(decl, decl.getSourceFile());
    const member = `${owner.name.text}.${name}`;
    uses.push({
      member,
      set: UNTAGGED[member] ?? sets.member?.set ?? '1.1',
      access: 'set',
      data: ts.isInterfaceDeclaration(owner) && !(member in UNTAGGED),
      file: path.relative(ROOT, source.fileName),
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    });
  }

  function record(node: ts.PropertyAccessExpression, source: ts.SourceFile): void {
    const symbol = checker.getSymbolAtLocation(node.name);
    const decl = symbol?.declarations?.[0];
    if (!decl || decl.getSourceFile().fileName !== OFFICE_DTS) return;
    const owner = decl.parent;
    if (!(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) || !owner.name) {
      return;
    }
    const ns = owner.parent?.parent;
    if (!ns || !ts.isModuleDeclaration(ns) || ns.name.getText() !== 'Excel') return;
    const sets = declarationSets(decl, decl.getSourceFile());
    const parent = node.parent;
    const written =
      ts.isBinaryExpression(parent) &&
      parent.left === node &&
      parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const base = {
      file: path.relative(ROOT, source.fileName),
      line,
      access: written ? ('set' as const) : ('get' as const),
    };
    const member = `${owner.name.text}.${node.name.text}`;
    uses.push({
      ...base,
      member,
      set: sets.member ? (written ? sets.member.set : sets.member.get) : '1.1',
      data: ts.isInterfaceDeclaration(owner),
    });
    // arguments that need a later set than the method (getUsedRange(true): 1.2)
    if (ts.isCallExpression(parent) && parent.expression === node && ts.isMethodDeclaration(decl)) {
      decl.parameters.forEach((p, i) => {
        const name = ts.isIdentifier(p.name) ? p.name.text : '';
        const set = sets.params.get(name);
        if (set && i < parent.arguments.length) {
          uses.push({ ...base, member: `${member}(${name})`, set });
        }
      });
    }
  }
}
