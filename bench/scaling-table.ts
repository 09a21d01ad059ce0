import type { BenchReport } from './bench-report';
import { fixed } from './timing';

/** The main load figures side by side, one column per base size. */
export function scalingTable(db: string, reports: BenchReport[]): string {
  const figures = reports.map((report) => report.mainFigures());
  const keys = [...new Set(figures.flatMap((byKey) => [...byKey.keys()]))];
  const cell = (byKey: Map<string, { rps: number; p99: number }>, key: string) => {
    const figure = byKey.get(key);
    return figure ? `${fixed(figure.rps, 0)} req/s, p99 ${figure.p99} ms` : '-';
  };
  return [
    `## Scaling on ${db}: load figures by base size`,
    '',
    `| load | ${reports.map((report) => `${report.customers} customers`).join(' | ')} |`,
    `|---|${reports.map(() => '---|').join('')}`,
    ...keys.map((key) => `| ${key} | ${figures.map((byKey) => cell(byKey, key)).join(' | ')} |`),
    '',
  ].join('\n');
}
