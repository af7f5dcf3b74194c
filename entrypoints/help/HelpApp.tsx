import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import {
  HELP_REGIONS,
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
  const [region, setRegion] = useState<HelpRegion>(() => regionFromLocale(navigator.language));

  useEffect(() => {
    void getSettings().then((s) => {
      if (s.helpRegion && isHelpRegion(s.helpRegion)) setRegion(s.helpRegion);
    });
  }, []);

  return (
    <main className="help-page">
      <h1>{i18n.t('help_page.title')}</h1>
      <p className="danger-note" role="note">
        <strong>{i18n.t('help.danger')}</strong>
      </p>
      <label className="region">
        <span>{i18n.t('help_page.region')}</span>
        <select value={region} onChange={(e) => isHelpRegion(e.target.value) && setRegion(e.target.value)}>
          {HELP_REGIONS.map((r) => (
            <option key={r} value={r}>
              {i18n.t(`help.regions.${r}`)}
            </option>
          ))}
        </select>
      </label>
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
