import { Contributes } from '../../../common/registry/contributes.decorator';
import type { JobDefinition } from '../../../jobs/job-definition';
import { JobRegistry } from '../../../jobs/job-registry';
import { ReportGenerationService } from './report-generation.service';

/**
 * Each night, renders to PDF and Excel what the rendering sources list (the stage-one report
 * of every TR1 class that finished or changed since its last rendering).
 */
@Contributes(JobRegistry)
export class ReportGenerationJob implements JobDefinition {
  readonly name = 'report-generation';
  readonly description =
    'Renders the nightly report files (PDF and Excel): each stage-one class that finished or changed since its last rendering';
  readonly cron = '0 2 * * *';
  readonly maxIntervalMinutes = 26 * 60;
  // Rendering many classes' PDFs takes minutes; a repeated run skips what is kept.
  readonly leaseSeconds = 3600;

  constructor(private readonly generation: ReportGenerationService) {}

  async run(): Promise<Record<string, number>> {
    const outcome = await this.generation.renderSources('nightly');
    return {
      stored: outcome.stored.length,
      unchanged: outcome.unchanged,
      failed: outcome.failed,
    };
  }
}
