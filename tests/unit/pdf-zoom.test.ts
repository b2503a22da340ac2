// The PDF viewer's zoom steps: from whatever scale fit-to-width gave, + and − land on the next step.
import { describe, expect, it } from 'vitest';
import { stepZoom, ZOOM_STEPS } from '../../renderer/src/ui/pdf/zoom';

describe('PDF zoom steps', () => {
  it('moves to the next step up or down from any scale, and stops at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.75);
    expect(stepZoom(1.1, 1)).toBe(1.25); // fit-to-width gave 110%
    expect(stepZoom(1.1, -1)).toBe(1);
    expect(stepZoom(3, 1)).toBe(3);
    expect(stepZoom(0.5, -1)).toBe(0.5);
    expect(stepZoom(7, -1)).toBe(3);
    expect(stepZoom(0.2, 1)).toBe(0.5);
    expect([...ZOOM_STEPS]).toEqual([...ZOOM_STEPS].sort((a, b) => a - b));
  });
});
