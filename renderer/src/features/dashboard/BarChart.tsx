// A horizontal bar chart drawn with plain SVG in React.
//
// Why no chart library: none is installed and the app adds no dependency for one small chart; the
// app is offline and its Content-Security-Policy forbids the inline style attributes most chart
// libraries write; and a bar chart is a few rectangles and labels, which SVG draws crisply at any
// size, prints well and can be labelled for screen readers (role="img", <title> per bar) without
// a canvas. The SVG is drawn at the width of its box (a ResizeObserver), so the text keeps its size
// instead of being scaled with the picture.
import { useEffect, useRef, useState } from 'react';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

const ROW = 26;
const BAR = 16;
const PAD = 6;
const FONT_PX = 13;

let canvas: CanvasRenderingContext2D | null | undefined;

/** The label's width in the chart's font (a canvas measures it; about 8 px a character if it cannot). */
function textWidth(text: string, font: string): number {
  if (canvas === undefined) canvas = document.createElement('canvas').getContext('2d');
  if (!canvas) return text.length * 8;
  canvas.font = font;
  return canvas.measureText(text).width;
}

/** The label shortened with "…" to fit `room` pixels (the full label is in the bar's title). */
function shorten(label: string, room: number, font: string): string {
  if (textWidth(label, font) <= room) return label;
  let lo = 1;
  let hi = label.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${label.slice(0, mid).trimEnd()}…`, font) <= room) lo = mid;
    else hi = mid - 1;
  }
  return `${label.slice(0, lo).trimEnd()}…`;
}

export function BarChart({
  bars,
  label,
  testId,
}: {
  bars: readonly Bar[];
  /** What the chart shows, for screen readers (the bars carry their own titles). */
  label: string;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(480);
  const [font, setFont] = useState(`${FONT_PX}px sans-serif`);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(240, Math.floor(el.clientWidth)));
    measure();
    setFont(`${FONT_PX}px ${getComputedStyle(el).fontFamily}`);
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const labelWidth = Math.min(230, Math.round(width * 0.42));
  const x0 = labelWidth + 10;
  const valueRoom = 40;
  const span = Math.max(20, width - x0 - valueRoom);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + PAD * 2;

  return (
    <div className="chart" ref={box} data-testid={testId}>
      <svg
        className="chart-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
      >
        <line className="chart-axis" x1={x0} x2={x0} y1={PAD / 2} y2={height - PAD / 2} />
        {bars.map((b, i) => {
          const y = PAD + i * ROW;
          const w = b.value > 0 ? Math.max(3, Math.round((b.value / max) * span)) : 0;
          return (
            <g
              key={b.key}
              className={b.value > 0 ? 'chart-row' : 'chart-row chart-row-zero'}
              data-key={b.key}
              data-value={b.value}
            >
              <title>{`${b.label}: ${b.value}`}</title>
              <text
                className="chart-label"
                x={labelWidth}
                y={y + ROW / 2}
                textAnchor="end"
                dominantBaseline="central"
              >
                {shorten(b.label, labelWidth - 4, font)}
              </text>
              <rect className="chart-bar" x={x0} y={y + (ROW - BAR) / 2} width={w} height={BAR} rx={3} />
              <text className="chart-value" x={x0 + w + 6} y={y + ROW / 2} dominantBaseline="central">
                {b.value}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
