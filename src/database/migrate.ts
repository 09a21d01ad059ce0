import 'reflect-metadata';
import { loadConfig } from '../config/load-config';
import { buildDataSourceOptions } from './data-source-options';
import { createDataSource } from './resilience/create-data-source';

/** `npm run migration:run`: applies pending migrations to the configured database. */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createDataSource(
    buildDataSourceOptions(config.database),
    config.database.busyWaitMs,
  );
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(
      applied.length
        ? `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}\n`
        : 'The database is up to date.\n',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`Migration failed: ${error.message}\n`);
  process.exit(1);
});
