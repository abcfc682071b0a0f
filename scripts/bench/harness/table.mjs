// One table for every benchmark: a row is a figure and its ratio against the baseline of the same run.

/** Formats a rate or count with thousands separators, no decimals. */
export const whole = (n) => Math.round(n).toLocaleString('en-US');
export const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');

/** Markdown table of rows { benchmark, variant, figure, ratio, against, note }. */
export function markdownTable(rows) {
  const header = ['benchmark', 'variant', 'figure', 'ratio', 'against (same run)', 'target'];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (r) =>
        `| ${[r.benchmark, r.variant, r.figure, r.ratio ?? '', r.against ?? '', r.target ?? ''].map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`,
    ),
  ];
  return lines.join('\n');
}

/** The same rows for a terminal: aligned columns. */
export function consoleTable(rows) {
  const cells = rows.map((r) => [r.benchmark, r.variant, r.figure, r.ratio ?? '', r.against ?? '', r.target ?? '']);
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((c) => String(c[i]).length))) ?? [];
  return cells.map((c) => c.map((v, i) => String(v).padEnd(widths[i])).join('  ')).join('\n');
}
