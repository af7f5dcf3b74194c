import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { reminderNotification } from '../reminders/notification';
import { reminderWording } from './reminder-wording';
import { browserTraits } from './traits';

/** One locale's texts by dotted key, as the build reads them. */
function texts(locale: string): Map<string, string> {
  const source = readFileSync(new URL(`../../locales/${locale}.yml`, import.meta.url), 'utf8');
  return new Map(
    parseMessagesText(source, 'YAML').flatMap((m) =>
      m.type === 'plural' ? [] : [[m.key.join('.'), m.message]],
    ),
  );
}

const chrome = browserTraits('chrome');
const firefox = browserTraits('firefox');

describe('browserTraits', () => {
  it('gives Chrome and Edge notification buttons, and Firefox none', () => {
    expect(chrome.notificationButtons).toBe(true);
    expect(browserTraits('edge').notificationButtons).toBe(true);
    expect(firefox.notificationButtons).toBe(false);
  });

  it('decides what the reminder carries: buttons only where they can be shown', () => {
    const text = { title: 'A short break?', message: 'Try Box breathing.', start: 'Start', snooze: 'Later' };
    const options = { iconUrl: 'icon/128.png' };
    expect(
      reminderNotification(text, { ...options, supportsButtons: chrome.notificationButtons }),
    ).toHaveProperty('buttons');
    expect(
      reminderNotification(text, { ...options, supportsButtons: firefox.notificationButtons }),
    ).not.toHaveProperty('buttons');
  });
});

/** Per language: how "click" is said, the buttons Firefox lacks, and the break page's own way out. */
const LANGUAGES = [
  { locale: 'en', click: /click/i, buttons: /\b(start|snooze)\b/i, breakPage: /put it off or skip it/ },
  { locale: 'es', click: /clic/i, buttons: /empezar|posponer/i, breakPage: /dejarla para luego o saltarla/ },
];

describe.each(LANGUAGES)('reminder wording in $locale', ({ locale, click, buttons, breakPage }) => {
  const messages = texts(locale);
  const say = (key: string) => messages.get(key) ?? '';

  it('has a text for every key the wording can choose', () => {
    for (const traits of [chrome, firefox])
      for (const key of Object.values(reminderWording(traits))) expect(messages.has(key), key).toBe(true);
  });

  it('keeps describing Chrome and Edge notifications by their buttons', () => {
    expect(reminderWording(chrome)).toEqual({
      notificationStyle: 'options.styles.notification',
      message: 'reminder.message',
    });
    expect(say('options.styles.notification')).toMatch(buttons);
  });

  it('tells Firefox users to click the notification, promises no buttons, and points to the break page', () => {
    const wording = reminderWording(firefox);
    const style = say(wording.notificationStyle);
    const message = say(wording.message);
    expect(style).toMatch(click);
    expect(style).not.toMatch(buttons);
    expect(style).toMatch(breakPage);
    // The message is Chrome's with only the hint added, so the two stay in step.
    expect(message.startsWith(say('reminder.message'))).toBe(true);
    expect(message.slice(say('reminder.message').length)).toMatch(click);
  });
});
