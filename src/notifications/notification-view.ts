/** A notification as its reader sees it: written in their language from what it points at. */
export interface NotificationView {
  id: number;
  kind: string;
  title: string;
  body: string;
  /** the ids it is about (planId, customerId, userId …), for links */
  data: Record<string, unknown> | null;
  readAt: Date | null;
  createdAt: Date;
}
