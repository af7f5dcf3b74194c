/**
 * The toolbar button's API moved with Manifest V3: `action` in Chrome, Edge and Firefox MV3,
 * `browserAction` in Firefox MV2. The background takes whichever the browser has.
 */

/** The badge calls Thaw makes on its toolbar button. */
export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
}

/** The part of the browser's extension API where a toolbar button may live. */
export interface ToolbarApis {
  action?: BadgeApi;
  browserAction?: BadgeApi;
}

/** The toolbar button's API on this browser, or null where there is none. */
export function toolbarButton(apis: ToolbarApis): BadgeApi | null {
  return apis.action ?? apis.browserAction ?? null;
}

/** Shows `text` on the toolbar button in `color`; an empty text clears it. Nothing where no button exists. */
export async function setBadge(apis: ToolbarApis, text: string, color: string): Promise<void> {
  const button = toolbarButton(apis);
  if (!button) return;
  await button.setBadgeBackgroundColor({ color });
  await button.setBadgeText({ text });
}
