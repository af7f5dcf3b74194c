import { useEffect, useState } from 'react';
import { onChange } from '@/utils/db/changes';
import { knownTags } from '@/utils/db/search';
import { sameTag } from '@/utils/journal/tags';

/** Every tag used so far, once each whatever its case, sorted for the eye. */
export function useKnownTags(): string[] {
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    const load = () =>
      void knownTags().then((all) =>
        setTags(
          all
            .filter((tag, index) => all.findIndex((t) => sameTag(t, tag)) === index)
            .sort((a, b) => a.localeCompare(b)),
        ),
      );
    load();
    return onChange((change) => change.store === 'entries' && load());
  }, []);
  return tags;
}
