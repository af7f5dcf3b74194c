import { useState } from 'react';
import type { ImportMode, ImportOutcome } from '@/utils/data/apply';
import type { ExportFile, ImportProblem, ImportResult } from '@/utils/data/format';
import { importFile } from '@/utils/data/import-file';
import { readImportFile } from '@/utils/data/parse';
import { previewImport, type ImportPreview } from '@/utils/data/preview';
import type { EncryptedExport } from '@/utils/vault/export-envelope';
import { send } from '@/utils/messaging/protocol';

export type ImportStep =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'problem'; problem: ImportProblem }
  | { step: 'passphrase'; envelope: EncryptedExport }
  | { step: 'preview'; file: ExportFile; preview: ImportPreview; importing: boolean; sealing: boolean }
  | { step: 'done'; outcome: ImportOutcome }
  | { step: 'failed' };

/**
 * The import's steps: read the file (an encrypted one asks for its passphrase first), preview it,
 * then bring it in all at once, its texts sealed first while the lock is on.
 */
export function useImport() {
  const [state, setState] = useState<ImportStep>({ step: 'choose' });

  const showPreview = async (result: ImportResult<ExportFile>) => {
    if (!result.ok) return setState({ step: 'problem', problem: result.problem });
    try {
      const preview = await previewImport(result.value);
      setState({ step: 'preview', file: result.value, preview, importing: false, sealing: false });
    } catch {
      setState({ step: 'failed' });
    }
  };

  const choose = async (chosen: File) => {
    setState({ step: 'reading' });
    const result = await readImportFile(chosen);
    if (!result.ok) return setState({ step: 'problem', problem: result.problem });
    if (result.value.encrypted) return setState({ step: 'passphrase', envelope: result.value.envelope });
    await showPreview({ ok: true, value: result.value.file });
  };

  const bringIn = async (file: ExportFile, preview: ImportPreview, mode: ImportMode) => {
    const importing = { step: 'preview', file, preview, importing: true } as const;
    setState({ ...importing, sealing: false });
    try {
      const outcome = await importFile(file, mode, {
        onSealing: () => setState({ ...importing, sealing: true }),
      });
      setState({ step: 'done', outcome });
      await send('settingsChanged', null).catch(() => null);
    } catch {
      setState({ step: 'failed' });
    }
  };

  return {
    state,
    choose,
    opened: (result: ImportResult<ExportFile>) => void showPreview(result),
    bringIn,
    fail: () => setState({ step: 'failed' }),
    reset: () => setState({ step: 'choose' }),
  };
}
