import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOperator, In, IsNull, Not, Repository } from 'typeorm';
import { readPage } from '../../common/pagination/apply-page';
import type { Page } from '../../common/pagination/page';
import type { ScriptQueryDto } from './dto/script-query.dto';
import { ScriptSearchTerm } from './entities/script-search-term.entity';
import { Script } from './entities/script.entity';
import type { ScriptSituation } from './script-situation';
import { scriptSearchGroups } from './script-search-terms';
import type { ScriptSummaryView } from './script-summary.view';
import { selectSummaryColumns } from './script-summary-columns';
import { ScriptViews } from './script-views';

/**
 * Lists and searches the library in SQL, one page at a time: a search is one indexed
 * lookup of script_search_term per group of its terms (script-search-terms.ts), never a
 * `LIKE` over the text.
 */
@Injectable()
export class ScriptSearchService {
  constructor(
    @InjectRepository(Script) private readonly scripts: Repository<Script>,
    private readonly views: ScriptViews,
  ) {}

  async list(query: ScriptQueryDto): Promise<Page<ScriptSummaryView>> {
    const rows = selectSummaryColumns(this.scripts.createQueryBuilder('s')).where(
      's.deletedAt IS NULL',
    );
    if (query.courseId !== undefined)
      rows.andWhere('s.courseId = :courseId', { courseId: query.courseId });
    if (query.situation !== undefined)
      rows.andWhere('s.situation = :situation', { situation: query.situation });
    if (query.q !== undefined && query.q.trim() !== '') {
      const groups = scriptSearchGroups(query.q);
      if (!groups) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      groups.forEach((ranges, g) => {
        const parameters: Record<string, string> = {};
        const anyRange = ranges
          .map((range, r) => {
            parameters[`from${g}x${r}`] = range.from;
            parameters[`to${g}x${r}`] = range.to;
            return `t${g}.term BETWEEN :from${g}x${r} AND :to${g}x${r}`;
          })
          .join(' OR ');
        const matching = rows
          .subQuery()
          .select(`t${g}.scriptId`)
          .from(ScriptSearchTerm, `t${g}`)
          .where(`(${anyRange})`)
          .getQuery();
        rows.andWhere(`s.id IN ${matching}`, parameters);
      });
    }
    const page = await readPage(
      rows,
      query,
      { updatedAt: 's.updatedAt', title: 's.title' },
      '-updatedAt',
      (row) => row,
    );
    return { ...page, items: await this.views.summaries(page.items) };
  }

  /**
   * Up to `limit` live scripts of a course: those of the `preferred` situations first, in
   * that order, then the others; each part in reading order. What the briefing suggests.
   */
  async suggested(
    courseId: number,
    preferred: readonly ScriptSituation[],
    limit: number,
  ): Promise<ScriptSummaryView[]> {
    const found: Script[] = [];
    const read = (situation: ScriptSituation | FindOperator<ScriptSituation>) =>
      this.scripts.find({
        where: { courseId, deletedAt: IsNull(), situation },
        order: { readingOrder: 'ASC', id: 'ASC' },
        take: limit - found.length,
      });
    // One small indexed read per situation (three at most) keeps their order without sorting.
    for (const situation of [...preferred, Not(In([...preferred]))]) {
      if (found.length >= limit) break;
      found.push(...(await read(situation)));
    }
    return this.views.summaries(found);
  }
}
