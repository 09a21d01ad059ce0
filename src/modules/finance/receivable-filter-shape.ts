import { RECEIVABLE_FILTER_CONDITIONS } from './receivable-filter-conditions';
import type { ReceivableListShape } from './receivable-list-shape';

/** What decides the WHERE of a receivables list: the conditions present and whether the scope narrows. */
export function receivableFilterShape({
  filter,
  scope,
}: Pick<ReceivableListShape, 'filter' | 'scope'>): string {
  const present = Object.keys(RECEIVABLE_FILTER_CONDITIONS).filter((name) => name in filter);
  return [...present, scope.narrows ? 'own' : 'all'].join(',');
}
