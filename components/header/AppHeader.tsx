import { i18n } from '#i18n';
import type { MouseEvent, ReactNode } from 'react';
import { HelpLink } from '@/components/HelpLink';
import { LogoMark } from './LogoMark';
import './app-header.css';

/** The pages the header leads to; `journal` and `insights` are two views of journal.html. */
export type HeaderPlace = 'journal' | 'insights' | 'settings' | 'help';

const LINKS: readonly { place: Exclude<HeaderPlace, 'help'>; href: string; label: () => string }[] = [
  { place: 'journal', href: '/journal.html', label: () => i18n.t('nav.journal') },
  { place: 'insights', href: '/journal.html#insights', label: () => i18n.t('nav.insights') },
  { place: 'settings', href: '/options.html', label: () => i18n.t('nav.settings') },
];

/**
 * The header of every full page: the mark and name, then Journal · Insights · Settings · Get help,
 * always in this place. Get help opens (or brings forward) its own tab, so whatever the page holds
 * stays. `onInPage` lets the journal switch its two views without reloading. `children` are the
 * page's own actions (e.g. "Lock now"), drawn before Get help.
 */
export function AppHeader(props: {
  current?: HeaderPlace;
  onInPage?: (place: 'journal' | 'insights') => void;
  /** Only the mark and Get help: for a page that must not be navigated away from (a running break). */
  minimal?: boolean;
  children?: ReactNode;
}) {
  const { current, onInPage } = props;
  const follow = (place: HeaderPlace) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!onInPage || (place !== 'journal' && place !== 'insights')) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onInPage(place);
  };
  return (
    <header className="app-header">
      <div className="app-header-inner">
        {/* The mark is not a link: Journal, beside it, already leads there (no link twice). */}
        <span className="brand">
          <LogoMark />
          <span className="wordmark">Thaw</span>
        </span>
        <nav aria-label={i18n.t('nav.label')} className="app-nav">
          {!props.minimal &&
            LINKS.map((link) => (
              <a
                key={link.place}
                href={link.href}
                aria-current={current === link.place ? 'page' : undefined}
                onClick={follow(link.place)}
              >
                {link.label()}
              </a>
            ))}
          {props.children}
          {current === 'help' ? (
            <span className="app-nav-here" aria-current="page">
              {i18n.t('common.get_help')}
            </span>
          ) : (
            <HelpLink />
          )}
        </nav>
      </div>
    </header>
  );
}
