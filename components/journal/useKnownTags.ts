import { useEffect, useState } from 'react';
import { onChange } from '@/utils/db/changes';
import { knownTags } from '@/utils/db/search';
import { distinctTags } from '@/utils/journal/tags';

/**
 * Every tag used so far, once each whatever its case, sorted for the eye. Only suggestions and a
 * filter need them, so they are read once `wanted` (the tag box or the filters were opened), never
 * while the page first loads.
 */
export function useKnownTags(wanted: boolean): string[] {
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const load = () => void knownTags().then((all) => live && setTags(distinctTags(all)));
    load();
    const stop = onChange((change) => change.store === 'entries' && load());
    return () => {
      live = false;
      stop();
    };
  }, [wanted]);
  return tags;
}
