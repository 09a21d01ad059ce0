import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import type { Logger } from 'pino';
import { AccessGuard } from './access/access.guard';
import { AccessModule } from './access/access.module';
import { AuditInterceptor } from './audit/audit.interceptor';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BackupsModule } from './backups/backups.module';
import { AppConfig } from './config/app-config';
import { RegistryModule } from './common/registry/registry.module';
import { CoreModule } from './config/core.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { JobsModule } from './jobs/jobs.module';
import { FilesModule } from './files/files.module';
import { BulletinModule } from './modules/bulletin/bulletin.module';
import { CareModule } from './modules/care/care.module';
import { ClassesModule } from './modules/classes/classes.module';
import { CoursesModule } from './modules/classes/courses.module';
import { CoachesModule } from './modules/coaches/coaches.module';
import { CustomersModule } from './modules/customers/customers.module';
import { DictionaryModule } from './modules/dictionary/dictionary.module';
import { InteractionsModule } from './modules/interactions/interactions.module';
import { FinanceModule } from './modules/finance/finance.module';
import { DocumentsModule } from './modules/documents/documents.module';
import { ReportsModule } from './modules/reports/reports.module';
import { ScriptsModule } from './modules/scripts/scripts.module';
import { GroupSmsModule } from './modules/group-sms/group-sms.module';
import { CodeSequenceModule } from './database/code-sequence/code-sequence.module';
import { NotificationsModule } from './notifications/notifications.module';
import { UsersModule } from './users/users.module';

/** The whole system: one process, one data source, every route behind the access guard. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, logger),
        DatabaseModule.forRoot(config),
        RegistryModule,
        JobsModule,
        FilesModule,
        AuditModule,
        IdempotencyModule,
        AccessModule,
        UsersModule,
        AuthModule,
        NotificationsModule,
        DictionaryModule,
        CodeSequenceModule,
        CustomersModule,
        InteractionsModule,
        CareModule,
        CoursesModule,
        CoachesModule,
        FinanceModule,
        ClassesModule,
        ReportsModule,
        DocumentsModule,
        ScriptsModule,
        BulletinModule,
        GroupSmsModule,
        HealthModule,
        BackupsModule.forRoot(config),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      ],
    };
  }
}
