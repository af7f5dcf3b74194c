import { i18n } from '#i18n';
import { isPromptId, nextPrompt, PROMPT_BY_ID } from '@/utils/content/prompts';
import { promptText } from './format';

/** The optional prompt above the editor: shown with "another" and "without", or offered. */
export function PromptLine(props: { promptId?: string; onChange: (promptId: string | undefined) => void }) {
  const text = props.promptId ? promptText(props.promptId) : null;
  const another = () => props.onChange(nextPrompt(props.promptId, Math.random));
  // Prompts about numbness link to the page that explains it.
  const aboutNumbness =
    props.promptId !== undefined &&
    isPromptId(props.promptId) &&
    PROMPT_BY_ID[props.promptId].theme === 'numbness';

  if (!text) {
    return (
      <p className="prompt-line">
        <button type="button" className="link" onClick={another}>
          {i18n.t('journal.write.prompt_add')}
        </button>
      </p>
    );
  }
  return (
    <div className="prompt-line">
      <p className="prompt" aria-live="polite">
        <span className="muted">{i18n.t('journal.write.prompt_intro')}</span> <strong>{text}</strong>
      </p>
      <p className="prompt-actions">
        <button type="button" className="link" onClick={another}>
          {i18n.t('journal.write.prompt_another')}
        </button>
        <button type="button" className="link" onClick={() => props.onChange(undefined)}>
          {i18n.t('journal.write.prompt_remove')}
        </button>
        {aboutNumbness && (
          <a href="/about-numbness.html" target="_blank" rel="noopener">
            {i18n.t('numbness.link')}
          </a>
        )}
      </p>
    </div>
  );
}
