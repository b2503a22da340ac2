// Register column widths the clerk has dragged, kept per register and per staff member: the office
// PC is shared, and (like the interface language, i18n/index.ts) each person's layout is their own.
// Only widths that were changed are stored; the others keep the stylesheet's (which also hides
// some columns on 1366-pixel screens).
import type { ColumnSizingState, Updater } from '@tanstack/react-table';
import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/context';

const KEY = 'privacy-desk.columns';
export const MIN_WIDTH = 48;
export const MAX_WIDTH = 640;

export const columnWidthKey = (register: string, username: string) => `${KEY}.${register}.user.${username}`;

export function clampWidth(px: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, px)));
}

/** Stored widths, or none when missing or not ours (an older or hand-edited value). */
export function parseWidths(raw: string | null): ColumnSizingState {
  if (!raw) return {};
  try {
    const v: unknown = JSON.parse(raw);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    const out: ColumnSizingState = {};
    for (const [id, px] of Object.entries(v))
      if (typeof px === 'number' && Number.isFinite(px)) out[id] = clampWidth(px);
    return out;
  } catch {
    return {};
  }
}

function load(key: string | null): ColumnSizingState {
  if (!key) return {};
  try {
    return parseWidths(window.localStorage.getItem(key));
  } catch {
    return {};
  }
}

/** The CSS variables the register grids' templates read (`var(--mr-w-<column>, default)`). */
export function widthVars(sizing: ColumnSizingState): CSSProperties {
  const out: Record<string, string> = {};
  for (const [id, px] of Object.entries(sizing)) out[`--mr-w-${id}`] = `${px}px`;
  return out as CSSProperties;
}

export interface ColumnSizing {
  sizing: ColumnSizingState;
  onSizingChange: (u: Updater<ColumnSizingState>) => void;
  reset: () => void;
}

/** The signed-in person's widths for one register, saved as they change. */
export function useColumnSizing(register: string): ColumnSizing {
  const username = useAuth().user?.username ?? null;
  const key = username ? columnWidthKey(register, username) : null;
  const [state, setState] = useState(() => ({ key, sizing: load(key) }));
  // Another person signed in (or another register): their own widths.
  const sizing = state.key === key ? state.sizing : load(key);
  if (state.key !== key) setState({ key, sizing });

  useEffect(() => {
    if (!key) return;
    try {
      if (Object.keys(sizing).length === 0) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, JSON.stringify(sizing));
    } catch {
      // storage disabled: the widths last for this window only
    }
  }, [key, sizing]);

  const onSizingChange = useCallback(
    (u: Updater<ColumnSizingState>) =>
      setState((s) => {
        const next = typeof u === 'function' ? u(s.sizing) : u;
        const clamped: ColumnSizingState = {};
        for (const [id, px] of Object.entries(next)) clamped[id] = clampWidth(px);
        return { key: s.key, sizing: clamped };
      }),
    [],
  );
  const reset = useCallback(() => onSizingChange({}), [onSizingChange]);
  return { sizing, onSizingChange, reset };
}

/** «Reset widths», shown only once a width was changed. */
export function ResetWidths({ widths }: { widths: ColumnSizing }) {
  const { t } = useTranslation();
  if (Object.keys(widths.sizing).length === 0) return null;
  return (
    <button type="button" className="button button-quiet" onClick={widths.reset}>
      {t('mailroom.list.resetWidths')}
    </button>
  );
}
