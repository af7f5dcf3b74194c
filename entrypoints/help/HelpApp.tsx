import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { DangerNote } from '@/components/help/DangerNote';
import { LineActions, lineHours } from '@/components/help/LineActions';
import { RegionSelect } from '@/components/RegionSelect';
import { helpPlaceFor, migrateHelpRegion } from '@/utils/content/help-place';
import { linesFor, type HelpPlace } from '@/utils/content/helplines';
import { getSettings, updateSettings } from '@/utils/db/settings';
import { AppHeader } from '@/components/header/AppHeader';
import './help.css';

/** Help lines for where the person is (any country they pick, remembered), the way to emergency help, and what Thaw is not. */
export function HelpApp() {
  const [stored, setStored] = useState<HelpPlace | null>(null);
  const [picked, setPicked] = useState<HelpPlace | null>(null);
  const [notKept, setNotKept] = useState(false);
  // A place picked here wins over the stored one, even when the database answers after the pick.
  const place = picked ?? helpPlaceFor(stored, navigator.language);

  useEffect(() => {
    void getSettings().then((s) => setStored(migrateHelpRegion(s.helpRegion)));
  }, []);

  function pick(next: HelpPlace | null) {
    if (!next) return;
    setPicked(next);
    updateSettings({ helpRegion: next }).then(
      () => setNotKept(false),
      () => setNotKept(true),
    );
  }

  return (
    <>
      <AppHeader current="help" />
      <main className="help-page">
        <h1>{i18n.t('help_page.title')}</h1>
        <DangerNote place={place} />
        <RegionSelect className="region" label={i18n.t('help_page.region')} value={place} onChange={pick} />
        {notKept && <p className="muted">{i18n.t('help_page.not_kept')}</p>}
        {place === 'other' && <p>{i18n.t('help_page.pick_country')}</p>}
        <ul className="lines">
          {linesFor(place).map((line) => {
            const hours = lineHours(line);
            return (
              <li key={line.id} className="card line">
                <h2>{i18n.t(`help.lines.${line.id}.name`)}</h2>
                <p>{i18n.t(`help.lines.${line.id}.description`)}</p>
                {hours && <p className="muted">{hours}</p>}
                <LineActions line={line} />
              </li>
            );
          })}
        </ul>
        <p>
          <a href="/about-numbness.html">{i18n.t('numbness.link')}</a>
        </p>
        <p className="muted">{i18n.t('help.not_medical')}</p>
      </main>
    </>
  );
}
