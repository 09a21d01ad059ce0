import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { instantRange } from '../common/calendar/instant-range';
import { readPage } from '../common/pagination/apply-page';
import type { Page } from '../common/pagination/page';
import type { AuditQueryDto } from './dto/audit-query.dto';
import { AuditLog } from './entities/audit-log.entity';

/** Reads the audit history for managers, one page at a time. */
@Injectable()
export class AuditQueryService {
  constructor(@InjectRepository(AuditLog) private readonly logs: Repository<AuditLog>) {}

  async search(filter: AuditQueryDto): Promise<Page<AuditLog>> {
    const query = this.logs.createQueryBuilder('log');
    if (filter.userId !== undefined)
      query.andWhere('log.actorId = :userId', { userId: filter.userId });
    if (filter.action?.endsWith('.')) {
      query.andWhere('log.action LIKE :prefix', { prefix: `${filter.action}%` });
    } else if (filter.action) {
      query.andWhere('log.action = :action', { action: filter.action });
    }
    if (filter.entityType)
      query.andWhere('log.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('log.entityId = :entityId', { entityId: filter.entityId });
    if (filter.outcome) query.andWhere('log.outcome = :outcome', { outcome: filter.outcome });
    const { from, to } = instantRange(filter);
    if (from) query.andWhere('log.occurredAt >= :from', { from });
    if (to) query.andWhere('log.occurredAt < :to', { to });
    return readPage(
      query,
      filter,
      { occurredAt: 'log.occurredAt', action: 'log.action' },
      '-occurredAt',
      (row) => row,
    );
  }
}
