import { checkImport, type CheckMessage, type ImportJob } from '@/utils/data/check-import';
import { sealFile } from '@/utils/data/import-file';

/**
 * Reads, parses and validates an import, and seals its texts while the lock is on, off the page's
 * main thread: for the largest file allowed each takes many seconds, and the page stays responsive
 * (progress moves, Cancel works) meanwhile.
 */
const scope = self as unknown as { postMessage(message: CheckMessage): void };

self.onmessage = (event: MessageEvent<ImportJob>) => {
  const post = (message: CheckMessage) => scope.postMessage(message);
  const job = event.data;
  if (job.kind === 'seal') {
    // A failure reaches the page as the worker's error event.
    void sealFile(job.file, job.record).then((file) => post({ kind: 'sealed', file }));
    return;
  }
  void checkImport(job, (progress) => post({ kind: 'progress', progress })).then(
    (result) => post({ kind: 'result', result }),
    () => post({ kind: 'result', result: { ok: false, problem: { kind: 'unreadable' } } }),
  );
};
