import type { SmsStatus } from '../../notifications/sms/entities/sms-message.entity';
import { CustomerSummaryView } from '../customers/customer-summary.view';
import type { CareOccasion } from './care-occasions';

/** A queued greeting as the upcoming list shows it. */
export class UpcomingCareView {
  id: number;
  /** code, name and masked mobile */
  customer: CustomerSummaryView | null;
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
