import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';

/** The one TypeORM data source, migrated at start unless DB_MIGRATIONS_RUN=false. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config.database),
        autoLoadEntities: true,
        migrationsRun: config.database.migrationsRun,
        retryAttempts: config.env === 'test' ? 0 : 5,
      }),
    }),
  ],
})
export class DatabaseModule {}
