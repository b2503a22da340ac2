// On lock and sign-out the window must forget personal data. Pages lose theirs by being unmounted;
// anything kept outside React (module-level caches, stores) registers a reset here and is cleared
// at the same moment. Drafts in IndexedDB stay: they are encrypted and not shown.
type Reset = () => void;
const resets = new Set<Reset>();

export function onDropPrivateData(reset: Reset): () => void {
  resets.add(reset);
  return () => {
    resets.delete(reset);
  };
}

export function dropPrivateData(): void {
  for (const r of resets) {
    try {
      r();
    } catch {
      // one failing store must not keep the others' data on screen
    }
  }
}
