import { useEffect, useState } from 'react';
import { onChange } from '@/utils/db/changes';
import { getSettings, updateSettings } from '@/utils/db/settings';
import { send } from '@/utils/messaging/protocol';
import type { Settings } from '@/utils/settings/settings';
import { validateSetting } from '@/utils/settings/validate';

export type SaveSetting = <K extends keyof Settings>(key: K, value: Settings[K]) => Promise<boolean>;

/** The settings, live; `save` validates one value, stores it and has the background re-plan at once. */
export function useSettings(): { settings: Settings | null; save: SaveSetting; failed: boolean } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const load = () => void getSettings().then(setSettings);
    load();
    return onChange((change) => {
      if (change.store === 'settings') load();
    });
  }, []);

  const save: SaveSetting = async (key, value) => {
    if (validateSetting(key, value)) return false;
    // Show the choice at once; the stored result replaces it a moment later.
    setSettings((current) => current && { ...current, [key]: value });
    try {
      setSettings(await updateSettings({ [key]: value }));
      setFailed(false);
      await send('settingsChanged', null).catch(() => null);
      return true;
    } catch {
      setFailed(true);
      return false;
    }
  };

  return { settings, save, failed };
}
