import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { instantRange } from '../../common/calendar/instant-range';
import { readPage } from '../../common/pagination/apply-page';
import { findOrFail } from '../../database/find-or-fail';
import type { Page } from '../../common/pagination/page';
import type { SmsOutboxQueryDto } from './dto/sms-outbox-query.dto';
import { SmsMessage } from './entities/sms-message.entity';
import { SmsMessageView, toSmsMessageView } from './sms-message-view';
import { SmsOutboxService } from './sms-outbox.service';
import { msg } from '../../common/i18n/msg';

/** The outbox as admins and managers inspect it; what a reader sees depends on their ability. */
@Injectable()
export class SmsOutboxAdminService {
  constructor(
    @InjectRepository(SmsMessage) private readonly messages: Repository<SmsMessage>,
    private readonly outbox: SmsOutboxService,
  ) {}

  async list(reader: Principal, filter: SmsOutboxQueryDto): Promise<Page<SmsMessageView>> {
    const query = this.messages.createQueryBuilder('m');
    if (filter.status) query.andWhere('m.status = :status', { status: filter.status });
    if (filter.purpose) query.andWhere('m.purpose = :purpose', { purpose: filter.purpose });
    const { from, to } = instantRange(filter);
    if (from) query.andWhere('m.createdAt >= :from', { from });
    if (to) query.andWhere('m.createdAt < :to', { to });
    const mayReadCustomers = this.mayReadCustomers(reader);
    return readPage(
      query,
      filter,
      { createdAt: 'm.createdAt', nextAttemptAt: 'm.nextAttemptAt', sentAt: 'm.sentAt' },
      '-createdAt',
      (row) => toSmsMessageView(row, mayReadCustomers),
    );
  }

  async get(reader: Principal, id: number): Promise<SmsMessageView> {
    const message = await findOrFail(this.messages, SmsMessage, id, msg('entities.smsMessage'));
    return toSmsMessageView(message, this.mayReadCustomers(reader));
  }

  async retry(reader: Principal, id: number): Promise<SmsMessageView> {
    return toSmsMessageView(await this.outbox.retry(id), this.mayReadCustomers(reader));
  }

  private mayReadCustomers(reader: Principal): boolean {
    return reader.ability.can('read', 'Customer');
  }
}
