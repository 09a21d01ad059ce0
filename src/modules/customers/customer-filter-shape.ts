import type { CustomerListShape } from './customer-list-page.query';

/**
 * What decides the SQL of a customer filter's statements (the list page, its count, the
 * export's batch, a common search's matches): live or deleted, which conditions are present
 * (by their values' names) and the search's path. Values never change it.
 */
export function customerFilterShape({ filter, values, path }: CustomerListShape): string {
  return [filter.deleted ? 'deleted' : 'live', Object.keys(values).join(','), path ?? ''].join('|');
}
