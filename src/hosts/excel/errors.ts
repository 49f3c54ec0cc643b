/**
 * Office errors → clear Chinese (or English) messages for the pane; never a stack trace.
 */
import type { ApplyReport } from '../../plan/edits';
import { messages } from '../../messages';

export type HostErrorKind =
  | 'editMode'
  | 'protected'
  | 'structureProtected'
  | 'payloadTooLarge'
  | 'notFound'
  | 'unsupported'
  | 'busy'
  | 'general'
  | 'unexpected';

/** An error the pane can show as it is: `message` is for the user, `detail` for support. */
export class ExcelHostError extends Error {
  constructor(
    readonly kind: HostErrorKind,
    message: string,
    readonly detail: string,
    /** What was applied before the failure, when the failure happened while writing. */
    readonly report?: ApplyReport,
  ) {
    super(message);
    this.name = 'ExcelHostError';
  }
}

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { code?: string; message?: string; errorLocation?: string };
}

function officeCode(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const o = e as OfficeLikeError;
  return o.code ?? o.debugInfo?.code ?? null;
}

/**
 * Maps anything thrown while talking to Excel to an ExcelHostError. `sheet` names the sheet being
 * written, when known, for the protected-sheet message.
 */
export function toHostError(
  e: unknown,
  context: { sheet?: string; report?: ApplyReport } = {},
): ExcelHostError {
  if (e instanceof ExcelHostError) return e;
  const m = messages().errors;
  const code = officeCode(e);
  const raw = e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e);
  const detail = code ? `${code}: ${raw}` : raw;
  const text = raw.toLowerCase();
  let kind: HostErrorKind;
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      kind = 'editMode';
      break;
    case 'AccessDenied':
      kind = 'protected';
      break;
    case 'RequestPayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
    case 'ResponsePayloadSizeLimitExceeded':
      kind = 'payloadTooLarge';
      break;
    case 'ItemNotFound':
      kind = 'notFound';
      break;
    case 'ApiNotFound':
    case 'UnsupportedOperation':
      kind = 'unsupported';
      break;
    case 'ActivityLimitReached':
    case 'Conflict':
    case 'ServiceNotAvailable':
      kind = 'busy';
      break;
    case 'InvalidOperation':
    case 'InvalidArgument':
    case 'GeneralException':
      kind = text.includes('protect') ? 'protected' : 'general';
      break;
    default:
      kind = code ? 'general' : 'unexpected';
  }
  const message =
    kind === 'protected'
      ? m.protected(context.sheet ?? null)
      : kind === 'general'
        ? m.general(code ?? '')
        : kind === 'unexpected'
          ? m.unexpected(raw)
          : m[kind];
  return new ExcelHostError(kind, message, detail, context.report);
}
