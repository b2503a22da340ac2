// A remembered window position is used only if the window would be reachable on a display that is
// connected now: an office laptop undocked from its second monitor must not open off-screen.
import type { Bounds } from './window-policy';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The shape of Electron's Display that matters here (screen.getAllDisplays()). */
export interface DisplayLike {
  workArea: Rect;
}

/** The title bar must be on a screen by this much, so the window can be grabbed and moved. */
export const MIN_VISIBLE = { width: 120, height: 24 };
const TITLE_BAR_HEIGHT = 32;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

export function isReachable(bounds: Rect, displays: readonly DisplayLike[]): boolean {
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: TITLE_BAR_HEIGHT };
  return displays.some((d) => {
    const o = overlap(titleBar, d.workArea);
    return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
  });
}

/** Drops the position (the window opens centred) when it is off every connected display. */
export function placeOnDisplays(bounds: Bounds, displays: readonly DisplayLike[]): Bounds {
  if (bounds.x === undefined || bounds.y === undefined) return bounds;
  if (isReachable({ x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }, displays))
    return bounds;
  const { x: _x, y: _y, ...rest } = bounds;
  return rest;
}
