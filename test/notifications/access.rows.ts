import { ROLES } from '../../src/access/role';
import { Notification } from '../../src/notifications/entities/notification.entity';
import { SmsMessage } from '../../src/notifications/sms/entities/sms-message.entity';
import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';
import { uniqueMobile } from '../support/customer-factory';

const ALL = ROLES;

/** The notifications' rows of the role matrix: everyone's inbox, and the SMS outbox. */
export function notificationsAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, admin } = ctx;

  /** An outbox row in the given state (a factory row: the outbox has no API to queue). */
  async function smsMessage(status: 'sent' | 'failed'): Promise<number> {
    const now = t.clock.now();
    const inserted = await t.dataSource.getRepository(SmsMessage).insert({
      purpose: 'alert',
      recipientKind: 'user',
      userId: admin.id,
      phone: uniqueMobile(),
      body: 'Matrix message',
      status,
      attempts: 1,
      sendAfter: now,
      nextAttemptAt: now,
    });
    return inserted.identifiers[0].id;
  }

  return {
    'GET /api/notifications': {
      allowed: ALL,
      call: (user) => t.get('/api/notifications', user.accessToken),
    },
    'POST /api/notifications/read-all': {
      allowed: ALL,
      call: (user) => t.post('/api/notifications/read-all', user.accessToken),
    },
    'POST /api/notifications/:id/read': {
      allowed: ALL,
      call: async (user) => {
        // A factory row: the inbox API has no way to send a message to oneself.
        const inserted = await t.dataSource
          .getRepository(Notification)
          .insert({ userId: user.id, kind: 'test', title: 'Matrix', body: 'A message' });
        return t.post(`/api/notifications/${inserted.identifiers[0].id}/read`, user.accessToken);
      },
    },

    // The SMS outbox: admins and managers read, admins retry.
    'GET /api/admin/sms-outbox': {
      allowed: ['admin', 'manager'],
      call: (user) => t.get('/api/admin/sms-outbox', user.accessToken),
    },
    'GET /api/admin/sms-outbox/:id': {
      allowed: ['admin', 'manager'],
      call: async (user) =>
        t.get(`/api/admin/sms-outbox/${await smsMessage('sent')}`, user.accessToken),
    },
    'POST /api/admin/sms-outbox/:id/retry': {
      allowed: ['admin'],
      call: async (user) =>
        t.post(`/api/admin/sms-outbox/${await smsMessage('failed')}/retry`, user.accessToken),
    },
  };
}
