import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { updateAtVersion } from '../../database/update-at-version';
import { CustomersService } from './customers.service';
import type { GoldImoDto } from './dto/gold-imo.dto';
import { Customer } from './entities/customer.entity';
import type { GoldImoResultView } from './gold-imo-result.view';

/**
 * The 金牌 IMO mark (§1.2 c 重点标记): a manager marks the top referrers by hand, with when
 * and who; lists filter by it and coaches show it. (The ranking computed from referrals that
 * entered a class belongs to the reports.)
 */
@Injectable()
export class CustomerGoldImoService {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly service: CustomersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async mark(principal: Principal, id: number, dto: GoldImoDto): Promise<GoldImoResultView> {
    return this.customers.manager.transaction(async (m) => {
      const customer = await this.service.findLive(id, undefined, m);
      if (customer.erasedAt) {
        throw DomainError.conflict(
          msg('customers.erasedNoContact', { code: customer.code }),
          'ERASED',
        );
      }
      if (customer.version !== dto.version)
        throw DomainError.staleVersion(msg('entities.customer'));
      const before = { goldImoAt: customer.goldImoAt, goldImoById: customer.goldImoById };
      const after = dto.marked
        ? {
            goldImoAt: customer.goldImoAt ?? this.clock.now(),
            goldImoById: customer.goldImoById ?? principal.id,
          }
        : { goldImoAt: null, goldImoById: null };
      await updateAtVersion(m, Customer, customer, after, msg('entities.customer'));
      await this.audit.record(
        { action: 'customer.goldImo', entityType: 'Customer', entityId: id, before, after },
        m,
      );
      return {
        id,
        goldImo: after.goldImoAt
          ? { markedAt: after.goldImoAt, markedById: after.goldImoById }
          : null,
        version: customer.version + 1,
      };
    });
  }
}
