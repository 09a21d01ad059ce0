import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import type { Role } from '../../access/role';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { Notice } from './entities/notice.entity';
import { NoticeRole } from './entities/notice-role.entity';

/** A notice with the roles it is for, as the per-record rules read it. */
export interface NoticeWithRoles {
  notice: Notice;
  roles: Role[];
}

/**
 * Who may see and change which notice: the per-record form of the board's filter
 * (board-notices.query.ts). A reader sees a notice that is current and for their role; its
 * author and those who monitor the board (managers) see it whatever its period or audience.
 * A notice the user may not see is "not found", never "forbidden", so that ids cannot be
 * probed; one they see but may not change is 403.
 */
@Injectable()
export class NoticeAccess {
  constructor(
    @InjectRepository(Notice) private readonly notices: Repository<Notice>,
    private readonly clock: Clock,
  ) {}

  /** The notice (not withdrawn) if the user may see it, else 404. */
  async readable(
    principal: Principal,
    id: number,
    m: EntityManager = this.notices.manager,
  ): Promise<NoticeWithRoles> {
    const notice = Number.isInteger(id)
      ? await m.getRepository(Notice).findOneBy({ id, withdrawnAt: IsNull() })
      : null;
    const roles = notice
      ? (await m.getRepository(NoticeRole).findBy({ noticeId: notice.id })).map((row) => row.role)
      : [];
    if (!notice || !this.maySee(principal, notice, roles)) {
      throw DomainError.notFound(msg('bulletin.entities.notice'), id);
    }
    return { notice, roles };
  }

  /** The notice if the user may change it: 404 when they may not see it, 403 when only that. */
  async editable(
    principal: Principal,
    id: number,
    m: EntityManager = this.notices.manager,
  ): Promise<NoticeWithRoles> {
    const found = await this.readable(principal, id, m);
    if (!this.mayEdit(principal, found.notice)) {
      throw DomainError.forbidden(msg('bulletin.notYours'), 'NOTICE_NOT_YOURS');
    }
    return found;
  }

  mayEdit(principal: Principal, notice: Pick<Notice, 'authorId'>): boolean {
    return (
      principal.ability.can('monitor', 'Bulletin') ||
      (notice.authorId === principal.id && principal.ability.can('create', 'Bulletin'))
    );
  }

  private maySee(principal: Principal, notice: Notice, roles: Role[]): boolean {
    if (this.mayEdit(principal, notice)) return true;
    const now = this.clock.now();
    return (
      roles.includes(principal.role) &&
      notice.visibleFrom <= now &&
      (notice.visibleTo === null || notice.visibleTo > now)
    );
  }
}
