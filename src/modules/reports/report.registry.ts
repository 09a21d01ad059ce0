import { Injectable } from '@nestjs/common';
import { Registry } from '../../common/registry/registry';
import type { ReportDefinition } from './report-definition';

const KEY = /^[a-z][a-z0-9-]{1,48}$/;

/**
 * The reports' catalogue. A module adds a report by marking its definition
 * `@Contributes(ReportRegistry)`.
 */
@Injectable()
export class ReportRegistry extends Registry<ReportDefinition> {
  constructor() {
    super('Report', (report) => report.key);
  }

  protected override check(report: ReportDefinition): void {
    if (!KEY.test(report.key)) throw new Error(`Report key "${report.key}" is not kebab-case.`);
    const unknown = report.required.filter((name) => !report.parameters.includes(name));
    if (unknown.length)
      throw new Error(`Report "${report.key}" requires parameters it does not take: ${unknown}.`);
  }
}
