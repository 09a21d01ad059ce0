import type { Principal } from '../../access/principal';
import { Contributes } from '../../common/registry/contributes.decorator';
import type { ReportDefinition } from '../reports/report-definition';
import type { ReportParameters } from '../reports/report-parameter';
import type { ReportResult } from '../reports/report-result';
import { ReportRegistry } from '../reports/report.registry';
import { GoldImoRanking } from './gold-imo-ranking';

/** 金牌IMO记录 (§8.8): the introducers whose people entered classes most. */
@Contributes(ReportRegistry)
export class GoldImoReport implements ReportDefinition {
  readonly key = 'gold-imo';
  readonly title = 'reports.goldImo.title' as const;
  readonly ability = ['read', 'Enrolment'] as const;
  readonly parameters = ['from', 'to', 'top'] as const;
  readonly required = [] as const;

  constructor(private readonly ranking: GoldImoRanking) {}

  run(principal: Principal, parameters: ReportParameters): Promise<ReportResult> {
    return this.ranking.rank(principal, parameters, false);
  }
}
