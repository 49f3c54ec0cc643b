/**
 * `npm run validate [-- path/to/manifest.xml]`: checks the add-in manifest as far as it can
 * offline, and says what it could not check. Exit code 1 when a check fails.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import {
  associatedAtLoad,
  checkStructure,
  findAll,
  parseXml,
  type XmlElement,
} from './manifest-schema';

export { associatedAtLoad };

const ROOT = path.resolve(__dirname, '..');

export interface ValidationResult {
  passed: string[];
  failed: string[];
  notChecked: string[];
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

function tags(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
}

/** A resource string element with its en-US override, if any. */
function strings(
  xml: string,
  kind: 'ShortStrings' | 'LongStrings',
): { id: string; zh: string; en?: string }[] {
  const block = new RegExp(`<bt:${kind}>([\\s\\S]*?)</bt:${kind}>`).exec(xml)?.[1] ?? '';
  const out: { id: string; zh: string; en?: string }[] = [];
  const re = /<bt:String\b([^>]*?)(\/>|>([\s\S]*?)<\/bt:String>)/g;
  for (let m = re.exec(block); m; m = re.exec(block)) {
    const en = m[3]
      ? /<bt:Override\b[^>]*Locale="en-US"[^>]*Value="([^"]*)"/.exec(m[3])?.[1]
      : undefined;
    out.push({ id: attr(m[1], 'id') ?? '', zh: attr(m[1], 'DefaultValue') ?? '', en });
  }
  return out;
}

