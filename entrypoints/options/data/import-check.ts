import type { CheckedImport, CheckMessage, CheckProgress, ImportJob } from '@/utils/data/check-import';
import type { ExportFile, ImportResult } from '@/utils/data/format';
import type { VaultRecord } from '@/utils/vault/vault-record';

/** Work under way in its worker: its result, and the way to stop it (the result then never comes). */
export interface Running<T> {
  result: Promise<T>;
  cancel: () => void;
}

/** Runs one job in a worker of its own (import.worker.ts); rejects when the worker cannot run it. */
function runInWorker<T>(
  job: ImportJob,
  onMessage: (message: CheckMessage, done: (value: T) => void) => void,
): Running<T> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<T>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CheckMessage>) =>
      onMessage(event.data, (value) => {
        worker.terminate();
        resolve(value);
      });
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The import's worker failed: ${event.message}`));
    };
  });
  worker.postMessage(job);
  return { result, cancel: () => worker.terminate() };
}

/** Checks an import in a worker, so the page never freezes on a big file. */
export function startImportCheck(
  job: Exclude<ImportJob, { kind: 'seal' }>,
  onProgress: (progress: CheckProgress) => void,
): Running<ImportResult<CheckedImport>> {
  return runInWorker(job, (message, done) => {
    if (message.kind === 'progress') onProgress(message.progress);
    if (message.kind === 'result') done(message.result);
  });
}

/** Seals a file's texts to the lock in a worker (thousands of key agreements, off the main thread). */
export function startSealing(file: ExportFile, record: VaultRecord): Running<ExportFile> {
  return runInWorker({ kind: 'seal', file, record }, (message, done) => {
    if (message.kind === 'sealed') done(message.file);
  });
}
