import { Module } from '@nestjs/common';
import { UsersModule } from '../../users/users.module';
import { CountSubjectRegistry } from './count-subject.registry';
import { CountsService } from './counts.service';
import { DashboardFigureRegistry } from './dashboard-figure.registry';
import { DashboardService } from './dashboard.service';
import { ReportLabelRegistry } from './report-label.registry';
import { ReportRegistry } from './report.registry';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { StaffFigureRegistry } from './staff-figure.registry';
import { StaffPerformanceReport } from './staff-performance.report';

/**
 * The reports (§8): the catalogue business modules contribute their reports to, running and
 * rendering them (JSON, Excel, PDF with charts); the managers' dashboard and ad-hoc counts,
 * from the figures and count subjects the modules contribute. It reads no other module's tables.
 */
@Module({
  imports: [UsersModule],
  controllers: [ReportsController],
  providers: [
    ReportRegistry,
    ReportLabelRegistry,
    StaffFigureRegistry,
    DashboardFigureRegistry,
    CountSubjectRegistry,
    ReportsService,
    DashboardService,
    CountsService,
    StaffPerformanceReport,
  ],
  exports: [
    ReportRegistry,
    ReportLabelRegistry,
    StaffFigureRegistry,
    DashboardFigureRegistry,
    CountSubjectRegistry,
  ],
})
export class ReportsModule {}
