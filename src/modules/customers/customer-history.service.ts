import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { RequestContext } from '../../common/request-context';
import {
  CustomerStatusChange,
  TRACKED_FIELDS,
  TrackedField,
} from './entities/customer-status-change.entity';
import { INSERT_STATUS_CHANGES } from './customer-status-changes-insert.query';
import type { Customer } from './entities/customer.entity';

type Tracked = Pick<Customer, TrackedField>;

/** Writes a history row for each change of status tag, level, category, stage or owner. */
@Injectable()
export class CustomerHistoryService {
  constructor(private readonly clock: Clock) {}

  async record(
    manager: EntityManager,
    customerId: number,
    before: Partial<Tracked>,
    after: Tracked,
  ): Promise<void> {
    await this.recordMany(manager, [{ customerId, before, after }]);
  }

  /** The history rows of many customers in a few statements (imports, transfers). */
  async recordMany(
    manager: EntityManager,
    changes: { customerId: number; before: Partial<Tracked>; after: Tracked }[],
  ) {
    const changedAt = this.clock.now();
    const changedById = RequestContext.current()?.actor?.id ?? null;
    const rows = changes.flatMap(({ customerId, before, after }) =>
      TRACKED_FIELDS.filter((field) => (before[field] ?? null) !== (after[field] ?? null)).map(
        (field) => ({
          customerId,
          field,
          fromValue:
            before[field] === undefined || before[field] === null ? null : String(before[field]),
          toValue:
            after[field] === null || after[field] === undefined ? null : String(after[field]),
          changedById,
          changedAt,
        }),
      ),
    );
    await INSERT_STATUS_CHANGES.run(manager, rows);
  }

  async recent(manager: EntityManager, customerId: number, limit = 50) {
    return manager.getRepository(CustomerStatusChange).find({
      where: { customerId },
      order: { changedAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }
}
