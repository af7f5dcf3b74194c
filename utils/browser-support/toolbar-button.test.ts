import { describe, expect, it } from 'vitest';
import { setBadge, toolbarButton, type BadgeApi } from './toolbar-button';

/** A toolbar button that records the calls made on it. */
function recordingButton(): BadgeApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    setBadgeText: ({ text }) => void calls.push(`text:${text}`),
    setBadgeBackgroundColor: async ({ color }) => void calls.push(`color:${color}`),
  };
}

describe('toolbarButton', () => {
  it('uses `action` (Chrome, Edge, Firefox MV3)', () => {
    const action = recordingButton();
    expect(toolbarButton({ action })).toBe(action);
  });

  it('falls back to `browserAction` (Firefox MV2)', () => {
    const browserAction = recordingButton();
    expect(toolbarButton({ browserAction })).toBe(browserAction);
  });

  it('prefers `action` when a browser offers both', () => {
    const action = recordingButton();
    expect(toolbarButton({ action, browserAction: recordingButton() })).toBe(action);
  });

  it('finds nothing where a browser has no toolbar button', () => {
    expect(toolbarButton({})).toBeNull();
  });
});

describe('setBadge', () => {
  it('colours the badge, then sets its text, on `browserAction` in Firefox MV2', async () => {
    const browserAction = recordingButton();
    await setBadge({ browserAction }, '•', '#2f6f78');
    expect(browserAction.calls).toEqual(['color:#2f6f78', 'text:•']);
  });

  it('clears the badge with an empty text', async () => {
    const action = recordingButton();
    await setBadge({ action }, '', '#2f6f78');
    expect(action.calls).toEqual(['color:#2f6f78', 'text:']);
  });

  it('does nothing, and does not throw, without a toolbar button', async () => {
    await expect(setBadge({}, '•', '#2f6f78')).resolves.toBeUndefined();
  });
});
