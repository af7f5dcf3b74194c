import { i18n } from '#i18n';
import { lineLinks, type HelpLine } from '@/utils/content/helplines';

/** The ways to reach one help line: call (and its second number), text, chat, website. */
export function LineActions(props: { line: HelpLine; className?: string }) {
  const { line } = props;
  const links = lineLinks(line);
  const external = { target: '_blank', rel: 'noopener noreferrer' } as const;
  return (
    <p className={props.className ?? 'actions'}>
      {links.call && <a href={links.call}>{`${i18n.t('help.actions.call')} ${line.number ?? ''}`}</a>}
      {links.alsoCall && (
        <a href={links.alsoCall}>{`${i18n.t('help.actions.call')} ${line.alsoNumber ?? ''}`}</a>
      )}
      {links.text && <a href={links.text}>{`${i18n.t('help.actions.text')} ${line.textTo ?? ''}`}</a>}
      {links.chat && (
        <a href={links.chat} {...external}>
          {i18n.t('help.actions.chat')}
        </a>
      )}
      {links.web && (
        <a href={links.web} {...external}>
          {i18n.t('help.actions.web')}
        </a>
      )}
    </p>
  );
}

/** When a line answers, in words; nothing when we could not confirm its hours. */
export function lineHours(line: HelpLine): string | null {
  if (!line.hours) return null;
  return line.hours.kind === 'always'
    ? i18n.t('help.hours.always')
    : i18n.t('help_page.hours_daily', [line.hours.from, line.hours.to]);
}
