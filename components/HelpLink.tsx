import { i18n } from '#i18n';
import { openExtensionPage } from '@/utils/tabs';

/** "Get help": one click to the help lines from any page. */
export function HelpLink() {
  return (
    <button type="button" className="link help-link" onClick={() => void openExtensionPage('help.html')}>
      {i18n.t('common.get_help')}
    </button>
  );
}
