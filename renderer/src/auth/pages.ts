// The pages the signed-in role may open, in sidebar order (their positions give Alt+1…Alt+9).
import { useMemo } from 'react';
import type { CallName } from '../../../common/contract';
import { PAGES, type PageDef } from '../pages/registry';
import { useAuth } from './context';

export function visiblePages(can: (name: CallName) => boolean): PageDef[] {
  return PAGES.filter((p) => !p.requires || can(p.requires));
}

export function useVisiblePages(): PageDef[] {
  const { can } = useAuth();
  return useMemo(() => visiblePages(can), [can]);
}
