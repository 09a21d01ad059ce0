import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import ical from 'ical-generator';
import { Repository } from 'typeorm';
import { AbilityFactory } from '../../../access/ability.factory';
import type { Principal } from '../../../access/principal';
import { AuditService } from '../../../audit/audit.service';
import { BusinessCalendar } from '../../../common/calendar/business-calendar';
import { DomainError } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import { translate } from '../../../common/i18n/translate';
import { UsersService } from '../../../users/users.service';
import { ClassScheduleService } from './class-schedule.service';
import { ScheduleFeedToken } from './schedule-feed-token.entity';
import type { ScheduleFeedView } from './schedule-feed.view';

/** What a subscribed calendar shows: the last month and the next half year. */
const FEED_DAYS_BEFORE = 31;
const FEED_DAYS_AFTER = 183;
/** 32 random bytes, base64url: the only shape a feed token has. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

function shifted(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The course calendar as an iCalendar feed (§6), for staff to subscribe from a phone. A
 * calendar app cannot sign in, so the feed is opened by a per-user secret in its address,
 * kept hashed, replaced or revoked by its owner; it answers only while its owner could read
 * the schedule signed in (account active, Class:read).
 */
@Injectable()
export class ScheduleFeedService {
  constructor(
    @InjectRepository(ScheduleFeedToken) private readonly tokens: Repository<ScheduleFeedToken>,
    private readonly users: UsersService,
    private readonly abilities: AbilityFactory,
    private readonly schedule: ClassScheduleService,
    private readonly calendar: BusinessCalendar,
    private readonly audit: AuditService,
  ) {}

  /** A new secret for the user; the one they had stops working. */
  async issue(principal: Principal): Promise<ScheduleFeedView> {
    const token = randomBytes(32).toString('base64url');
    await this.tokens.manager.transaction(async (m) => {
      const repository = m.getRepository(ScheduleFeedToken);
      await repository.delete({ userId: principal.id });
      await repository.insert({ userId: principal.id, tokenHash: hashOf(token) });
      await this.audit.record(
        { action: 'schedule.feed.issue', entityType: 'User', entityId: principal.id },
        m,
      );
    });
    return { token, path: `/api/classes/schedule.ics?token=${token}` };
  }

  async revoke(principal: Principal): Promise<void> {
    await this.tokens.manager.transaction(async (m) => {
      await m.getRepository(ScheduleFeedToken).delete({ userId: principal.id });
      await this.audit.record(
        { action: 'schedule.feed.revoke', entityType: 'User', entityId: principal.id },
        m,
      );
    });
  }

  /** The iCalendar text for the token's owner; 401 for any token that opens nothing. */
  async feed(token: unknown): Promise<string> {
    const owner =
      typeof token === 'string' && TOKEN_PATTERN.test(token)
        ? await this.tokens.findOneBy({ tokenHash: hashOf(token) })
        : null;
    const [user] = owner ? await this.users.findMany([owner.userId]) : [];
    if (!user || user.status !== 'active' || !this.abilities.createFor(user).can('read', 'Class')) {
      throw DomainError.unauthorized(msg('classes.feedTokenInvalid'), 'FEED_TOKEN_INVALID');
    }
    const today = this.calendar.today().date;
    const entries = await this.schedule.entries(
      shifted(today, -FEED_DAYS_BEFORE),
      shifted(today, FEED_DAYS_AFTER),
    );
    const feed = ical({ name: translate(msg('classes.feedName'), 'zh-CN') });
    for (const entry of entries) {
      feed.createEvent({
        id: `class-${entry.id}@training-crm`,
        // All-day events: dates written from their UTC parts, whatever the server's zone.
        start: new Date(`${entry.startDate}T00:00:00Z`),
        end: new Date(`${shifted(entry.endDate, 1)}T00:00:00Z`),
        allDay: true,
        summary: translate(
          msg('classes.feedEvent', { course: entry.course.name, term: entry.term }),
          'zh-CN',
        ),
        location: entry.venue,
        description: entry.headCoach
          ? translate(msg('classes.feedHeadCoach', { name: entry.headCoach.name }), 'zh-CN')
          : null,
      });
    }
    return feed.toString();
  }
}
