import { useRef, useState } from 'react';
import type { ImportMode, ImportOutcome } from '@/utils/data/apply';
import type { CheckedImport, CheckProgress, ImportJob } from '@/utils/data/check-import';
import type { ExportFile, ImportProblem, ImportResult } from '@/utils/data/format';
import { importFile } from '@/utils/data/import-file';
import { previewImport, type ImportPreview } from '@/utils/data/preview';
import type { EncryptedExport } from '@/utils/vault/export-envelope';
import { send } from '@/utils/messaging/protocol';
import { startImportCheck, startSealing } from './import-check';

export type ImportStep =
  | { step: 'choose' }
  /** Reading and checking the file in a worker; `progress` null until it first reports. */
  | { step: 'reading'; progress: CheckProgress | null }
  | { step: 'problem'; problem: ImportProblem }
  | { step: 'passphrase'; envelope: EncryptedExport }
  | { step: 'preview'; file: ExportFile; preview: ImportPreview; importing: boolean; sealing: boolean }
  | { step: 'done'; outcome: ImportOutcome }
  | { step: 'failed' };

/**
 * The import's steps: read and check the file in a worker (an encrypted one asks for its passphrase
 * first), preview it, then bring it in all at once, its texts sealed first while the lock is on.
 * Cancel stops it at any point before the write begins; nothing is written then.
 */
export function useImport() {
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  /** Stops what runs now (the check, or the sealing), if it can still be stopped. */
  const stop = useRef<(() => void) | null>(null);

  const showPreview = async (checked: CheckedImport) => {
    if (checked.encrypted) return setState({ step: 'passphrase', envelope: checked.envelope });
    try {
      const preview = await previewImport(checked.file, checked.markupPlaces);
      setState({ step: 'preview', file: checked.file, preview, importing: false, sealing: false });
    } catch {
      setState({ step: 'failed' });
    }
  };

  const check = async (job: Exclude<ImportJob, { kind: 'seal' }>) => {
    stop.current?.();
    setState({ step: 'reading', progress: null });
    let cancelled = false;
    let running: ReturnType<typeof startImportCheck>;
    try {
      running = startImportCheck(job, (progress) => {
        if (!cancelled) setState({ step: 'reading', progress });
      });
    } catch {
      return setState({ step: 'failed' });
    }
    stop.current = () => {
      cancelled = true;
      running.cancel();
    };
    const result = await running.result.catch(() => null);
    if (cancelled) return;
    stop.current = null;
    if (!result) return setState({ step: 'failed' });
    if (!result.ok) return setState({ step: 'problem', problem: result.problem });
    await showPreview(result.value);
  };

  const bringIn = async (file: ExportFile, preview: ImportPreview, mode: ImportMode) => {
    const importing = { step: 'preview', file, preview, importing: true } as const;
    setState({ ...importing, sealing: false });
    const abort = new AbortController();
    stop.current = () => abort.abort();
    try {
      const outcome = await importFile(file, mode, {
        signal: abort.signal,
        seal: (toSeal, record) => {
          const sealing = startSealing(toSeal, record);
          abort.signal.addEventListener('abort', sealing.cancel);
          // Stopped: the worker is gone, so the sealed file never comes; the import rejects.
          return Promise.race([
            sealing.result,
            new Promise<never>((_, reject) =>
              abort.signal.addEventListener('abort', () => reject(abort.signal.reason as Error)),
            ),
          ]);
        },
        onSealing: () => setState({ ...importing, sealing: true }),
        onWriting: () => {
          stop.current = null;
          setState({ ...importing, sealing: false });
        },
      });
      setState({ step: 'done', outcome });
      await send('settingsChanged', null).catch(() => null);
    } catch {
      // Stopped before the write: back to the preview, nothing written.
      setState(
        abort.signal.aborted ? { ...importing, importing: false, sealing: false } : { step: 'failed' },
      );
    } finally {
      if (stop.current) stop.current = null;
    }
  };

  return {
    state,
    choose: (chosen: File) => check({ kind: 'file', file: chosen }),
    /** The text inside an encrypted file, opened with its passphrase: checked like any file. */
    opened: (text: ImportResult<string>) =>
      void (text.ok
        ? check({ kind: 'text', text: text.value })
        : setState({ step: 'problem', problem: text.problem })),
    bringIn,
    /** Stops the check or the sealing under way; nothing is written. */
    cancel: () => {
      const running = stop.current;
      stop.current = null;
      running?.();
      if (state.step === 'reading') setState({ step: 'choose' });
    },
    fail: () => setState({ step: 'failed' }),
    reset: () => {
      stop.current?.();
      stop.current = null;
      setState({ step: 'choose' });
    },
  };
}
