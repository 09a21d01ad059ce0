import { Module } from '@nestjs/common';
import { ReportLabelRegistry } from './report-label.registry';
import { ReportRegistry } from './report.registry';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/**
 * The reports (§8): the catalogue business modules contribute their reports to, running and
 * rendering them (JSON, Excel, PDF with charts). It reads no other module's tables.
 */
@Module({
  controllers: [ReportsController],
  providers: [ReportRegistry, ReportLabelRegistry, ReportsService],
  exports: [ReportRegistry, ReportLabelRegistry],
})
export class ReportsModule {}
