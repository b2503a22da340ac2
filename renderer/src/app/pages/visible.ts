// The sidebar pages for the signed-in role. Every page keeps its place and its Alt+N for every
// role (staff move between desks and roles; a shortcut that means another page for a colleague is
// a trap): a page the role may not open stays in the list, disabled. Layout works them out from the
// registry and hands them down through a context, so a page (the dashboard's shortcuts) or the help
// dialog can list them without importing the registry that imports the pages: no cycle.
import { createContext, useContext } from 'react';
import type { CallName } from '../../../../common/contract';
import type { PageDef } from './types';

export interface NavPage {
  def: PageDef;
  /** 1 for Alt+1, …: the page's place in the registry, the same for every role. */
  key: number;
  allowed: boolean;
}

export function navPages(all: readonly PageDef[], can: (name: CallName) => boolean): NavPage[] {
  return all.map((def, i) => ({ def, key: i + 1, allowed: !def.requires || can(def.requires) }));
}

export const NavPagesContext = createContext<readonly NavPage[]>([]);

export function useNavPages(): readonly NavPage[] {
  return useContext(NavPagesContext);
}

/** The pages this role may open, in sidebar order. */
export function useVisiblePages(): readonly PageDef[] {
  return useNavPages()
    .filter((p) => p.allowed)
    .map((p) => p.def);
}
