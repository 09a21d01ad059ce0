import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { ROLES, type Role } from '../../access/role';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { updateAtVersion } from '../../database/update-at-version';
import type { CreateNoticeDto } from './dto/create-notice.dto';
import type { UpdateNoticeDto } from './dto/update-notice.dto';
import { NoticeRead } from './entities/notice-read.entity';
import { NoticeRole } from './entities/notice-role.entity';
import { Notice } from './entities/notice.entity';
import { NoticeAccess } from './notice-access';
import { NoticeAttachments } from './notice-attachments';
import type { NoticeAudience } from './notice-audience';
import { NoticeBody } from './notice-body';
import { NoticeBoardService } from './notice-board.service';
import type { NoticeView } from './notice.view';

/** A notice's audience once a create or a change is applied. */
interface Audience {
  all: boolean;
  roles: Role[];
}

/**
 * Writing the bulletin board (§6): clerks, managers and admins post notices; their author or
 * a manager changes or withdraws them. Every write is one transaction with its audit row.
 * Bodies and titles are sanitised before they are stored (NoticeBody).
 */
@Injectable()
export class NoticesService {
  constructor(
    @InjectRepository(Notice) private readonly notices: Repository<Notice>,
    private readonly access: NoticeAccess,
    private readonly board: NoticeBoardService,
    private readonly attachments: NoticeAttachments,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, dto: CreateNoticeDto): Promise<NoticeView> {
    const audience = this.audienceOf(dto.audience, dto.roles);
    const visibleFrom = dto.visibleFrom ? new Date(dto.visibleFrom) : this.clock.now();
    const visibleTo = dto.visibleTo ? new Date(dto.visibleTo) : null;
    this.assertPeriod(visibleFrom, visibleTo);
    const attachmentIds = dto.attachmentIds ?? [];
    await this.attachments.assertAttachable(principal, attachmentIds);
    const id = await this.notices.manager.transaction(async (m) => {
      const notice = await m.getRepository(Notice).save(
        m.getRepository(Notice).create({
          title: this.title(dto.title),
          body: NoticeBody.source(dto.body),
          category: dto.category,
          pinned: dto.pinned ?? false,
          visibleFrom,
          visibleTo,
          audienceAll: audience.all,
          authorId: principal.id,
          withdrawnAt: null,
          withdrawnById: null,
        }),
      );
      await this.writeRoles(m, notice, audience.roles);
      await this.attachments.replace(m, notice.id, attachmentIds);
      // Its author has read what they wrote: it is not "unread" on their own board.
      if (audience.roles.includes(principal.role))
        await m
          .getRepository(NoticeRead)
          .insert({ noticeId: notice.id, userId: principal.id, readAt: this.clock.now() });
      await this.audit.record(
        {
          action: 'bulletin.create',
          entityType: 'BulletinNotice',
          entityId: notice.id,
          after: { ...this.audited(notice, audience.roles), attachmentIds },
        },
        m,
      );
      return notice.id;
    });
    this.board.changed();
    return this.board.get(principal, id);
  }

  async update(principal: Principal, id: number, dto: UpdateNoticeDto): Promise<NoticeView> {
    if (dto.attachmentIds) await this.attachments.assertAttachable(principal, dto.attachmentIds);
    await this.notices.manager.transaction(async (m) => {
      const { notice, roles } = await this.access.editable(principal, id, m);
      if (notice.version !== dto.version)
        throw DomainError.staleVersion(msg('bulletin.entities.notice'));
      const audience = this.changedAudience(notice, roles, dto);
      const visibleFrom =
        dto.visibleFrom === undefined
          ? notice.visibleFrom
          : dto.visibleFrom === null
            ? this.clock.now()
            : new Date(dto.visibleFrom);
      const visibleTo =
        dto.visibleTo === undefined
          ? notice.visibleTo
          : dto.visibleTo === null
            ? null
            : new Date(dto.visibleTo);
      this.assertPeriod(visibleFrom, visibleTo);
      const changes = {
        ...(dto.title !== undefined ? { title: this.title(dto.title) } : {}),
        ...(dto.body !== undefined ? { body: NoticeBody.source(dto.body) } : {}),
        ...(dto.category !== undefined ? { category: dto.category } : {}),
        ...(dto.pinned !== undefined ? { pinned: dto.pinned } : {}),
        visibleFrom,
        visibleTo,
        audienceAll: audience.all,
      };
      await updateAtVersion(m, Notice, notice, changes, msg('bulletin.entities.notice'));
      await this.writeRoles(m, { ...notice, ...changes }, audience.roles, true);
      const attachedBefore = await this.attachments.idsOf(id, m);
      if (dto.attachmentIds) await this.attachments.replace(m, id, dto.attachmentIds);
      await this.audit.record(
        {
          action: 'bulletin.update',
          entityType: 'BulletinNotice',
          entityId: id,
          before: { ...this.audited(notice, roles), attachmentIds: attachedBefore },
          after: {
            ...this.audited({ ...notice, ...changes }, audience.roles),
            attachmentIds: dto.attachmentIds ?? attachedBefore,
          },
        },
        m,
      );
    });
    this.board.changed();
    return this.board.get(principal, id);
  }

