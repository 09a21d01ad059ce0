import type { Principal } from '../../access/principal';
import { Contributes } from '../../common/registry/contributes.decorator';
import type { ReportDefinition } from '../reports/report-definition';
import type { ReportParameters } from '../reports/report-parameter';
import type { ReportResult } from '../reports/report-result';
import { ReportRegistry } from '../reports/report.registry';
import { GoldImoRanking } from './gold-imo-ranking';

/** 金牌IMO-TA记录 (§8.9): the introducers whose people entered TA (stage three) most. */
@Contributes(ReportRegistry)
export class GoldImoTaReport implements ReportDefinition {
  readonly key = 'gold-imo-ta';
  readonly title = 'reports.goldImo.titleTa' as const;
  readonly ability = ['read', 'Enrolment'] as const;
  readonly parameters = ['from', 'to', 'top'] as const;
  readonly required = [] as const;

  constructor(private readonly ranking: GoldImoRanking) {}

  run(principal: Principal, parameters: ReportParameters): Promise<ReportResult> {
    return this.ranking.rank(principal, parameters, true);
  }
}
