import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchConfig } from './bench-config';
import type { BenchReport } from './bench-report';
import { writeImportFile } from './import-file';
import { runSize } from './run-size';
import { scalingTable } from './scaling-table';

/**
 * `npm run bench`: the customer base at each of BENCH_CUSTOMERS (100,000; a comma-separated
 * list runs each) seeded customers with a year of contact history, on BENCH_DB (sqlite or
 * postgres), served by the real server (dist build; authentication, view quota and audit
 * on) beside a bare Fastify server on the same SQL. Tables are printed and written to
 * data/bench/results-<db>-<size>.md.
 */
async function main(): Promise<void> {
  const config = benchConfig();
  mkdirSync(config.dir, { recursive: true });
  const importFile = join(config.dir, 'import.xlsx');
  await writeImportFile(importFile);
  const aloneImportFile = join(config.dir, 'import-alone.xlsx');
  await writeImportFile(aloneImportFile, '18');
  const reports: BenchReport[] = [];
  for (const size of config.sizes) {
    process.stdout.write(`\n${config.db}, ${size} customers\n`);
    const report = await runSize(config, size, { importFile, aloneImportFile });
    const text = report.markdown();
    process.stdout.write(`\n${text}\n`);
    writeFileSync(join(config.dir, `results-${config.db}-${size}.md`), text);
    reports.push(report);
  }
  if (reports.length > 1) {
    const text = scalingTable(config.db, reports);
    process.stdout.write(`\n${text}\n`);
    writeFileSync(join(config.dir, `results-${config.db}-scaling.md`), text);
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message} ${String(error.cause ?? '')}`);
  process.exit(1);
});
