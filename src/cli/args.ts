import { unknownProfileMessage } from '../messages/cli';
import { isProfileId, PROFILE_IDS } from '../rules/profiles';

/** Command-line arguments of `npm run audit`, parsed without throwing. */
export interface AuditArgs {
  json: boolean;
  profile: string | null;
  fix: boolean;
  remove: boolean;
  adopt: boolean;
  out: string | null;
  inputs: string[];
  help: boolean;
}

export type ParseArgsResult = { ok: true; args: AuditArgs } | { ok: false; message: string };

export function parseArgs(argv: string[]): ParseArgsResult {
  const args: AuditArgs = {
    json: false,
    profile: null,
    fix: false,
    remove: false,
    adopt: false,
    out: null,
    inputs: [],
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const valueOf = (): string | null => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i++;
      return next;
    };
    const flag = a.split('=')[0];
    switch (flag) {
      case '--json':
        args.json = true;
        break;
      case '--fix':
        args.fix = true;
        break;
      case '--remove':
        args.remove = true;
        break;
      case '--adopt':
        args.adopt = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--profile': {
        const v = valueOf();
        if (!v) return { ok: false, message: '--profile 需要一个方案名称，例如 --profile jinshui' };
        if (!isProfileId(v)) return { ok: false, message: unknownProfileMessage(v, PROFILE_IDS) };
        args.profile = v;
        break;
      }
      case '--out': {
        const v = valueOf();
        if (!v) return { ok: false, message: '--out 需要一个输出文件夹，例如 --out out/' };
        args.out = v;
        break;
      }
      default:
        if (a.startsWith('--')) return { ok: false, message: `不认识的选项：${a}` };
        args.inputs.push(a);
    }
  }
  if ((args.fix || args.remove || args.adopt) && !args.out) {
    return {
      ok: false,
      message: '--fix、--adopt 与 --remove 需要用 --out 指定输出文件夹（原文件不会被修改）',
    };
  }
  if (!args.help && args.inputs.length === 0) {
    return { ok: false, message: '请指定要检查的 .xlsx 文件或文件夹' };
  }
  return { ok: true, args };
}

export const USAGE = `用法：npm run audit -- [--json] [--profile 方案] [--fix|--adopt|--remove --out 文件夹] <文件.xlsx | 文件夹> ...

  --json            以 JSON 输出检查报告（只输出 JSON）
  --profile 方案    指定评分方案（默认按表格自动选择）：${PROFILE_IDS.join(', ')}
  --fix             写入评分公式、数据验证和突出显示，另存到 --out 文件夹（不修改原文件）
  --adopt           在 --fix 的基础上，把填报得分替换为系统得分（可用 --remove 撤销）
  --remove          撤销本工具写入的全部内容，还原原表
  --out 文件夹      输出文件夹

退出码：0 没有发现问题；1 发现问题；2 有文件无法读取。`;
