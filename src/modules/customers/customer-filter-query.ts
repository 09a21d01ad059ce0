import { Brackets, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import type { CustomerQueryDto } from './dto/customer-query.dto';
import { CustomerSearchTerm } from './entities/customer-search-term.entity';
import type { Customer } from './entities/customer.entity';

/** Filters that are one column equal to the value, by the name the API gives them. */
export const EQUAL_FILTERS: readonly (readonly [keyof CustomerQueryDto, string])[] = [
  ['category', 'c.category'],
  ['stage', 'c.stage'],
  ['statusTag', 'c.statusTag'],
  ['level', 'c.level'],
  ['ownerId', 'c.ownerId'],
  ['provinceCode', 'c.provinceCode'],
  ['cityCode', 'c.cityCode'],
  ['source', 'c.source'],
  ['introducerId', 'c.introducerId'],
];

/**
 * The query of a list, count or export, from the named values of its conditions
 * (CustomerQueryService.filterValues): which names are present decides the conditions, so
 * requests with the same filters share one SQL text. `q` goes through the search index
 * (customer-search-terms.ts); every other filter is a plain indexed condition.
 */
export function customerFilterQuery(
  customers: Repository<Customer>,
  filter: Pick<CustomerQueryDto, 'deleted'>,
  values: ObjectLiteral,
  withOwner = true,
): SelectQueryBuilder<Customer> {
  const query = customers.createQueryBuilder('c');
  if (withOwner) query.leftJoinAndSelect('c.owner', 'owner');
  query.where(filter.deleted ? 'c.deletedAt IS NOT NULL' : 'c.deletedAt IS NULL');
  if ('from0' in values) {
    const terms = query
      .subQuery()
      .select('t.customerId')
      .from(CustomerSearchTerm, 't')
      .where(
        new Brackets((or) => {
          for (let i = 0; `from${i}` in values; i += 1)
            or.orWhere(`t.term BETWEEN :from${i} AND :to${i}`);
        }),
      );
    query.andWhere(`c.id IN ${terms.getQuery()}`);
  }
  for (const [field, column] of EQUAL_FILTERS) {
    if (field in values) query.andWhere(`${column} = :${field}`);
  }
  if ('createdFrom' in values) query.andWhere('c.createdAt >= :createdFrom');
  if ('createdTo' in values) query.andWhere('c.createdAt < :createdTo');
  return query.setParameters(values);
}
