import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { Clock } from '../../common/clock';
import { readPage } from '../../common/pagination/apply-page';
import type { Page } from '../../common/pagination/page';
import type { ReadingListQueryDto } from './dto/reading-list-query.dto';
import { ScriptRead } from './entities/script-read.entity';
import { Script } from './entities/script.entity';
import type { ReadingListItemView } from './reading-list-item.view';
import type { ScriptReadView } from './script-read.view';
import type { ScriptSummaryView } from './script-summary.view';
import { selectSummaryColumns } from './script-summary-columns';
import { ScriptViews } from './script-views';
import { ScriptsService } from './scripts.service';

/**
 * The reading list of new staff (§7 "新人懂得如何介绍每个课程"): a course's scripts marked for
 * them, in reading order, with each reader's own "read" marks.
 */
@Injectable()
export class ScriptReadingService {
  constructor(
    @InjectRepository(Script) private readonly scripts: Repository<Script>,
    @InjectRepository(ScriptRead) private readonly reads: Repository<ScriptRead>,
    private readonly library: ScriptsService,
    private readonly views: ScriptViews,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, query: ReadingListQueryDto): Promise<Page<ReadingListItemView>> {
    const rows = selectSummaryColumns(this.scripts.createQueryBuilder('s'))
      .where('s.deletedAt IS NULL')
      .andWhere('s.forNewStaff = :forNewStaff', { forNewStaff: true });
    if (query.courseId === undefined) rows.andWhere('s.courseId IS NULL');
    else rows.andWhere('s.courseId = :courseId', { courseId: query.courseId });
    const page = await readPage(
      rows,
      query,
      { readingOrder: 's.readingOrder' },
      'readingOrder',
      (row) => row,
    );
    const [summaries, marks] = await Promise.all([
      this.views.summaries(page.items),
      this.marks(
        principal.id,
        page.items.map((s) => s.id),
      ),
    ]);
    return { ...page, items: summaries.map((summary) => withMark(summary, marks.get(summary.id))) };
  }

  /** Marks the script read by the signed-in user, at its current version. */
  async markRead(principal: Principal, scriptId: number): Promise<ScriptReadView> {
    return this.scripts.manager.transaction(async (m) => {
      const script = await this.library.live(m, scriptId);
      const mark: ScriptRead = {
        userId: principal.id,
        scriptId,
        revision: script.revision,
        readAt: this.clock.now(),
      };
      const repository = m.getRepository(ScriptRead);
      const found = await repository.findOneBy({ userId: principal.id, scriptId });
      if (found) await repository.update({ userId: principal.id, scriptId }, mark);
      else await repository.insert(mark);
      return { scriptId, revision: mark.revision, readAt: mark.readAt };
    });
  }

  private async marks(userId: number, scriptIds: number[]): Promise<Map<number, ScriptRead>> {
    if (!scriptIds.length) return new Map();
    const rows = await this.reads.findBy({ userId, scriptId: In(scriptIds) });
    return new Map(rows.map((row) => [row.scriptId, row]));
  }
}

function withMark(summary: ScriptSummaryView, mark: ScriptRead | undefined): ReadingListItemView {
  return {
    ...summary,
    readAt: mark?.readAt ?? null,
    readRevision: mark?.revision ?? null,
    changedSinceRead: mark !== undefined && mark.revision < summary.revision,
  };
}
