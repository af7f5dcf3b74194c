import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useSettings } from '@/components/useSettings';
import { defaultFactorName, factorNamer } from '@/components/factor-names';

const FactorNames = createContext<(id: string) => string>(defaultFactorName);

/** Factor names as the person's list has them, for every check-in card and search on the page. */
export function FactorNamesProvider(props: { children: ReactNode }) {
  const factors = useSettings().settings?.factors;
  // One namer per list: the search runs again when it changes, so it must not change on every render.
  const namer = useMemo(() => (factors ? factorNamer(factors) : defaultFactorName), [factors]);
  return <FactorNames.Provider value={namer}>{props.children}</FactorNames.Provider>;
}

export const useFactorNames = () => useContext(FactorNames);
