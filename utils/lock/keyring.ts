import { UnreadableTextError } from '../vault/errors';
import type { ProtectedText } from '../vault/protected-text';
import { revealText } from '../vault/text';
import type { OpenVault } from '../vault/vault';
import type { Reveal } from './records';

/**
 * Reveals text with whichever of the given open vaults protected it: during a passphrase change a
 * text may be under the old vault or (written meanwhile by the popup) already under the new one.
 */
export function revealWithAny(vaults: readonly OpenVault[]): Reveal {
  return (text: ProtectedText, place) => {
    const vault = vaults.find((candidate) => candidate.record.id === text.vault);
    if (!vault) return Promise.reject(new UnreadableTextError('No open vault holds this text.'));
    return revealText(vault, text, place);
  };
}
