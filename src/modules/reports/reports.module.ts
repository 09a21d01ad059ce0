import { Module } from '@nestjs/common';
import { UsersModule } from '../../users/users.module';
import { ReportLabelRegistry } from './report-label.registry';
import { ReportRegistry } from './report.registry';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { StaffFigureRegistry } from './staff-figure.registry';
import { StaffPerformanceReport } from './staff-performance.report';

/**
 * The reports (§8): the catalogue business modules contribute their reports to, running and
 * rendering them (JSON, Excel, PDF with charts). It reads no other module's tables.
 */
@Module({
  imports: [UsersModule],
  controllers: [ReportsController],
  providers: [
    ReportRegistry,
    ReportLabelRegistry,
    StaffFigureRegistry,
    ReportsService,
    StaffPerformanceReport,
  ],
  exports: [ReportRegistry, ReportLabelRegistry, StaffFigureRegistry],
})
export class ReportsModule {}
