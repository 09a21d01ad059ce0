import { Injectable } from '@nestjs/common';
import { TotalCache } from '../../common/pagination/total-cache';

/** A list's total: exact, or (capped) a number the list has more than. */
export interface CustomerTotal {
  total: number;
  capped: boolean;
}

/**
 * Totals of customer lists for five seconds. Every write of this process clears them, so
 * only another replica's writes can lag behind, by at most that long.
 */
@Injectable()
export class CustomerTotals extends TotalCache<CustomerTotal> {
  constructor() {
    super(5000);
  }
}
