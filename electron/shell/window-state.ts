// Remembers the window's size and position between runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { sanitizeBounds, type Bounds } from './window-policy';

export function loadBounds(file: string): Bounds {
  try {
    return sanitizeBounds(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return sanitizeBounds(null);
  }
}

export function saveBounds(file: string, bounds: Bounds): void {
  try {
    writeFileSync(file, JSON.stringify(bounds));
  } catch {
    // Losing the window position is harmless; never let it stop the app from closing.
  }
}
