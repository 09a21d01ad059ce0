/** One page of a list, as every list endpoint returns it. */
export interface Page<T> {
  items: T[];
  total: number;
  /**
   * Set on searches whose matches were counted only up to a bound: there are more than
   * `total` (the list shows "more than 1,000"). Counting every match of a common term would
   * cost as much as reading them all.
   */
  totalCapped?: boolean;
  page: number;
  pageSize: number;
}
