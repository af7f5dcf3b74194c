import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { RegionSelect } from '@/components/RegionSelect';
import {
  isHelpRegion,
  lineLinks,
  linesFor,
  regionFromLocale,
  type HelpRegion,
} from '@/utils/content/helplines';
import { getSettings } from '@/utils/db/settings';
import './help.css';

/** Help lines for the user's region, the way to emergency help, and what Thaw is not. */
export function HelpApp() {
  const [stored, setStored] = useState<HelpRegion | null>(null);
  const [picked, setPicked] = useState<HelpRegion | null>(null);
  // A region picked here wins over the stored one, even when the database answers after the pick.
  const region = picked ?? stored ?? regionFromLocale(navigator.language);

  useEffect(() => {
    void getSettings().then((s) => {
      if (s.helpRegion && isHelpRegion(s.helpRegion)) setStored(s.helpRegion);
    });
  }, []);

  return (
    <main className="help-page">
      <h1>{i18n.t('help_page.title')}</h1>
      <p className="danger-note" role="note">
        <strong>{i18n.t('help.danger')}</strong>
      </p>
      <RegionSelect
        className="region"
        label={i18n.t('help_page.region')}
        value={region}
        onChange={(r) => r && setPicked(r)}
      />
      <ul className="lines">
        {linesFor(region).map((line) => {
          const links = lineLinks(line);
          return (
            <li key={line.id} className="card line">
              <h2>{i18n.t(`help.lines.${line.id}.name`)}</h2>
              <p>{i18n.t(`help.lines.${line.id}.description`)}</p>
              {line.hours && <p className="muted">{i18n.t(`help.hours.${line.hours}`)}</p>}
              <p className="actions">
                {links.call && (
                  <a href={links.call}>{`${i18n.t('help.actions.call')} ${line.number ?? ''}`}</a>
                )}
                {links.text && (
                  <a href={links.text}>{`${i18n.t('help.actions.text')} ${line.textTo ?? ''}`}</a>
                )}
                {links.web && (
                  <a href={links.web} target="_blank" rel="noopener noreferrer">
                    {i18n.t('help.actions.web')}
                  </a>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      <p>{i18n.t('help.more_lines')}</p>
      <p className="muted">{i18n.t('help.not_medical')}</p>
    </main>
  );
}
