import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import { createDataSource } from './resilience/create-data-source';
import { GroupCommit } from './group-commit';
import { OffLoopReader } from './off-loop-reader';
import { WalCheckpointer } from './wal-checkpointer';

/**
 * The one TypeORM data source, migrated at start unless DB_MIGRATIONS_RUN=false, with this
 * project's query runners in place (createDataSource).
 */
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [OffLoopReader, WalCheckpointer, GroupCommit],
      exports: [OffLoopReader, GroupCommit],
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...buildDataSourceOptions(config.database),
            autoLoadEntities: true,
            migrationsRun: config.database.migrationsRun,
            retryAttempts: config.env === 'test' ? 0 : 5,
          }),
          dataSourceFactory: (options?: DataSourceOptions) =>
            createDataSource(options as DataSourceOptions, config.database.busyWaitMs).initialize(),
        }),
      ],
    };
  }
}
