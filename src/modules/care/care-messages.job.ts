import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { addDays } from '../../common/calendar/business-day';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { normalizeMobile } from '../../common/phone/mobile-number';
import { Contributes } from '../../common/registry/contributes.decorator';
import { AppConfig } from '../../config/app-config';
import type { JobContext } from '../../jobs/job-context';
import type { JobDefinition } from '../../jobs/job-definition';
import { JobRegistry } from '../../jobs/job-registry';
import { SmsOutboxService } from '../../notifications/sms/sms-outbox.service';
import { CareRecipient, CustomersApi } from '../customers/customers.api';
import { DictionaryService } from '../dictionary/dictionary.service';
import { DueOccasion, occasionsOf } from './care-occasions';
import { chineseMonthDay, renderTemplate } from './care-template-text';
import type { ActiveCareTemplates } from './active-care-templates';
import { CareTemplatesService } from './care-templates.service';
import { CareMessage } from './entities/care-message.entity';
import { HolidayDatesService } from './holiday-dates.service';

/** Customers read and greeted per transaction. */
const BATCH = 200;

/** What one run did, by occasion (a person with two occasions counts twice). */
export interface CareRunCounts {
  [key: string]: number;
  queued: number;
  /** queued by an earlier run: once a year per person and occasion */
  alreadyQueued: number;
  optedOut: number;
  /** holidays the person is not greeted for */
  excluded: number;
  /** no active template for the occasion: nothing queued, so a later run can still send it */
  noTemplate: number;
  /** the stored number is not a mobile a text can go to */
  noMobile: number;
}

/** What a run knows before it reads the first customer. */
interface RunContext {
  days: string[];
  holidays: string[];
  holidayLabels: Map<string, string>;
  templates: ActiveCareTemplates;
  sendHour: number;
}

/**
 * The daily care job (§4.2.6): birthdays and anniversaries in the next N days and today's
 * holidays get a greeting queued in the SMS outbox for the morning of the day, once per
 * person, occasion and year (the care_message unique key, and the outbox's dedupe key).
 */
@Contributes(JobRegistry)
export class CareMessagesJob implements JobDefinition {
  readonly name = 'care-messages';
  readonly description =
    'Queues birthday, anniversary and holiday greetings by SMS (customer care)';
  readonly cron = '0 0 7 * * *';
  readonly maxIntervalMinutes = 26 * 60;
  readonly leaseSeconds = 1800;

  constructor(
    @InjectRepository(CareMessage) private readonly messages: Repository<CareMessage>,
    private readonly contacts: CustomersApi,
    private readonly templates: CareTemplatesService,
    private readonly holidays: HolidayDatesService,
    private readonly dictionary: DictionaryService,
    private readonly outbox: SmsOutboxService,
    private readonly config: AppConfig,
    private readonly businessDays: BusinessCalendar,
  ) {}

  async run({ now }: JobContext): Promise<CareRunCounts> {
    const context = await this.context(now);
    const counts: CareRunCounts = {
      queued: 0,
      alreadyQueued: 0,
      optedOut: 0,
      excluded: 0,
      noTemplate: 0,
      noMobile: 0,
    };
    let afterId = 0;
    for (;;) {
      const page = await this.contacts.careRecipients({
        afterId,
        limit: BATCH,
        everyone: context.holidays.length > 0,
      });
      if (page.length === 0) break;
      afterId = page[page.length - 1].id;
      await this.batch(page, context, counts);
      if (page.length < BATCH) break;
    }
    return counts;
  }

  private async context(now: Date): Promise<RunContext> {
    const today = this.businessDays.dayOf(now).date;
    const days = Array.from({ length: this.config.care.lookaheadDays + 1 }, (_, i) =>
      addDays(today, i),
    );
    const [calendar, activeCodes, holidayLabels, templates] = await Promise.all([
      this.holidays.calendar(Number(today.slice(0, 4))),
      this.dictionary.activeCodes('holiday'),
      this.dictionary.labels('holiday'),
      this.templates.active(),
    ]);
    return {
      days,
      holidays: calendar.holidaysOn(today, activeCodes),
      holidayLabels,
      templates,
      sendHour: this.config.care.sendHour,
    };
  }

  private async batch(
    page: CareRecipient[],
    context: RunContext,
    counts: CareRunCounts,
  ): Promise<void> {
    const due: { customer: CareRecipient; occasion: DueOccasion }[] = [];
    for (const customer of page) {
      const found = occasionsOf(customer, context.days, context.holidays);
      counts.optedOut += found.optedOut;
      counts.excluded += found.excluded;
      for (const occasion of found.due) due.push({ customer, occasion });
    }
    if (due.length === 0) return;

    const done = await this.queuedBefore(
      due.map((d) => d.customer.id),
      due.map((d) => d.occasion.year),
    );
    const toQueue: typeof due = [];
    for (const item of due) {
      if (done.has(keyOf(item.customer.id, item.occasion))) counts.alreadyQueued += 1;
      else if (!normalizeMobile(item.customer.mobile)) counts.noMobile += 1;
      else toQueue.push(item);
    }

    await this.messages.manager.transaction(async (m) => {
      for (const { customer, occasion } of toQueue) {
        const template = context.templates.for(occasion.occasion, occasion.holidayCode);
        if (!template) {
          counts.noTemplate += 1;
          continue;
        }
        const smsKey = `care:${customer.id}:${occasion.occasionKey}:${occasion.year}`;
        const values = {
          name: customer.name,
          occasion: this.occasionLabel(occasion, context),
          date: chineseMonthDay(occasion.date),
        };
        const queued = await this.outbox.queue(
          {
            purpose: 'care',
            recipient: { kind: 'customer', customerId: customer.id },
            phone: customer.mobile,
            body: renderTemplate(template.body, values),
            // A template gateway sends the approved greeting for this key (or `care`).
            template: { key: `care:${template.templateKey}`, params: values },
            sendAfter: this.businessDays.atHour(occasion.date, context.sendHour),
            dedupeKey: smsKey,
          },
          m,
        );
        await m.getRepository(CareMessage).insert({
          customerId: customer.id,
          occasion: occasion.occasion,
          occasionKey: occasion.occasionKey,
          anniversaryName: occasion.anniversaryName ?? null,
          year: occasion.year,
          occasionDate: occasion.date,
          templateId: template.id,
          smsKey,
        });
        // The outbox knew the key already (queued some other way): recorded, not sent twice.
        counts[queued ? 'queued' : 'alreadyQueued'] += 1;
      }
    });
  }

  /** The (customer, occasion, year) keys queued already among these customers and years. */
  private async queuedBefore(customerIds: number[], years: number[]): Promise<Set<string>> {
    const rows = await this.messages.find({
      select: { customerId: true, occasionKey: true, year: true },
      where: { customerId: In([...new Set(customerIds)]), year: In([...new Set(years)]) },
    });
    return new Set(rows.map((row) => `${row.customerId}|${row.occasionKey}|${row.year}`));
  }

  private occasionLabel(occasion: DueOccasion, context: RunContext): string {
    if (occasion.occasion === 'anniversary') return occasion.anniversaryName ?? '纪念日';
    if (occasion.occasion === 'holiday')
      return (
        context.holidayLabels.get(occasion.holidayCode ?? '') ?? occasion.holidayCode ?? '节日'
      );
    return '生日';
  }
}

function keyOf(customerId: number, occasion: DueOccasion): string {
  return `${customerId}|${occasion.occasionKey}|${occasion.year}`;
}
