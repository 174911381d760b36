import { InterceptedFs, realFs, type StorageFs, type StorageOp, type StorageOpKind } from './storage-fs';

export type FaultCode = 'ENOSPC' | 'EIO' | 'EACCES' | 'EROFS' | 'EPERM' | 'ENOENT';

/** Fail the `nth` operation of `kind` (counting only those `match` accepts), once or from then on. */
export interface FaultRule {
  kind: StorageOpKind;
  nth: number;
  code: FaultCode;
  permanent?: boolean;
  match?: (op: StorageOp) => boolean;
}

const MESSAGES: Record<FaultCode, string> = {
  ENOSPC: 'no space left on device',
  EIO: 'i/o error',
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
};

function faultError(code: FaultCode, op: StorageOp): NodeJS.ErrnoException {
  const target = 'path' in op ? op.path : `${op.from}' -> '${op.to}`;
  // Shaped like Node's own errors, so the code under test cannot tell an injected fault from a real one.
  return Object.assign(new Error(`${code}: ${MESSAGES[code]}, ${op.kind} '${target}' (injected)`), {
    code,
    syscall: op.kind,
  });
}

/** Rules that make a folder behave as chmod 0500 does for a normal user: reads work, every change fails. */
export function readOnlyRules(code: FaultCode = 'EACCES'): FaultRule[] {
  const writeOpen = (op: StorageOp) => op.kind === 'open' && op.flags !== 'r';
  return [
    { kind: 'open', nth: 1, code, permanent: true, match: writeOpen },
    { kind: 'rename', nth: 1, code, permanent: true },
    { kind: 'unlink', nth: 1, code, permanent: true },
    { kind: 'mkdir', nth: 1, code, permanent: true },
  ];
}

/** A StorageFs that fails chosen operations with ENOSPC, EIO, EACCES…, and counts what it injected. */
export class FaultyFs extends InterceptedFs {
  readonly injected: { op: StorageOp; code: FaultCode }[] = [];
  readonly #seen = new Map<FaultRule, number>();

  constructor(rules: FaultRule[], inner: StorageFs = realFs) {
    super(inner, async (op, perform) => {
      const rule = this.#firing(rules, op);
      if (!rule) return perform();
      this.injected.push({ op, code: rule.code });
      // close(2) releases the descriptor even when it reports an error; doing the same keeps tests from leaking fds.
      if (op.kind === 'close') await perform().catch(() => undefined);
      throw faultError(rule.code, op);
    });
  }

  #firing(rules: FaultRule[], op: StorageOp): FaultRule | undefined {
    let firing: FaultRule | undefined;
    for (const rule of rules) {
      if (rule.kind !== op.kind || (rule.match && !rule.match(op))) continue;
      const n = (this.#seen.get(rule) ?? 0) + 1;
      this.#seen.set(rule, n);
      if (n === rule.nth || (rule.permanent && n > rule.nth)) firing ??= rule;
    }
    return firing;
  }
}
