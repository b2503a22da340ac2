// The pages the signed-in role may open, in sidebar order (their positions give Alt+1…Alt+9).
// Layout works them out from the registry and hands them down through a context, so a page (the
// dashboard's shortcuts) or the help dialog can list them without importing the registry that
// imports the pages: no cycle between the composition and what it composes.
import { createContext, useContext } from 'react';
import type { CallName } from '../../../../common/contract';
import type { PageDef } from './types';

export function visiblePages(all: readonly PageDef[], can: (name: CallName) => boolean): PageDef[] {
  return all.filter((p) => !p.requires || can(p.requires));
}

export const VisiblePagesContext = createContext<readonly PageDef[]>([]);

export function useVisiblePages(): readonly PageDef[] {
  return useContext(VisiblePagesContext);
}
