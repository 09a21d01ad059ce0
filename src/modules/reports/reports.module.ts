import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../../access/access.module';
import { FilesModule } from '../../files/files.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { UsersModule } from '../../users/users.module';
import { AdminReportSchedulesController } from './generation/admin-report-schedules.controller';
import { DueReportSchedules } from './generation/due-report-schedules';
import { GeneratedReport } from './generation/entities/generated-report.entity';
import { ReportSchedule } from './generation/entities/report-schedule.entity';
import { GeneratedReportWriter } from './generation/generated-report-writer';
import { GeneratedReportsController } from './generation/generated-reports.controller';
import { GeneratedReportsNotice } from './generation/generated-reports.notice';
import { GeneratedReportsNotificationTexts } from './generation/generated-reports.notification-texts';
import { GeneratedReportsService } from './generation/generated-reports.service';
import { RenderingSourceRegistry } from './generation/rendering-source.registry';
import { ReportGenerationJob } from './generation/report-generation.job';
import { ReportGenerationService } from './generation/report-generation.service';
import { ReportSchedulesJob } from './generation/report-schedules.job';
import { ReportSchedulesService } from './generation/report-schedules.service';
import { ReportingPrincipal } from './generation/reporting-principal';
import { ReportLabelRegistry } from './report-label.registry';
import { ReportRegistry } from './report.registry';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { StaffFigureRegistry } from './staff-figure.registry';
import { StaffPerformanceReport } from './staff-performance.report';

/**
 * The reports (§8): the catalogue business modules contribute their reports to, running and
 * rendering them (JSON, Excel, PDF with charts). It reads no other module's tables.
 * `generation/`: report files rendered and kept (nightly from the rendering sources modules
 * contribute, by admins' schedules, on request), listed and downloaded by managers.
 */
@Module({
  imports: [
    UsersModule,
    AccessModule,
    FilesModule,
    NotificationsModule,
    TypeOrmModule.forFeature([GeneratedReport, ReportSchedule]),
  ],
  // The generated files' routes first: `/reports/generated` is not a report's key.
  controllers: [GeneratedReportsController, AdminReportSchedulesController, ReportsController],
  providers: [
    ReportRegistry,
    ReportLabelRegistry,
    StaffFigureRegistry,
    RenderingSourceRegistry,
    ReportsService,
    StaffPerformanceReport,
    ReportingPrincipal,
    ReportGenerationService,
    GeneratedReportWriter,
    GeneratedReportsService,
    GeneratedReportsNotice,
    GeneratedReportsNotificationTexts,
    ReportSchedulesService,
    DueReportSchedules,
    ReportGenerationJob,
    ReportSchedulesJob,
  ],
  exports: [ReportRegistry, ReportLabelRegistry, StaffFigureRegistry, RenderingSourceRegistry],
})
export class ReportsModule {}
