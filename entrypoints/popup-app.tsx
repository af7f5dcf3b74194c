import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { PopupApp } from './popup/PopupApp';

/**
 * The popup's script, built by WXT as an unlisted script of its own rather than as modules of the
 * pages' build (see build/popup-build.ts): one module holds everything the first render needs, so
 * the popup opens with a single script request; the database code follows in lazy chunks, fetched
 * after the form is drawn. The pages' shared chunks were most of what made it slower than a blank
 * page (issue #9). public/popup.html loads it.
 */
export default defineUnlistedScript(() => {
  mountPage(i18n.t('popup.title'), <PopupApp />);
});