  /** Takes a notice off the board for good (soft delete: its receipts and history stay). */
  async withdraw(principal: Principal, id: number): Promise<void> {
    await this.notices.manager.transaction(async (m) => {
      const { notice, roles } = await this.access.editable(principal, id, m);
      const withdrawnAt = this.clock.now();
      await updateAtVersion(
        m,
        Notice,
        notice,
        { withdrawnAt, withdrawnById: principal.id },
        msg('bulletin.entities.notice'),
      );
      // Off every board at once: the boards read the role rows only.
      await m.getRepository(NoticeRole).delete({ noticeId: id });
      await this.audit.record(
        {
          action: 'bulletin.withdraw',
          entityType: 'BulletinNotice',
          entityId: id,
          before: this.audited(notice, roles),
          after: { withdrawnAt, withdrawnById: principal.id },
        },
        m,
      );
    });
    this.board.changed();
  }

  private title(text: string): string {
    const title = NoticeBody.plain(text);
    if (!title) {
      const detail = msg('bulletin.titleEmpty');
      throw DomainError.badRequest(
        detail,
        [{ field: 'title', messages: [detail] }],
        'VALIDATION_FAILED',
      );
    }
    return title;
  }

  private audienceOf(audience: NoticeAudience, roles: Role[] | undefined): Audience {
    if (audience === 'all') {
      if (roles !== undefined) this.refuseRoles('bulletin.rolesWithAll');
      return { all: true, roles: [...ROLES] };
    }
    if (!roles?.length) this.refuseRoles('bulletin.rolesNeeded');
    return { all: false, roles: [...(roles as Role[])] };
  }

  private changedAudience(notice: Notice, roles: Role[], dto: UpdateNoticeDto): Audience {
    if (dto.audience !== undefined) return this.audienceOf(dto.audience, dto.roles);
    if (dto.roles === undefined) return { all: notice.audienceAll, roles };
    if (notice.audienceAll) this.refuseRoles('bulletin.rolesWithAll');
    return { all: false, roles: dto.roles };
  }

  private refuseRoles(key: 'bulletin.rolesWithAll' | 'bulletin.rolesNeeded'): never {
    throw DomainError.badRequest(
      msg(key),
      [{ field: 'roles', messages: [msg(key)] }],
      'VALIDATION_FAILED',
    );
  }

  private assertPeriod(from: Date, to: Date | null): void {
    if (to === null || to > from) return;
    const detail = msg('bulletin.periodReversed');
    throw DomainError.badRequest(
      detail,
      [{ field: 'visibleTo', messages: [detail] }],
      'VALIDATION_FAILED',
    );
  }

  /** The notice's role rows, each with the copy of what the boards filter and order by. */
  private async writeRoles(
    m: EntityManager,
    notice: Pick<Notice, 'id' | 'pinned' | 'visibleFrom' | 'visibleTo'>,
    roles: Role[],
    replace = false,
  ) {
    const repository = m.getRepository(NoticeRole);
    if (replace) await repository.delete({ noticeId: notice.id });
    await repository.insert(
      roles.map((role) => ({
        noticeId: notice.id,
        role,
        pinned: notice.pinned,
        visibleFrom: notice.visibleFrom,
        visibleTo: notice.visibleTo,
      })),
    );
  }

  /** What the audit keeps of a notice: everything but the body, which can be long. */
  private audited(notice: Omit<Notice, 'body'> & { body?: string }, roles: Role[]) {
    return {
      title: notice.title,
      category: notice.category,
      pinned: notice.pinned,
      visibleFrom: notice.visibleFrom,
      visibleTo: notice.visibleTo,
      audienceAll: notice.audienceAll,
      roles: [...roles].sort(),
      bodyLength: notice.body?.length ?? null,
    };
  }
}
