import { describe, expect, it } from 'vitest';
import { REMINDER_BUTTON, quietNotification, reminderNotification } from './notification';

const text = {
  title: 'Time for a pause',
  message: 'Box breathing, about 2 min',
  start: 'Start',
  snooze: 'Later',
};

describe('reminderNotification', () => {
  it('offers Start and Snooze buttons where the browser has buttons', () => {
    const n = reminderNotification(text, { iconUrl: 'icon.png', supportsButtons: true });
    expect(n.buttons?.[REMINDER_BUTTON.start]?.title).toBe('Start');
    expect(n.buttons?.[REMINDER_BUTTON.snooze]?.title).toBe('Later');
    expect(n.requireInteraction).toBe(true);
  });

  it('leaves buttons out for Firefox, where a click opens the break page', () => {
    const n = reminderNotification(text, { iconUrl: 'icon.png', supportsButtons: false });
    expect(n).not.toHaveProperty('buttons');
    expect(n).not.toHaveProperty('requireInteraction');
    expect(n.message).toBe('Box breathing, about 2 min');
  });
});

describe('quietNotification', () => {
  it('has no buttons, low priority and does not stay on screen', () => {
    expect(quietNotification({ title: 'Check in?', message: 'How are you?' }, 'icon.png')).toEqual({
      type: 'basic',
      iconUrl: 'icon.png',
      title: 'Check in?',
      message: 'How are you?',
      priority: 0,
    });
  });
});
