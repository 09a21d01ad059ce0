import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { findOrFail } from '../../database/find-or-fail';
import { SmsOutboxService } from '../../notifications/sms/sms-outbox.service';
import { CustomerErasureRegistry } from './customer-erasure.registry';
import { CustomerIndexService } from './customer-index.service';
import { CustomerErasure } from './entities/customer-erasure.entity';
import { Customer } from './entities/customer.entity';
import { msg } from '../../common/i18n/msg';

/** What an erased customer's name reads as. */
export const ERASED_NAME = '已删除';

/**
 * Erasure on request (PIPL): every personal field is replaced, the search index entries go,
 * and the record stays, with its code, links and business state, so counts and money stay
 * right. The request itself is kept: who erased whom, when and why. Queued messages to the
 * person are cancelled and other modules' text about them goes too (CustomerErasureRegistry).
 */
@Injectable()
export class CustomerErasureService {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly index: CustomerIndexService,
    private readonly steps: CustomerErasureRegistry,
    private readonly outbox: SmsOutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async erase(
    principal: Principal,
    id: number,
    reason: string,
  ): Promise<{ id: number; code: string; erasedAt: Date }> {
    const customer = await findOrFail(this.customers, Customer, id, msg('entities.customer'));
    if (customer.erasedAt)
      throw DomainError.conflict(msg('customers.erasedAlready', { code: customer.code }), 'ERASED');
    const erasedAt = this.clock.now();
    await this.customers.manager.transaction(async (m) => {
      await m.getRepository(Customer).update(id, {
        name: ERASED_NAME,
        birthday: null,
        // Unique and required, and recognisably not a phone number.
        mobile: `E${String(id).padStart(10, '0')}`,
        otherPhones: null,
        wechat: null,
        email: null,
        company: null,
        jobSituation: null,
        care: null,
        notes: null,
        erasedAt,
      });
      await this.index.remove(m, id);
      await this.outbox.eraseCustomer(id, m);
      await this.steps.run(id, m);
      await m
        .getRepository(CustomerErasure)
        .insert({ customerId: id, erasedById: principal.id, reason, erasedAt });
      await this.audit.record(
        {
          action: 'customer.erase',
          entityType: 'Customer',
          entityId: id,
          meta: { code: customer.code, reason },
        },
        m,
      );
    });
    return { id, code: customer.code, erasedAt };
  }
}
