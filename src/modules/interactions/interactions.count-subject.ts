import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { msg } from '../../common/i18n/msg';
import { Contributes } from '../../common/registry/contributes.decorator';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { CountDimension } from '../reports/count-dimension';
import type { CountQuestion } from '../reports/count-question';
import type { CountSubject } from '../reports/count-subject';
import { CountSubjectRegistry } from '../reports/count-subject.registry';
import { monthOf } from '../reports/month-of';
import { Interaction } from './entities/interaction.entity';
import { RECORD_PEOPLE } from './record-people';

/**
 * Interaction records for ad-hoc counts, by the staff member who had the contact (`owner`),
 * the status tag the record gave the customer, or the month it took place; with the records
 * list's filters and its scope: one's own records, a customer's records for every reader.
 */
@Contributes(CountSubjectRegistry)
export class InteractionsCountSubject implements CountSubject {
  readonly subject = 'interactions' as const;
  readonly ability = ['read', 'Interaction'] as const;
  readonly dimensions = ['owner', 'status', 'month'] as const;
  readonly filters = ['customerId', 'staffId', 'typeId'] as const;

  constructor(
    @InjectRepository(Interaction) private readonly interactions: Repository<Interaction>,
    private readonly dictionary: DictionaryService,
  ) {}

  query(principal: Principal, question: CountQuestion) {
    const filters = question.filters as { customerId?: number; staffId?: number; typeId?: number };
    const scope = RecordScope.of(principal).ofCustomer(filters.customerId);
    scope.assertMayAsk([filters.staffId], msg('interactions.othersRecordsForbidden'));
    const query = scope.where(this.interactions.createQueryBuilder('i'), 'i', RECORD_PEOPLE);
    if (filters.customerId)
      query.andWhere('i.customerId = :customerId', { customerId: filters.customerId });
    if (filters.staffId) query.andWhere('i.staffId = :staffId', { staffId: filters.staffId });
    if (filters.typeId) query.andWhere('i.typeId = :typeId', { typeId: filters.typeId });
    if (question.period)
      query.andWhere('i.occurredAt >= :start AND i.occurredAt < :end', question.period);
    const expression = (dimension: CountDimension) =>
      dimension === 'month'
        ? monthOf(query, 'i.occurredAt', question.months)
        : dimension === 'owner'
          ? 'i.staffId'
          : 'i.statusTag';
    const asked = question.by2 ? [question.by, question.by2] : [question.by];
    return { query, expressions: asked.map(expression) };
  }

  async labels(dimension: CountDimension): Promise<Map<string, string>> {
    return dimension === 'status' ? this.dictionary.labels('customer_status') : new Map();
  }
}
