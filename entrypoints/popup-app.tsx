import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { PopupApp } from './popup/PopupApp';

/**
 * The popup's script, built by WXT as one self-contained classic script (an unlisted script) rather
 * than as modules of the pages' build: the popup opens with one script request and no module graph
 * to walk, which is most of what made it slower than a blank page (issue #9). popup/index.html loads it.
 */
export default defineUnlistedScript(() => {
  mountPage(i18n.t('popup.title'), <PopupApp />);
});
