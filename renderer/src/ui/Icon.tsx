// A few plain line icons, drawn here so the app needs no icon font or network.
export type IconName =
  | 'home'
  | 'incoming'
  | 'requests'
  | 'outgoing'
  | 'search'
  | 'settings'
  | 'keyboard'
  | 'database'
  | 'print'
  | 'audit'
  | 'download'
  | 'reports'
  | 'breach';

const PATHS: Record<IconName, string[]> = {
  home: ['M3 11 12 4l9 7', 'M5 10v10h5v-6h4v6h5V10'],
  incoming: ['M3 6h18v12H3z', 'M3 7l9 6 9-6', 'M12 1v6', 'M9.5 4.5 12 7l2.5-2.5'],
  requests: ['M9 3h6v3H9z', 'M8 4.5H5.5v16h13v-16H16', 'M8.5 11h7', 'M8.5 15h5'],
  outgoing: ['M21 3 3 10.5l7 2.5 2.5 7z', 'M10 13 21 3'],
  search: ['M11 4a7 7 0 1 0 0 14 7 7 0 1 0 0-14z', 'M16 16l5 5'],
  settings: [
    'M4 6h9',
    'M17 6h3',
    'M4 12h3',
    'M11 12h9',
    'M4 18h11',
    'M19 18h1',
    'M15 4v4',
    'M9 10v4',
    'M17 16v4',
  ],
  keyboard: ['M2.5 6.5h19v11h-19z', 'M6 10h1', 'M9.5 10h1', 'M13 10h1', 'M16.5 10h1', 'M7.5 14h9'],
  database: [
    'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z',
    'M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6',
    'M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  ],
  print: ['M6 9V3h12v6', 'M6 17H3.5V9h17v8H18', 'M6 14h12v7H6z'],
  download: ['M12 4v11', 'M7.5 10.5 12 15l4.5-4.5', 'M4.5 19.5h15'],
  breach: ['M12 3 2.5 20h19z', 'M12 9.5v5', 'M12 17.2v.3'],
  reports: ['M4 20h16', 'M6 20v-6h3v6', 'M10.5 20V8h3v12', 'M15 20v-9h3v9'],
  audit: ['M12 3 4.5 6v5.5c0 4.6 3.2 8.2 7.5 9.5 4.3-1.3 7.5-4.9 7.5-9.5V6z', 'M8.5 12l2.5 2.5 4.5-5'],
};

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
