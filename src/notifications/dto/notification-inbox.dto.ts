import { NotificationResponseDto } from './notification-response.dto';

/** One page of the inbox, with how many are unread in all (for the badge). */
export class NotificationInboxDto {
  items: NotificationResponseDto[];
  total: number;
  page: number;
  pageSize: number;
  /** unread notifications in all, whatever the filter */
  unread: number;
}
