import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { promptFromQuery } from '@/utils/journal/journal-draft';
import { JournalApp } from './JournalApp';

// journal.html?prompt=<id> (from the popup's suggestion) starts an entry with that prompt. The
// query is taken once and dropped from the address, so a reload does not bring the prompt back.
const requestedPrompt = promptFromQuery(location.search);
if (location.search) history.replaceState(history.state, '', location.pathname + location.hash);

mountPage(i18n.t('journal.title'), <JournalApp requestedPrompt={requestedPrompt} />);
