import { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { customerTermRanges as termRanges } from './customer-term-ranges';
import { customerTextPatterns as textPatterns } from './customer-text-patterns';
import type { CustomerQueryDto } from './dto/customer-query.dto';
import type { SearchPath } from './customer-search-path';
import { CustomerSearchTerm } from './entities/customer-search-term.entity';
import { CustomerSearchText } from './entities/customer-search-text.entity';
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
 * (customer-search-terms.ts) by the path the search takes (customer-search-path.ts); every
 * other filter is a plain indexed condition.
 */
export function customerFilterQuery(
  customers: Repository<Customer>,
  filter: Pick<CustomerQueryDto, 'deleted'>,
  values: ObjectLiteral,
  withOwner = true,
  path: SearchPath = 'from-terms',
): SelectQueryBuilder<Customer> {
  const query = customers.createQueryBuilder('c');
  if (withOwner) query.leftJoinAndSelect('c.owner', 'owner');
  return customerConditions(query, filter, values, path);
}

/**
 * The conditions of a customer filter on a query that reads customers as `c` (and, on the
 * `joined` path, their search terms as `t`).
 */
export function customerConditions<Q extends SelectQueryBuilder<ObjectLiteral>>(
  query: Q,
  filter: Pick<CustomerQueryDto, 'deleted'>,
  values: ObjectLiteral,
  path: SearchPath,
): Q {
  query.where(filter.deleted ? 'c.deletedAt IS NOT NULL' : 'c.deletedAt IS NULL');
  if ('from0' in values) {
    if (path === 'joined') {
      query.andWhere(termRanges(values, 't'));
    } else if (path === 'from-terms') {
      // Read the few matching terms first, then their customers.
      const terms = query
        .subQuery()
        .select('t.customerId')
        .from(CustomerSearchTerm, 't')
        .where(termRanges(values, 't'));
      query.andWhere(`c.id IN ${terms.getQuery()}`);
    } else {
      // Walk the customers in the query's order and ask each whether a term matches: with
      // many matches the page is full after a few customers, each one seek on its text.
      const text = query
        .subQuery()
        .select('1')
        .from(CustomerSearchText, 's')
        .where('s.customerId = c.id')
        .andWhere(textPatterns(values, 's'))
        // An OFFSET keeps the question a question per customer: without one PostgreSQL turns
        // EXISTS into a join, and when it underestimates the matches it reads every match
        // and sorts them, 100× slower. (SQL Server's paging needs a FETCH beside it; one row
        // answers EXISTS anyway.)
        .offset(0)
        .limit(1);
      query.andWhere(`EXISTS ${text.getQuery()}`);
    }
  }
  for (const [field, column] of EQUAL_FILTERS) {
    if (field in values) query.andWhere(`${column} = :${field}`);
  }
  if ('goldImoMarked' in values) query.andWhere('c.goldImoAt IS NOT NULL');
  if ('goldImoUnmarked' in values) query.andWhere('c.goldImoAt IS NULL');
  if ('createdFrom' in values) query.andWhere('c.createdAt >= :createdFrom');
  if ('createdTo' in values) query.andWhere('c.createdAt < :createdTo');
  return query.setParameters(values);
}
