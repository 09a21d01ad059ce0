import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { readPage } from '../../common/pagination/apply-page';
import type { Page } from '../../common/pagination/page';
import { SmsOutboxService } from '../../notifications/sms/sms-outbox.service';
import { CustomersApi } from '../customers/customers.api';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { UpcomingQueryDto } from './dto/upcoming-query.dto';
import { CareMessage } from './entities/care-message.entity';
import type { UpcomingCareView } from './upcoming-care.view';

/** 客户关怀: the greetings queued for today and the days ahead (§4.2.6). */
@Injectable()
export class CareUpcomingService {
  constructor(
    @InjectRepository(CareMessage) private readonly messages: Repository<CareMessage>,
    private readonly contacts: CustomersApi,
    private readonly dictionary: DictionaryService,
    private readonly outbox: SmsOutboxService,
    private readonly calendar: BusinessCalendar,
  ) {}

  async list(filter: UpcomingQueryDto): Promise<Page<UpcomingCareView>> {
    const { from, to } = this.calendar.upcoming(filter);
    // The outbox holds the text and whether it went out; it is asked for one page's keys.
    // An erased customer's rows are gone (CareErasure), so nothing of them is listed.
    const query = this.messages
      .createQueryBuilder('cm')
      .where('cm.occasionDate >= :from', { from });
    if (to) query.andWhere('cm.occasionDate <= :to', { to });
    if (filter.occasion) query.andWhere('cm.occasion = :occasion', { occasion: filter.occasion });
    if (filter.customerId)
      query.andWhere('cm.customerId = :customerId', { customerId: filter.customerId });
    const page = await readPage(
      query,
      filter,
      { occasionDate: 'cm.occasionDate', createdAt: 'cm.createdAt' },
      'occasionDate',
      (row) => row,
    );
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
