import type { BidiTap } from './bidi-tap';

interface ChromeContext {
  context: string;
  url: string;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/** A message in Firefox's console service (script errors and warnings, from startup on). */
export interface ConsoleEntry {
  level: 'error' | 'warning' | 'info';
  source: string;
  message: string;
}

/** The alert window Firefox draws for a notification (with `alerts.useSystemBackend` off). */
const ALERT_WINDOW = 'chrome://global/content/alerts/alert.xhtml';
const BROWSER_WINDOW = 'chrome://browser/content/browser.xhtml';

/**
 * Firefox's own windows (the browser window, a notification's alert window), reached over WebDriver BiDi
 * with `--remote-allow-system-access`: what a person does there (moves the mouse, clicks a notification)
 * and what the browser console shows cannot be done or seen from a web page.
 */
export class BrowserWindow {
  readonly #tap: BidiTap;

  constructor(tap: BidiTap) {
    this.#tap = tap;
  }

  async #contexts(): Promise<ChromeContext[]> {
    const tree = (await this.#tap.command('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
      contexts: ChromeContext[];
    };
    return tree.contexts;
  }

  /** Evaluates `expression` (its value made JSON) in the first window at `url`; null when there is none. */
  async #evaluate<T>(url: string, expression: string): Promise<T | null> {
    const target = (await this.#contexts()).find((c) => c.url === url);
    if (!target) return null;
    const reply = (await this.#tap.command('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: target.context },
      awaitPromise: true,
    })) as EvaluateResult;
    if (reply.type === 'exception')
      throw new Error(`In ${url}: ${reply.exceptionDetails?.text ?? 'an error'}`);
    const value = reply.result?.value;
    return typeof value === 'string' ? (JSON.parse(value) as T) : null;
  }

  /**
   * Counts as input from the person at the keyboard. Headless Firefox has no real input, so it reports
   * "idle" 60 s after launch (keys and clicks sent by the driver do not count), and a reminder would
   * then rightly wait for the person to come back.
   */
  async resetIdleClock(): Promise<void> {
    await this.#evaluate(
      BROWSER_WINDOW,
      `Cc['@mozilla.org/widget/useridleservice;1'].getService(Ci.nsIUserIdleServiceInternal).resetIdleTimeOut(0)`,
    );
  }

  /** The title and text of the notification on screen, or null. */
  shownNotification(): Promise<{ title: string; text: string; buttons: number } | null> {
    return this.#evaluate(
      ALERT_WINDOW,
      `({
        title: document.getElementById('alertTitleLabel')?.getAttribute('value') ?? '',
        text: document.getElementById('alertTextLabel')?.textContent ?? '',
        // Firefox's own settings menu (#alertSettings) is the only button an alert has without actions.
        buttons: document.querySelectorAll('#alertBox button:not(#alertSettings)').length,
      })`,
    );
  }

  /** Clicks the notification on screen, as a person would. */
  async clickNotification(): Promise<void> {
    const clicked = await this.#evaluate<boolean>(
      ALERT_WINDOW,
      `(() => {
        const box = document.getElementById('alertTextLabel') ?? document.getElementById('alertBox');
        if (!box) return false;
        box.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window, button: 0 }));
        return true;
      })()`,
    );
    if (!clicked) throw new Error('There is no notification on screen to click.');
  }

  /** Where the add-on's toolbar button is (e.g. "nav-bar"), or null when it is only in the Extensions panel. */
  toolbarButtonArea(widgetId: string): Promise<string | null> {
    return this.#evaluate(
      BROWSER_WINDOW,
      `CustomizableUI.getPlacementOfWidget(${JSON.stringify(widgetId)})?.area ?? null`,
    );
  }

  /** Every script error and warning the browser console holds (kept since startup, closed pages' too). */
  async consoleEntries(): Promise<ConsoleEntry[]> {
    const entries = await this.#evaluate<ConsoleEntry[]>(
      BROWSER_WINDOW,
      `Services.console.getMessageArray().map((m) => {
        if (!(m instanceof Ci.nsIScriptError)) return { level: 'info', source: '', message: m.message };
        const level = m.flags & Ci.nsIScriptError.warningFlag ? 'warning'
          : m.flags & Ci.nsIScriptError.infoFlag ? 'info' : 'error';
        return { level, source: m.sourceName, message: m.errorMessage };
      })`,
    );
    return entries ?? [];
  }
}
