import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { msg } from '../../common/i18n/msg';
import { readPage } from '../../common/pagination/apply-page';
import type { Page } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { findOrFail } from '../../database/find-or-fail';
import { ScriptVersion } from './entities/script-version.entity';
import type { ScriptVersionSummaryView } from './script-version-summary.view';
import type { ScriptVersionView } from './script-version.view';
import { ScriptViews } from './script-views';
import { ScriptsService } from './scripts.service';

/** A script's history (§7): every version, who wrote it and when; each one readable whole. */
@Injectable()
export class ScriptVersionsService {
  constructor(
    @InjectRepository(ScriptVersion) private readonly versions: Repository<ScriptVersion>,
    private readonly library: ScriptsService,
    private readonly views: ScriptViews,
  ) {}

  async list(scriptId: number, query: PageQueryDto): Promise<Page<ScriptVersionSummaryView>> {
    await this.library.live(this.versions.manager, scriptId);
    const rows = this.versions
      .createQueryBuilder('v')
      .where('v.scriptId = :scriptId', { scriptId });
    const page = await readPage(rows, query, { revision: 'v.revision' }, '-revision', (row) => row);
    return { ...page, items: await this.views.versionSummaries(page.items) };
  }

  async get(scriptId: number, revision: number): Promise<ScriptVersionView> {
    const script = await this.library.live(this.versions.manager, scriptId);
    const version = await findOrFail(
      this.versions,
      ScriptVersion,
      { scriptId, revision },
      msg('scripts.versionEntity'),
      { shownId: revision },
    );
    return this.views.version(version, script.revision);
  }
}
