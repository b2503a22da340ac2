import type { ComponentType } from 'react';
import type { AppState, CallName } from '../../../../common/contract';
import type { IconName } from '../../ui/Icon';

/** What every page component receives from the layout. */
export interface PageComponentProps {
  /** Route segments after the page id: #/requests/42 → ['42']. */
  params: string[];
  /** The app state at the time the layout opened (version, shell, data folder). */
  appState: AppState;
}

export interface PageDef {
  /** The URL segment (#/<id>) and data-page attribute; stable, lower case. */
  id: string;
  /** i18n key of the sidebar label and the page heading, by convention 'nav.<id>'. */
  titleKey: string;
  icon: IconName;
  component: ComponentType<PageComponentProps>;
  /**
   * The contract call the page needs: roles that may not make it do not see the page (sidebar,
   * Alt+N, direct address). The core refuses the call anyway; this keeps the UI in step.
   */
  requires?: CallName;
}
