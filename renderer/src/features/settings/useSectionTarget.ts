// #/settings/users, /sync, /backups (the dashboard's setup checklist links there): brings that
// section of the Settings page into view and puts the keyboard on its heading.
import { useEffect } from 'react';

export const SETTINGS_SECTIONS = ['users', 'sync', 'backups'] as const;

export function useSectionTarget(segment: string | undefined): void {
  useEffect(() => {
    if (!segment || !(SETTINGS_SECTIONS as readonly string[]).includes(segment)) return;
    const heading = document.getElementById(`settings-${segment}`);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [segment]);
}
