import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { DocumentFolderView } from './document-folder.view';
import { DocumentFoldersService } from './document-folders.service';
import { CreateFolderDto } from './dto/create-folder.dto';
import { FolderQueryDto } from './dto/folder-query.dto';
import { RenameFolderDto } from './dto/rename-folder.dto';

/** The document library's folders (§1.2 l). */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('documents/folders')
export class DocumentFoldersController {
  constructor(private readonly folders: DocumentFoldersService) {}

  @ApiDoc({
    summary: '资料库文件夹：某个文件夹下的子文件夹（不填 parentId 为顶层），按名称排序',
    ok: DocumentFolderView,
    page: true,
  })
  @Get()
  @CheckAbility('read', 'Document')
  list(@Query() query: FolderQueryDto) {
    return this.folders.list(query);
  }

  @ApiDoc({
    summary: '新建文件夹（最多嵌套 5 层，同一位置名称不可重复）',
    ok: DocumentFolderView,
    errors: { 404: [], 409: ['FOLDER_NAME_TAKEN'], 422: ['FOLDER_TOO_DEEP'] },
  })
  @Post()
  @CheckAbility('organize', 'Document')
  @AuditedInService()
  create(@CurrentUser() principal: Principal, @Body() dto: CreateFolderDto) {
    return this.folders.create(principal, dto);
  }

  @ApiDoc({
    summary: '重命名文件夹',
    ok: DocumentFolderView,
    errors: { 404: [], 409: ['FOLDER_NAME_TAKEN', 'STALE_VERSION'] },
  })
  @Patch(':id')
  @CheckAbility('organize', 'Document')
  @AuditedInService()
  rename(@Param('id', IdParamPipe) id: number, @Body() dto: RenameFolderDto) {
    return this.folders.rename(id, dto);
  }

  @ApiDoc({
    summary: '删除空文件夹（没有子文件夹和文档时才能删除）',
    errors: { 404: [], 409: ['FOLDER_NOT_EMPTY'] },
  })
  @Delete(':id')
  @HttpCode(204)
  @CheckAbility('organize', 'Document')
  @AuditedInService()
  async remove(@Param('id', IdParamPipe) id: number): Promise<void> {
    await this.folders.remove(id);
  }
}
