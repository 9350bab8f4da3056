/** Small helpers every benchmark shares: summary statistics and a plain fixed-width table on stdout. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Prints rows under a header, each column as wide as its widest cell; numbers are right-aligned. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const numeric = /^[-+]?[\d.,]+(\s?[%×x]|\s?[KMG]?B|\s?ms|\/s)?$/;
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (numeric.test(cell) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** "met" / "NOT met" for a measured value against a target on the stated side. */
export function verdict(measured: number, target: number, better: 'lower' | 'higher'): string {
  const met = better === 'lower' ? measured <= target : measured >= target;
  return met ? 'met' : 'NOT met';
}

export function heading(title: string): void {
  console.log(`\n=== ${title}`);
}
