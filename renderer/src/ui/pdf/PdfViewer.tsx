// A PDF on a canvas (pdf.js), the same in Electron and in Chromium: one page at a time, previous
// and next, "page x of y", zoom in, zoom out and fit to width. The page area takes the focus: the
// arrow keys and Page Up/Down turn pages, + and − zoom, 0 fits, Escape hands the focus back
// (onLeave) so a keyboard user is never stuck inside the preview.
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { openPdf, type PDFDocumentProxy } from './pdf-document';
import { stepZoom, type Zoom } from './zoom';
import './pdf.css';

export interface PdfViewerProps {
  bytes: Uint8Array;
  /** What the page area is called for a screen reader, e.g. "Scan letter.pdf". */
  label: string;
  /** Escape in the page area: where the focus goes back to. */
  onLeave?: () => void;
}

type State = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; doc: PDFDocumentProxy };

export function PdfViewer({ bytes, label, onLeave }: PdfViewerProps) {
  const { t } = useTranslation();
  const state = usePdfDocument(bytes);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const area = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const areaWidth = useWidth(area);
  useEffect(() => {
    setPage(1);
    setZoom('fit');
  }, [bytes]);

  const doc = state.status === 'ready' ? state.doc : null;
  const pages = doc?.numPages ?? 0;
  const { shownScale, rendered } = useRenderedPage(canvas, doc, page, zoom, zoom === 'fit' ? areaWidth : 0);

  const go = (delta: number) => setPage((p) => Math.min(Math.max(1, p + delta), Math.max(1, pages)));
  const zoomBy = (direction: 1 | -1) => setZoom(stepZoom(shownScale, direction));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const actions: Record<string, () => void> = {
      ArrowLeft: () => go(-1),
      ArrowUp: () => go(-1),
      PageUp: () => go(-1),
      ArrowRight: () => go(1),
      ArrowDown: () => go(1),
      PageDown: () => go(1),
      Home: () => setPage(1),
      End: () => setPage(Math.max(1, pages)),
      '+': () => zoomBy(1),
      '=': () => zoomBy(1),
      '-': () => zoomBy(-1),
      '0': () => setZoom('fit'),
      Escape: () => (onLeave ? onLeave() : area.current?.blur()),
    };
    const action = actions[e.key];
    if (!action || e.ctrlKey || e.altKey || e.metaKey) return;
    e.preventDefault();
    action();
  };

  if (state.status === 'failed') return <p className="muted">{t('pdf.failed')}</p>;

  return (
    <div className="pdf-viewer" data-testid="pdf-viewer">
      <PdfToolbar
        page={page}
        pages={pages}
        go={go}
        scale={shownScale}
        zoomBy={zoomBy}
        fit={zoom === 'fit'}
        onFit={() => setZoom('fit')}
      />
      <div
        ref={area}
        className="pdf-area"
        tabIndex={0}
        role="region"
        aria-label={label}
        onKeyDown={onKeyDown}
      >
        <canvas ref={canvas} data-testid="pdf-canvas" data-rendered={rendered} data-page={page} />
      </div>
      <p className="muted pdf-keys">{t('pdf.keys')}</p>
    </div>
  );
}

function PdfToolbar({
  page,
  pages,
  go,
  scale,
  zoomBy,
  fit,
  onFit,
}: {
  page: number;
  pages: number;
  go: (delta: number) => void;
  scale: number;
  zoomBy: (direction: 1 | -1) => void;
  fit: boolean;
  onFit: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="pdf-toolbar" role="toolbar" aria-label={t('pdf.toolbar')}>
      <button type="button" className="button button-quiet" onClick={() => go(-1)} disabled={page <= 1}>
        {t('pdf.previous')}
      </button>
      <span className="pdf-page" role="status" data-testid="pdf-page">
        {pages ? t('pdf.pageOf', { page, pages }) : t('common.loading')}
      </span>
      <button type="button" className="button button-quiet" onClick={() => go(1)} disabled={page >= pages}>
        {t('pdf.next')}
      </button>
      <span className="pdf-spacer" />
      <button
        type="button"
        className="button button-quiet"
        onClick={() => zoomBy(-1)}
        aria-label={t('pdf.zoomOut')}
      >
        −
      </button>
      <span className="pdf-zoom" data-testid="pdf-zoom">
        {Math.round(scale * 100)}%
      </span>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => zoomBy(1)}
        aria-label={t('pdf.zoomIn')}
      >
        +
      </button>
      <button type="button" className="button button-quiet" onClick={onFit} aria-pressed={fit}>
        {t('pdf.fit')}
      </button>
    </div>
  );
}

/** The element's width, kept up to date: fit to width follows the window, not the first layout. */
function useWidth(ref: RefObject<HTMLElement | null>) {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function usePdfDocument(bytes: Uint8Array) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    setState({ status: 'loading' });
    const loading = openPdf(bytes);
    let live = true;
    loading.promise.then(
      (doc) => live && setState({ status: 'ready', doc }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
      loading.cancel();
    };
  }, [bytes]);
  return state;
}

/** Draws the page on the canvas; a newer page or zoom cancels a render still running. */
function useRenderedPage(
  canvas: RefObject<HTMLCanvasElement | null>,
  doc: PDFDocumentProxy | null,
  page: number,
  zoom: Zoom,
  fitWidth: number,
) {
  const [shownScale, setShownScale] = useState(1);
  const [rendered, setRendered] = useState(0);
  useEffect(() => {
    const target = canvas.current;
    if (!doc || !target || (zoom === 'fit' && fitWidth === 0)) return;
    let cancelled = false;
    let cancel = () => {};
    void (async () => {
      const p = await doc.getPage(page);
      if (cancelled) return;
      const natural = p.getViewport({ scale: 1 });
      const scale = zoom === 'fit' ? Math.max(0.1, (fitWidth - 2) / natural.width) : zoom;
      // Drawn at the screen's pixel density, shown at CSS size: sharp on a 150% Windows display.
      const density = window.devicePixelRatio || 1;
      const viewport = p.getViewport({ scale: scale * density });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      target.style.width = `${Math.floor(viewport.width / density)}px`;
      target.style.height = `${Math.floor(viewport.height / density)}px`;
      const task = p.render({ canvas: target, viewport });
      cancel = () => task.cancel();
      try {
        await task.promise;
        if (!cancelled) {
          setShownScale(scale);
          setRendered((n) => n + 1);
        }
      } catch {
        // Cancelled by a newer page or zoom: that render takes over.
      }
    })();
    return () => {
      cancelled = true;
      cancel();
    };
  }, [canvas, doc, page, zoom, fitWidth]);
  return { shownScale, rendered };
}
