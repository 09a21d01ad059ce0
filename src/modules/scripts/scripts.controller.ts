import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService, AuditWrite } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { CreateScriptDto } from './dto/create-script.dto';
import { ReadingListQueryDto } from './dto/reading-list-query.dto';
import { ScriptQueryDto } from './dto/script-query.dto';
import { UpdateScriptDto } from './dto/update-script.dto';
import { ReadingListItemView } from './reading-list-item.view';
import { ScriptReadView } from './script-read.view';
import { ScriptReadingService } from './script-reading.service';
import { ScriptSearchService } from './script-search.service';
import { ScriptSummaryView } from './script-summary.view';
import { ScriptVersionSummaryView } from './script-version-summary.view';
import { ScriptVersionView } from './script-version.view';
import { ScriptVersionsService } from './script-versions.service';
import { ScriptView } from './script.view';
import { ScriptsService } from './scripts.service';

/** The script library (常用术语集, §7): read by all staff, written by its editors. */
@ApiTags('scripts')
@ApiBearerAuth()
@Controller('scripts')
export class ScriptsController {
  constructor(
    private readonly scripts: ScriptsService,
    private readonly search: ScriptSearchService,
    private readonly reading: ScriptReadingService,
    private readonly versions: ScriptVersionsService,
  ) {}

  @ApiDoc({
    summary: '话术列表与搜索（标题、正文、标签中的词，或标题的拼音/首字母，如 jgyy；分页）',
    ok: ScriptSummaryView,
    page: true,
  })
  @Get()
  @CheckAbility('read', 'Script')
  list(@Query() query: ScriptQueryDto) {
    return this.search.list(query);
  }

  @ApiDoc({
    summary: '新人必读：某课程（不填为通用）标为新人必读的话术，按阅读顺序，带本人的已读标记',
    ok: ReadingListItemView,
    page: true,
  })
  @Get('reading-list')
  @CheckAbility('read', 'Script')
  readingList(@CurrentUser() user: Principal, @Query() query: ReadingListQueryDto) {
    return this.reading.list(user, query);
  }

  @ApiDoc({ summary: '话术详情（当前版本）', ok: ScriptView })
  @Get(':id')
  @CheckAbility('read', 'Script')
  get(@Param('id', IdParamPipe) id: number) {
    return this.scripts.get(id);
  }

  @ApiDoc({ summary: '新建话术（第 1 版）', ok: ScriptView })
  @Post()
  @CheckAbility('update', 'Script')
  @AuditedInService()
  create(@CurrentUser() user: Principal, @Body() dto: CreateScriptDto) {
    return this.scripts.create(user, dto);
  }

  @ApiDoc({ summary: '修改话术：每次保存的修改成为新的版本，旧版本保留可查', ok: ScriptView })
  @Patch(':id')
  @CheckAbility('update', 'Script')
  @AuditedInService()
  update(
    @CurrentUser() user: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: UpdateScriptDto,
  ) {
    return this.scripts.update(user, id, dto);
  }

  @ApiDoc({ summary: '删除话术（软删除，留有审计记录和历史版本）' })
  @Delete(':id')
  @HttpCode(204)
  @CheckAbility('update', 'Script')
  @AuditedInService()
  async remove(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    await this.scripts.remove(user, id);
  }

  @ApiDoc({
    summary: '话术的历史版本：谁在何时改了什么（最新的在前，分页）',
    ok: ScriptVersionSummaryView,
    page: true,
  })
  @Get(':id/versions')
  @CheckAbility('read', 'Script')
  listVersions(@Param('id', IdParamPipe) id: number, @Query() query: PageQueryDto) {
    return this.versions.list(id, query);
  }

  @ApiDoc({ summary: '话术的某一版本全文', ok: ScriptVersionView })
  @Get(':id/versions/:revision')
  @CheckAbility('read', 'Script')
  getVersion(
    @Param('id', IdParamPipe) id: number,
    @Param('revision', IdParamPipe) revision: number,
  ) {
    return this.versions.get(id, revision);
  }

  @ApiDoc({ summary: '标记本人已读该话术（当前版本）', ok: ScriptReadView })
  @Post(':id/read')
  @HttpCode(200)
  @CheckAbility('read', 'Script')
  @AuditWrite('script.markRead', 'Script')
  markRead(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.reading.markRead(user, id);
  }
}
