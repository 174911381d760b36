import { InterceptedFs, realFs, type StorageFs, type StorageOp } from './storage-fs';

/**
 * A StorageFs that logs every operation that succeeded, in the order it completed, so a test can
 * replay a save and ask what a power cut at each step would have left on disk.
 */
export class RecordingFs extends InterceptedFs {
  readonly log: StorageOp[] = [];

  constructor(inner: StorageFs = realFs) {
    super(inner, async (op, perform) => {
      const result = await perform();
      this.log.push(op);
      return result;
    });
  }
}
