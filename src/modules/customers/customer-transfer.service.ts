import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { UsersService } from '../../users/users.service';
import { CustomerHistoryService } from './customer-history.service';
import { CustomerTotals } from './customer-totals';
import type { TransferCustomersDto } from './dto/transfer-customers.dto';
import { Customer } from './entities/customer.entity';

const BATCH = 500;

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
      throw DomainError.badRequest('The new owner is the same as the old one.', [{ field: 'toOwnerId', messages: ['must differ from fromOwnerId'] }], 'VALIDATION_FAILED');
    }
    await this.users.findById(dto.fromOwnerId);
    const target = await this.users.findById(dto.toOwnerId);
    if (target.status !== 'active') {
      throw DomainError.unprocessable('Customers can only be moved to an active account.', [{ field: 'toOwnerId', messages: [`account is ${target.status}`] }]);
    }
    const where = { ownerId: dto.fromOwnerId, deletedAt: IsNull(), ...(dto.customerIds ? { id: In(dto.customerIds) } : {}) };
    const ids = (await this.customers.find({ select: { id: true }, where, order: { id: 'ASC' } })).map((row) => row.id);
    if (dto.customerIds && ids.length !== dto.customerIds.length) {
      const missing = dto.customerIds.filter((id) => !ids.includes(id));
      throw DomainError.unprocessable(`These customers are not (or no longer) followed up by user ${dto.fromOwnerId}: ${missing.slice(0, 20).join(', ')}.`, [
        { field: 'customerIds', messages: missing.slice(0, 20).map((id) => `${id} is not a customer of fromOwnerId`) },
      ]);
    }
    // One transaction: either every customer moves, or none does.
    await this.customers.manager.transaction(async (m) => {
      const repository = m.getRepository(Customer);
      for (let i = 0; i < ids.length; i += BATCH) {
        const batch = ids.slice(i, i + BATCH);
        await repository.update({ id: In(batch), ownerId: dto.fromOwnerId }, { ownerId: dto.toOwnerId });
        await this.history.recordMany(
          m,
          batch.map((customerId) => ({ customerId, before: { ownerId: dto.fromOwnerId }, after: { ownerId: dto.toOwnerId } as Customer })),
        );
      }
      await this.audit.record(
        {
          action: 'customer.transfer',
          entityType: 'User',
          entityId: dto.fromOwnerId,
          before: { ownerId: dto.fromOwnerId },
          after: { ownerId: dto.toOwnerId },
          meta: { moved: ids.length, customerIds: ids.slice(0, 1000), note: dto.note ?? null },
        },
        m,
      );
    });
    this.totals.clear();
    return { moved: ids.length };
  }
}
