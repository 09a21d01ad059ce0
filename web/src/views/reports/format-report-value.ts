/** How a value of a report's column reads: as the server's Excel and PDF show it. */
export function formatReportValue(
  value: unknown,
  kind: 'text' | 'count' | 'fen' | 'percent',
): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value !== 'number') return String(value);
  if (kind === 'fen')
    return (value / 100).toLocaleString('zh-CN', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
  if (kind === 'percent') return `${(value * 100).toFixed(1)}%`;
  return value.toLocaleString('zh-CN');
}
