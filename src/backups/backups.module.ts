import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { AdminBackupsController } from './admin-backups.controller';
import { BackupService } from './backup.service';
import { DatabaseBackupJob } from './database-backup.job';

/**
 * Online backups of the embedded SQLite database: the daily job with its retention, and the
 * admin routes to list them and take one now. On PostgreSQL and SQL Server the job is not
 * provided and the routes answer 409: those are backed up with their own tools (README).
 */
@Module({})
export class BackupsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: BackupsModule,
      controllers: [AdminBackupsController],
      providers: [BackupService, ...(config.database.type === 'sqlite' ? [DatabaseBackupJob] : [])],
    };
  }
}
