import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { Clock } from '../../common/clock';
import type { Page } from '../../common/pagination/page';
import { isUniqueViolation } from '../../database/unique-violation';
import { UsersService } from '../../users/users.service';
import type { NoticePageQueryDto } from './dto/notice-page-query.dto';
import { NoticeRead } from './entities/notice-read.entity';
import { NoticeAccess } from './notice-access';
import type { UnreadStaffView } from './unread-staff.view';

/**
 * Read receipts: a reader marks a notice read, once however often they ask (the receipt's key
 * is the notice and the reader); its author and managers see who of its audience has not.
 */
@Injectable()
export class NoticeReadsService {
  constructor(
    @InjectRepository(NoticeRead) private readonly reads: Repository<NoticeRead>,
    private readonly access: NoticeAccess,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  /** Marks the notice read by the user; reading it again keeps the first receipt. */
  async markRead(principal: Principal, id: number): Promise<void> {
    await this.access.readable(principal, id);
    try {
      // One statement on its own: a request that loses the race to a concurrent one finds
      // the key taken, which is the outcome it wanted.
      await this.reads.insert({ noticeId: id, userId: principal.id, readAt: this.clock.now() });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }

  /** One page of the notice's audience who have not read it, by name (author or manager only). */
  async unreadBy(
    principal: Principal,
    id: number,
    query: NoticePageQueryDto,
  ): Promise<Page<UnreadStaffView>> {
    const { roles } = await this.access.editable(principal, id);
    return this.users.staffOfRolesPage(roles, query, (users) => {
      const receipt = users
        .subQuery()
        .select('1')
        .from(NoticeRead, 'receipt')
        .where('receipt.noticeId = :noticeId')
        .andWhere('receipt.userId = u.id')
        .getQuery();
      users.andWhere(`NOT EXISTS ${receipt}`, { noticeId: id });
    });
  }
}
