import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { UsersService } from '../../users/users.service';
import { CustomerHistoryService } from './customer-history.service';
import { CustomerTotals } from './customer-totals';
import type { TransferCustomersDto } from './dto/transfer-customers.dto';
import { Customer } from './entities/customer.entity';
import { msg } from '../../common/i18n/msg';

const BATCH = 500;

/** Customers that changed owner, and how: a 资料转移, or a single customer's update, creation or import. */
export interface CustomerMove {
  customerIds: number[];
  /** null for customers that are being created */
  fromOwnerId: number | null;
  toOwnerId: number | null;
  via: 'transfer' | 'update' | 'create' | 'import';
  note?: string | null;
}

/** 资料转移: a manager moves all or some customers of one owner to another (staff leaving). */
@Injectable()
export class CustomerTransferService {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly users: UsersService,
    private readonly history: CustomerHistoryService,
    private readonly audit: AuditService,
    private readonly totals: CustomerTotals,
  ) {}

  async transfer(dto: TransferCustomersDto): Promise<{ moved: number }> {
    if (dto.fromOwnerId === dto.toOwnerId) {
      throw DomainError.badRequest(
        msg('customers.transfer.sameOwner'),
        [{ field: 'toOwnerId', messages: [msg('customers.transfer.sameOwnerDetail')] }],
        'VALIDATION_FAILED',
      );
    }
    await this.users.findById(dto.fromOwnerId);
    const target = await this.users.findById(dto.toOwnerId);
    if (target.status !== 'active') {
      throw DomainError.unprocessable(msg('customers.transfer.inactiveTarget'), [
        {
          field: 'toOwnerId',
          messages: [
            msg('customers.transfer.inactiveTargetDetail', {
              status: msg(`users.status.${target.status}`),
            }),
          ],
        },
      ]);
    }
    const where = {
      ownerId: dto.fromOwnerId,
      deletedAt: IsNull(),
      ...(dto.customerIds ? { id: In(dto.customerIds) } : {}),
    };
    const ids = (
      await this.customers.find({ select: { id: true }, where, order: { id: 'ASC' } })
    ).map((row) => row.id);
    if (dto.customerIds && ids.length !== dto.customerIds.length) {
      const missing = dto.customerIds.filter((id) => !ids.includes(id));
      throw DomainError.unprocessable(
        msg('customers.transfer.notOwned', { owner: dto.fromOwnerId, ids: missing.slice(0, 20) }),
        [
          {
            field: 'customerIds',
            messages: missing
              .slice(0, 20)
              .map((id) => msg('customers.transfer.notOwnedDetail', { id })),
          },
        ],
      );
    }
    // One transaction: either every customer moves, or none does.
    await this.customers.manager.transaction(async (m) => {
      const repository = m.getRepository(Customer);
      for (let i = 0; i < ids.length; i += BATCH) {
        const batch = ids.slice(i, i + BATCH);
        await repository.update(
          { id: In(batch), ownerId: dto.fromOwnerId },
          { ownerId: dto.toOwnerId },
        );
        await this.history.recordMany(
          m,
          batch.map((customerId) => ({
            customerId,
            before: { ownerId: dto.fromOwnerId },
            after: { ownerId: dto.toOwnerId } as Customer,
          })),
        );
      }
      await this.recordMove(m, {
        customerIds: ids,
        fromOwnerId: dto.fromOwnerId,
        toOwnerId: dto.toOwnerId,
        via: 'transfer',
        note: dto.note,
      });
    });
    this.totals.clear();
    return { moved: ids.length };
  }

  /**
   * The audit row of customers changing owner, the same whatever the route (a transfer, an
   * update, a creation or import for someone else: `via`), inside the caller's transaction.
   * Who may do it is decided by assertMayAssignOwner (src/access/owner-assignment.ts).
   */
  async recordMove(m: EntityManager, move: CustomerMove): Promise<void> {
    await this.audit.record(
      {
        action: 'customer.transfer',
        entityType: 'User',
        ...(move.fromOwnerId === null ? {} : { entityId: move.fromOwnerId }),
        before: { ownerId: move.fromOwnerId },
        after: { ownerId: move.toOwnerId },
        meta: {
          moved: move.customerIds.length,
          customerIds: move.customerIds.slice(0, 1000),
          note: move.note ?? null,
          via: move.via,
        },
      },
      m,
    );
  }
}
