import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';
import { zoneTime } from '../../common/i18n/zone-time';
import { Contributes } from '../../common/registry/contributes.decorator';
import type { ReportDefinition } from '../reports/report-definition';
import type { ReportParameters } from '../reports/report-parameter';
import type { ReportResult, ReportRow } from '../reports/report-result';
import { ReportRegistry } from '../reports/report.registry';
import { CUSTOMER_STAGES, type CustomerStage } from './customer-category';
import { Customer } from './entities/customer.entity';

/** The most people listed: a student introduces tens, not thousands. */
const MOST_LISTED = 2000;

/** The stages reached beyond none, in order. */
const STAGES: readonly CustomerStage[] = CUSTOMER_STAGES.filter((stage) => stage !== 'none');

/**
 * 学员海星晋升状况 (§8.13): the people one student introduced (海星), in the order they were
 * added, with the main-line stage each has reached, and how many reached each stage (one who
 * reached TA also passed TR1 and TR2). Over the customers the user may see (a coordinator,
 * their own).
 */
@Contributes(ReportRegistry)
export class StarfishPromotionReport implements ReportDefinition {
  readonly key = 'starfish-promotion';
  readonly title = 'reports.starfish.title' as const;
  readonly ability = ['read', 'Customer'] as const;
  readonly parameters = ['customerId'] as const;
  readonly required = ['customerId'] as const;

  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly calendar: BusinessCalendar,
  ) {}

  async run(principal: Principal, parameters: ReportParameters): Promise<ReportResult> {
    const query = this.customers
      .createQueryBuilder('c')
      .select(['c.id', 'c.name', 'c.stage', 'c.createdAt'])
      .where('c.introducerId = :introducer', { introducer: parameters.customerId })
      .andWhere('c.deletedAt IS NULL')
      .orderBy('c.createdAt', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(MOST_LISTED);
    RecordScope.of(principal).where(query, 'c', { owner: 'ownerId' });
    const people = await query.getMany();
    const stageName = (stage: CustomerStage) =>
      stage === 'none' ? translate(msg('reports.starfish.none')) : stage;
    const rows: ReportRow[] = people.map((person) => ({
      person: person.name,
      addedAt: zoneTime(person.createdAt, this.calendar.timeZone).at.slice(0, 10),
      stage: stageName(person.stage),
    }));
    // The main line is climbed in order: one at TA has passed TR1 and TR2.
    const rank = (stage: CustomerStage) => STAGES.indexOf(stage);
    const reached = STAGES.map(
      (stage) => people.filter((person) => rank(person.stage) >= rank(stage)).length,
    );
    return {
      columns: [
        { key: 'person', label: msg('reports.starfish.person'), kind: 'text' },
        { key: 'addedAt', label: msg('reports.starfish.addedAt'), kind: 'text' },
        { key: 'stage', label: msg('reports.starfish.stage'), kind: 'text' },
      ],
      rows,
      totals: {
        person: translate(msg('reports.total')),
        addedAt: null,
        stage: STAGES.map((stage, i) => `${stage} ${reached[i]}`).join(', '),
      },
      charts: [
        {
          kind: 'bar',
          title: msg('reports.starfish.chart'),
          categories: [...STAGES],
          series: [{ name: msg('reports.elements.count'), values: reached }],
        },
      ],
    };
  }
}