function pngSize(file: string): { width: number; height: number } | null {
  const buf = readFileSync(file);
  if (buf.length < 24 || buf.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Resource ids (bt:Image, bt:Url, bt:String) may be at most 32 characters long. */
const RESID_MAX = 32;

export interface ValidateOptions {
  /** The source of src/commands/commands.ts (default: the file), for tests. */
  commandsSource?: string;
}

export async function validateManifest(
  file = path.join(ROOT, 'manifest.xml'),
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const passed: string[] = [];
  const failed: string[] = [];
  const check = (ok: boolean, what: string): void => {
    (ok ? passed : failed).push(what);
  };
  const xml = readFileSync(file, 'utf8');
  let tree: XmlElement | null = null;
  try {
    tree = parseXml(xml);
  } catch (e) {
    failed.push(`XML 无法读取：${e instanceof Error ? e.message : String(e)}`);
  }

  // 0. structure and order of elements, as the schema requires
  if (tree) {
    const problems = checkStructure(tree);
    check(problems.length === 0, '元素的位置与顺序符合清单架构（OfficeApp、VersionOverrides）');
    for (const p of problems) failed.push(`  ${p}`);
  }

  // 1. well-formed, and what office-addin-manifest reads from it
  let info: Awaited<ReturnType<typeof OfficeAddinManifest.readManifestFile>> | null = null;
  try {
    info = await OfficeAddinManifest.readManifestFile(file);
    passed.push('XML 格式正确，office-addin-manifest 可以读取');
  } catch (e) {
    failed.push(`无法解析清单：${e instanceof Error ? e.message : String(e)}`);
  }
  if (info) {
    check(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(info.id ?? ''),
      `Id 是 GUID（${info.id}）`,
    );
    check(/^\d+(\.\d+){3}$/.test(info.version ?? ''), `Version 为四段数字（${info.version}）`);
    check(info.defaultLocale === 'zh-CN', `DefaultLocale 为 zh-CN（${info.defaultLocale}）`);
    check(
      info.permissions === 'ReadWriteDocument',
      `Permissions 为 ReadWriteDocument（${info.permissions}）`,
    );
    check((info.hosts ?? []).includes('Workbook'), '宿主为 Excel（Workbook）');
    check(info.officeAppType === 'TaskPaneApp', '类型为 TaskPaneApp');
  }
  const displayName = /<DisplayName DefaultValue="([^"]*)"[\s\S]*?<\/DisplayName>/.exec(xml);
  check(Boolean(displayName && /Locale="en-US"/.test(displayName[0])), 'DisplayName 有 en-US 回退');
  check((displayName?.[1].length ?? 0) <= 125, 'DisplayName 不超过 125 个字符');
  const description = /<Description DefaultValue="([^"]*)"[\s\S]*?<\/Description>/.exec(xml);
  check(Boolean(description && /Locale="en-US"/.test(description[0])), 'Description 有 en-US 回退');
  check((description?.[1].length ?? 0) <= 250, 'Description 不超过 250 个字符');

  // 2. resources: every resid defined, every string localised and within Office's limits
  const defined = new Set(
    [...tags(xml, 'bt:Image'), ...tags(xml, 'bt:Url'), ...tags(xml, 'bt:String')]
      .map((t) => attr(t, 'id'))
      .filter((x): x is string => Boolean(x)),
  );
  const used = new Set((xml.match(/resid="([^"]+)"/g) ?? []).map((m) => m.slice(7, -1)));
  const undefinedIds = [...used].filter((id) => !defined.has(id));
  check(
    undefinedIds.length === 0,
    `每个 resid 都有定义${undefinedIds.length ? `（缺：${undefinedIds.join('、')}）` : ''}`,
  );
  const tooLong = [...defined].filter((id) => id.length > RESID_MAX);
  check(
    tooLong.length === 0,
    `资源 id 不超过 ${RESID_MAX} 个字符${tooLong.length ? `（过长：${tooLong.join('、')}）` : ''}`,
  );
  const unused = [...defined].filter((id) => !used.has(id));
  check(
    unused.length === 0,
    `每个资源都被引用${unused.length ? `（未用：${unused.join('、')}）` : ''}`,
  );
  for (const [kind, max] of [
    ['ShortStrings', 125],
    ['LongStrings', 250],
  ] as const) {
    for (const s of strings(xml, kind)) {
      check(s.zh.length > 0 && s.zh.length <= max, `${s.id}：中文不超过 ${max} 个字符`);
      check(Boolean(s.en) && (s.en ?? '').length <= max, `${s.id}：有 en-US 回退`);
    }
  }

  // 3. URLs: https, one origin, listed in AppDomains
  const urls = [...xml.matchAll(/(DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[2]);
  check(urls.length > 0 && urls.every((u) => u.startsWith('https://')), '所有地址均为 https');
  const origins = new Set(urls.map((u) => new URL(u).origin));
  check(origins.size === 1, `所有地址同源（${[...origins].join('，')}）`);
  const domains = (xml.match(/<AppDomain>([^<]+)<\/AppDomain>/g) ?? []).map((m) =>
    m.replace(/<\/?AppDomain>/g, ''),
  );
  check(
    [...origins].every((o) => domains.includes(o)),
    'AppDomains 包含加载项的源',
  );

  // 4. icons exist in assets/ with the pixel size the manifest declares
  const images = tags(xml, 'bt:Image').filter((t) => attr(t, 'id'));
  const iconUrls: [string, number | null][] = [
    ...images.map((t): [string, number | null] => [
      attr(t, 'DefaultValue') ?? '',
      Number(/(\d+)x\d+/.exec(attr(t, 'id') ?? '')?.[1]) || null,
    ]),
    [/<IconUrl DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? '', 32],
    [/<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? '', 64],
  ];
  const seen = new Set<string>();
  for (const [url, size] of iconUrls) {
    if (seen.has(url)) continue;
    seen.add(url);
    const rel = url.replace(/^https?:\/\/[^/]+\//, '');
    const local = path.join(ROOT, rel);
    const dims = existsSync(local) ? pngSize(local) : null;
    check(Boolean(dims), `图标 ${rel} 存在且为 PNG`);
    if (dims && size)
      check(dims.width === size && dims.height === size, `图标 ${rel} 为 ${size}×${size} 像素`);
  }
  const ribbonSizes = new Set(
    tags(xml, 'bt:Image')
      .map((t) => attr(t, 'size'))
      .filter(Boolean),
  );
  check(
    ['16', '32', '80'].every((s) => ribbonSizes.has(s)),
    '功能区图标有 16、32、80 三种尺寸',
  );

  // 5. ribbon and shared runtime
  check(/<OfficeTab id="TabHome">/.test(xml), '功能区组位于“开始”选项卡');
  check(/xsi:type="ShowTaskpane"/.test(xml), '有打开任务窗格的按钮');
  const functions = (xml.match(/<FunctionName>([^<]+)<\/FunctionName>/g) ?? []).map((m) =>
    m.replace(/<\/?FunctionName>/g, ''),
  );
  check(functions.length > 0, '有 ExecuteFunction 命令');
  const commandsSource =
    options.commandsSource ?? readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8');
  const associated = associatedAtLoad(commandsSource);
  for (const f of functions) {
    check(
      associated.has(f),
      `命令 ${f} 在 src/commands 加载时即用 Office.actions.associate 注册（不在 Office.onReady 中）`,
    );
  }
  const runtime = /<Runtime resid="([^"]+)"/.exec(xml)?.[1];
  const functionFile = /<FunctionFile resid="([^"]+)"/.exec(xml)?.[1];
  const paneSource = /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/.exec(
    xml,
  )?.[1];
  check(
    Boolean(runtime) && runtime === functionFile && runtime === paneSource,
    '共享运行时：Runtime、FunctionFile 与任务窗格使用同一页面',
  );
  check(
    /<Runtime [^>]*lifetime="long"/.test(xml),
    '共享运行时为 long（关闭任务窗格后命令仍可运行）',
  );
  check(
    !/Name="SharedRuntime"/.test(xml.split('<VersionOverrides')[0]),
    '未在基础清单中要求 SharedRuntime（Office 2016/2019 仍可安装）',
  );
  if (tree) {
    const runtimes = findAll(tree, 'Runtime');
    const shared = runtimes.some((r) => r.attrs.lifetime === 'long');
    check(runtimes.length <= 1, '只有一个运行时（共享运行时）');
    const withId = findAll(tree, 'Action').filter((a) =>
      a.children.some((c) => c.name === 'TaskpaneId'),
    );
    check(
      !shared || withId.length === 0,
      `共享运行时下，操作不带 TaskpaneId${withId.length ? `（第 ${withId.map((a) => a.line).join('、')} 行）` : ''}`,
    );
    const hosts = findAll(tree, 'Host').filter((h) => h.attrs['xsi:type']);
    check(
      hosts.every((h) => !shared || h.children.some((c) => c.name === 'Runtimes')),
      '共享运行时在每个宿主的 <Runtimes> 中声明',
    );
  }

  const notChecked = [
    '官方 XSD 架构校验与应用商店规则：需联网使用 Microsoft 的验证服务（npx office-addin-manifest validate manifest.xml），此处离线未检查。',
    '清单中的地址是否可访问、证书是否受信任：需在部署后用浏览器打开 taskpane.html 确认。',
    'Excel 实际加载清单（旁加载）的行为：需在 Excel 桌面版或网页版中按 README 旁加载验证。',
  ];
  return { passed, failed, notChecked };
}

if (require.main === module) {
  // npm run validate [-- manifest.xml] [--commands path/to/commands.ts]
  const args = process.argv.slice(2);
  const at = args.indexOf('--commands');
  const commandsSource = at >= 0 ? readFileSync(path.resolve(args[at + 1]), 'utf8') : undefined;
  const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
  const file = rest[0] ? path.resolve(rest[0]) : undefined;
  validateManifest(file, { commandsSource }).then(
    (r) => {
      for (const p of r.passed) console.log(`✓ ${p}`);
      for (const f of r.failed) console.log(`✗ ${f}`);
      console.log('\n未检查（离线无法检查）：');
      for (const n of r.notChecked) console.log(`- ${n}`);
      console.log(`\n${r.passed.length} 项通过，${r.failed.length} 项失败。`);
      process.exit(r.failed.length > 0 ? 1 : 0);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
