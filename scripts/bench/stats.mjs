// Summaries of latency samples and the formatting the bench report uses.

/** Nearest-rank percentile (p in 0..100) of the samples; NaN for none. */
export function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function summarise(samples) {
  return {
    count: samples.length,
    median: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: samples.reduce((m, x) => (x > m ? x : m), samples.length ? -Infinity : NaN), // no spread: samples may be many
  };
}

export const mb = bytes => bytes / 1e6;

export function fmt(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (typeof value === 'string') return value;
  if (Math.abs(value) >= 100) return value.toFixed(0);
  return value.toFixed(digits);
}

/** ✓/✗ for a figure against its target, or blank when the figure is missing. */
export function mark(ok) {
  if (ok === null || ok === undefined) return ' ';
  return ok ? '✓' : '✗';
}

/** Renders rows of cells as an aligned plain-text table (also valid Markdown). */
export function table(header, rows) {
  const all = [header, ...rows].map(r => r.map(c => String(c)));
  const widths = header.map((_, i) => Math.max(...all.map(r => [...(r[i] ?? '')].length)));
  const line = r => '| ' + r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ') + ' |';
  return [line(all[0]), '|' + widths.map(w => '-'.repeat(w + 2)).join('|') + '|', ...all.slice(1).map(line)].join('\n');
}
