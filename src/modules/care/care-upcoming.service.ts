import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { businessDate } from '../../common/business-date';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { readPage } from '../../common/pagination/apply-page';
import type { Page } from '../../common/pagination/page';
import { AppConfig } from '../../config/app-config';
import type { SmsStatus } from '../../notifications/sms/entities/sms-message.entity';
import { SmsOutboxService } from '../../notifications/sms/sms-outbox.service';
import { CustomerContactService, CustomerSummary } from '../customers/customer-contact.service';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { CareOccasion } from './care-occasions';
import type { UpcomingQueryDto } from './dto/upcoming-query.dto';
import { CareMessage } from './entities/care-message.entity';
import { msg } from '../../common/i18n/msg';

/** A queued greeting as the upcoming list shows it. */
export interface UpcomingCareView {
  id: number;
  /** code, name and masked mobile */
  customer: CustomerSummary | null;
  occasion: CareOccasion;
  occasionKey: string;
  /** 生日, the anniversary's name or the holiday's label */
  occasionName: string;
  /** `YYYY-MM-DD` */
  occasionDate: string;
  /** the text as it will be sent */
  text: string;
  /** null when the outbox no longer has the message */
  smsStatus: SmsStatus | null;
  sendAfter: Date | null;
  sentAt: Date | null;
  createdAt: Date;
}

/** 客户关怀: the greetings queued for today and the days ahead (§4.2.6). */
@Injectable()
export class CareUpcomingService {
  constructor(
    @InjectRepository(CareMessage) private readonly messages: Repository<CareMessage>,
    private readonly contacts: CustomerContactService,
    private readonly dictionary: DictionaryService,
    private readonly outbox: SmsOutboxService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(filter: UpcomingQueryDto): Promise<Page<UpcomingCareView>> {
    const today = businessDate(this.clock.now(), this.config.business.timeZone);
    const from = filter.from && filter.from > today ? filter.from : today;
    if (filter.to && filter.to < from) {
      throw DomainError.badRequest(msg('care.periodBeforeStart', { to: filter.to, from }), [
        { field: 'to', messages: [msg('care.periodBeforeStartDetail')] },
      ], 'VALIDATION_FAILED');
    }
    // The outbox holds the text and whether it went out; it is asked for one page's keys.
    // An erased customer's rows are gone (CareErasure), so nothing of them is listed.
    const query = this.messages.createQueryBuilder('cm').where('cm.occasionDate >= :from', { from });
    if (filter.to) query.andWhere('cm.occasionDate <= :to', { to: filter.to });
    if (filter.occasion) query.andWhere('cm.occasion = :occasion', { occasion: filter.occasion });
    if (filter.customerId) query.andWhere('cm.customerId = :customerId', { customerId: filter.customerId });
    const page = await readPage(query, filter, { occasionDate: 'cm.occasionDate', createdAt: 'cm.createdAt' }, 'occasionDate', (row) => row);
    const [customers, holidayLabels, messages] = await Promise.all([
      this.contacts.summaries(page.items.map((row) => row.customerId)),
      this.dictionary.labels('holiday'),
      this.outbox.byKeys(page.items.map((row) => row.smsKey)),
    ]);
    return {
      ...page,
      items: page.items.map((row) => ({
        id: row.id,
        customer: customers.get(row.customerId) ?? null,
        occasion: row.occasion,
        occasionKey: row.occasionKey,
        occasionName: occasionName(row, holidayLabels),
        occasionDate: row.occasionDate,
        text: messages.get(row.smsKey)?.body ?? '',
        smsStatus: messages.get(row.smsKey)?.status ?? null,
        sendAfter: messages.get(row.smsKey)?.sendAfter ?? null,
        sentAt: messages.get(row.smsKey)?.sentAt ?? null,
        createdAt: row.createdAt,
      })),
    };
  }
}

function occasionName(row: CareMessage, holidayLabels: Map<string, string>): string {
  if (row.occasion === 'anniversary') return row.anniversaryName ?? '纪念日';
  const [, code] = row.occasionKey.split(/:(.*)/s);
  if (row.occasion === 'holiday') return holidayLabels.get(code) ?? code;
  return '生日';
}
