import { ApiFileUpload } from '../../openapi/api-file-upload.decorator';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { attachmentDisposition } from '../../common/http/attachment-disposition';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { DocumentName } from './document-name';
import { DOCUMENT_TYPES } from './document-types';
import { DocumentUploadView } from './document-upload.view';
import { DocumentUploads } from './document-uploads';
import { DocumentVersionView } from './document-version.view';
import { DocumentVersionsService, type OpenVersion } from './document-versions.service';
import { DocumentView } from './document.view';
import { DocumentsService } from './documents.service';
import { AddVersionDto } from './dto/add-version.dto';
import { CreateDocumentDto } from './dto/create-document.dto';
import { DocumentQueryDto } from './dto/document-query.dto';
import { UpdateDocumentDto } from './dto/update-document.dto';
import { VersionParamsDto } from './dto/version-params.dto';

const TYPES = Object.keys(DOCUMENT_TYPES);

/**
 * The document library (§1.2 l 标准文档统一取用): upload, describe, version, download and
 * delete documents; each is shown to all staff or to the roles it names.
 */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly versions: DocumentVersionsService,
    private readonly uploads: DocumentUploads,
  ) {}

  @ApiDoc({
    summary: '资料库文档列表（只列出您的角色可见的；可按文件夹、标签、标题筛选）',
    ok: DocumentView,
    page: true,
  })
  @Get()
  @CheckAbility('read', 'Document')
  list(@CurrentUser() principal: Principal, @Query() query: DocumentQueryDto) {
    return this.documents.list(principal, query);
  }

  @ApiDoc({
    summary:
      '上传文档文件（multipart 字段 file；类型按内容判断，拒绝程序、脚本和网页；默认最大 50 MB），得到新建文档或新版本用的 fileId（保留一天）',
    ok: DocumentUploadView,
    errors: { 400: ['BAD_UPLOAD'], 413: [], 415: [] },
  })
  @Post('uploads')
  @CheckAbility('upload', 'Document')
  @AuditedInService()
  @ApiFileUpload()
  upload(@CurrentUser() principal: Principal, @Req() request: FastifyRequest) {
    return this.uploads.receive(principal, request);
  }

  @ApiDoc({
    summary: '用上传的文件新建文档（标题、说明、标签、可见角色、文件夹）',
    ok: DocumentView,
    errors: { 422: ['UPLOAD_INVALID', 'FOLDER_NOT_FOUND'] },
  })
  @Post()
  @CheckAbility('upload', 'Document')
  @AuditedInService()
  create(@CurrentUser() principal: Principal, @Body() dto: CreateDocumentDto) {
    return this.documents.create(principal, dto);
  }

  @ApiDoc({ summary: '文档详情（含当前版本）', ok: DocumentView, errors: { 404: [] } })
  @Get(':id')
  @CheckAbility('read', 'Document')
  get(@CurrentUser() principal: Principal, @Param('id', IdParamPipe) id: number) {
    return this.documents.get(principal, id);
  }

  @ApiDoc({
    summary: '修改文档的标题、说明、标签、可见角色或文件夹（上传者或经理）',
    ok: DocumentView,
    errors: {
      403: ['DOCUMENT_NOT_YOURS'],
      404: [],
      409: ['STALE_VERSION'],
      422: ['FOLDER_NOT_FOUND'],
    },
  })
  @Patch(':id')
  @CheckAbility('upload', 'Document')
  @AuditedInService()
  update(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: UpdateDocumentDto,
  ) {
    return this.documents.update(principal, id, dto);
  }

  @ApiDoc({
    summary: '删除文档（上传者或经理；软删除，记入审计）',
    errors: { 403: ['DOCUMENT_NOT_YOURS'], 404: [] },
  })
  @Delete(':id')
  @HttpCode(204)
  @CheckAbility('upload', 'Document')
  @AuditedInService()
  async remove(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
  ): Promise<void> {
    await this.documents.remove(principal, id);
  }

  @ApiDoc({
    summary: '文档的所有版本（最新的在前）',
    ok: DocumentVersionView,
    page: true,
    errors: { 404: [] },
  })
  @Get(':id/versions')
  @CheckAbility('read', 'Document')
  listVersions(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Query() query: PageQueryDto,
  ) {
    return this.versions.list(principal, id, query);
  }

  @ApiDoc({
    summary: '上传新版本（上传者或经理）：旧版本保留，可查看和下载',
    ok: DocumentView,
    errors: {
      403: ['DOCUMENT_NOT_YOURS'],
      404: [],
      409: ['VERSION_CONFLICT'],
      422: ['UPLOAD_INVALID'],
    },
  })
  @Post(':id/versions')
  @CheckAbility('upload', 'Document')
  @AuditedInService()
  addVersion(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: AddVersionDto,
  ) {
    return this.versions.add(principal, id, dto);
  }

  @ApiDoc({ summary: '下载文档的当前版本（记入审计）', file: TYPES, errors: { 404: [] } })
  @Get(':id/download')
  @CheckAbility('read', 'Document')
  @ApiProduces(...TYPES)
  async download(@CurrentUser() principal: Principal, @Param('id', IdParamPipe) id: number) {
    return attachment(id, await this.versions.open(principal, id));
  }

  @ApiDoc({ summary: '下载文档的某个版本（记入审计）', file: TYPES, errors: { 404: [] } })
  @Get(':id/versions/:versionId/download')
  @CheckAbility('read', 'Document')
  @ApiProduces(...TYPES)
  async downloadVersion(@CurrentUser() principal: Principal, @Param() params: VersionParamsDto) {
    return attachment(params.id, await this.versions.open(principal, params.id, params.versionId));
  }
}

/** The version's bytes streamed from the store, under its own name (Chinese included). */
function attachment(documentId: number, { version, file }: OpenVersion): StreamableFile {
  return new StreamableFile(file.stream, {
    type: version.contentType,
    length: version.size,
    disposition: attachmentDisposition(
      version.fileName,
      DocumentName.asciiFallback(version.fileName, documentId, version.number),
    ),
  });
}
