import { PreparedInsertRows } from '../../database/prepared-insert-rows';
import { SmsMessage } from './entities/sms-message.entity';

/** Outbox rows, many a statement (a group SMS's batch): rows as SmsOutboxService.toRow makes them. */
export const INSERT_SMS_MESSAGE_ROWS = PreparedInsertRows.of(SmsMessage);
