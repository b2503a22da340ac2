/** A file size in the interface language: 1,2 МБ · 1.2 MB. */
export function formatBytes(bytes: number, lng: string): string {
  const units = [
    ['gigabyte', 1024 ** 3],
    ['megabyte', 1024 ** 2],
    ['kilobyte', 1024],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size)
      return new Intl.NumberFormat(lng, { style: 'unit', unit, maximumFractionDigits: 1 }).format(
        bytes / size,
      );
  }
  return new Intl.NumberFormat(lng, { style: 'unit', unit: 'byte' }).format(bytes);
}
