// Globals the renderer relies on. window.api comes from the Electron preload, or from
// api/headless-transport.ts when the page is served by the headless shell.
import type { WindowApi } from '../../common/contract';

declare global {
  interface Window {
    api?: WindowApi;
  }
}

export {};
