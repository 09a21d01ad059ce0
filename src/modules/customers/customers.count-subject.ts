import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { Contributes } from '../../common/registry/contributes.decorator';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { DictionaryType } from '../dictionary/dictionary-type';
import { RegionService } from '../dictionary/region.service';
import type { CountDimension } from '../reports/count-dimension';
import type { CountQuestion } from '../reports/count-question';
import type { CountSubject } from '../reports/count-subject';
import { CountSubjectRegistry } from '../reports/count-subject.registry';
import { CUSTOMER_COUNT_FILTERS } from '../reports/dto/customer-count-filters';
import { monthOf } from '../reports/month-of';
import { customerConditions } from './customer-filter-query';
import { CustomerQueryService } from './customer-query.service';
import type { CustomerQueryDto } from './dto/customer-query.dto';
import { Customer } from './entities/customer.entity';

/** The columns customers are grouped by (`month`: of when they were added). */
const COLUMNS = {
  owner: 'c.ownerId',
  status: 'c.statusTag',
  level: 'c.level',
  source: 'c.source',
  industry: 'c.industry',
  province: 'c.provinceCode',
} as const;

const DICTIONARIES: Partial<Record<CountDimension, DictionaryType>> = {
  status: 'customer_status',
  level: 'customer_level',
  source: 'source',
  industry: 'industry',
};

/**
 * Customers for ad-hoc counts: live ones (as the list shows them; erased ones are live rows
 * with placeholders, left out here as in the reports), filtered by the customer list's own
 * conditions (customerConditions, the search included), within the reader's record scope.
 */
@Contributes(CountSubjectRegistry)
export class CustomersCountSubject implements CountSubject {
  readonly subject = 'customers' as const;
  readonly ability = ['read', 'Customer'] as const;
  readonly dimensions = [
    'owner',
    'status',
    'level',
    'source',
    'industry',
    'province',
    'month',
  ] as const;
  readonly filters = CUSTOMER_COUNT_FILTERS;

  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly lists: CustomerQueryService,
    private readonly dictionary: DictionaryService,
    private readonly regions: RegionService,
  ) {}

  query(principal: Principal, question: CountQuestion) {
    const values = this.lists.filterValues(principal, question.filters as CustomerQueryDto);
    if (question.period) {
      values.createdFrom = question.period.start;
      values.createdTo = question.period.end;
    }
    const query: SelectQueryBuilder<ObjectLiteral> = customerConditions(
      this.customers.createQueryBuilder('c'),
      { deleted: false },
      values,
      'from-terms',
    ).andWhere('c.erasedAt IS NULL');
    RecordScope.of(principal).where(query, 'c', { owner: 'ownerId' });
    const expression = (dimension: CountDimension) =>
      dimension === 'month'
        ? monthOf(query, 'c.createdAt', question.months)
        : COLUMNS[dimension as keyof typeof COLUMNS];
    const asked = question.by2 ? [question.by, question.by2] : [question.by];
    return { query, expressions: asked.map(expression) };
  }

  async labels(dimension: CountDimension, values: string[]): Promise<Map<string, string>> {
    if (dimension === 'province')
      return new Map(values.map((code) => [code, this.regions.provinceName(code) ?? code]));
    const type = DICTIONARIES[dimension];
    return type ? this.dictionary.labels(type) : new Map();
  }
}
