// The PDF viewer's zoom: fit to width, or one of a few steps the + and − keys move through.
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

export type Zoom = 'fit' | number;

/** The next zoom step in a direction from the scale shown now (fit-to-width included). */
export function stepZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((s) => s > current + 1e-3) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((s) => s < current - 1e-3) ?? ZOOM_STEPS[0];
}
