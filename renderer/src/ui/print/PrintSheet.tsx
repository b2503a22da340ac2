// What the printer gets: a copy of the document put straight under <body> (a portal), so the
// print stylesheet can drop the whole shell with display:none instead of hiding it and leaving
// blank pages behind. Hidden on screen; Chromium's print preview (and its "Save as PDF") shows
// only this sheet on A4 with the DOCX's office margins.
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './print.css';

export function PrintSheet({ children }: { children: ReactNode }) {
  return createPortal(
    <div className="print-sheet" data-testid="print-sheet">
      {children}
    </div>,
    document.body,
  );
}
