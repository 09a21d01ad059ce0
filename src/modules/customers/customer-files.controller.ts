import { ApiFileUpload } from '../../openapi/api-file-upload.decorator';
import type { OutgoingHttpHeaders } from 'node:http';
import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { CustomerExportService } from './customer-export.service';
import { CustomerImportService } from './customer-import.service';
import { XLSX_CONTENT_TYPE } from '../../common/spreadsheet/xlsx-content-type';
import { CustomerUpload } from './customer-upload';
import { CustomerQueryDto } from './dto/customer-query.dto';
import { ImportQueryDto } from './dto/import-query.dto';
import { RejectedFileParamsDto } from './dto/rejected-file-params.dto';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { ImportCheckedView, ImportDoneView } from './customer-import-result.view';

const attachment = (fileName: string) => `attachment; filename="${fileName}"`;

/** Import and export of the customer base. Registered before CustomersController, so `import` is never taken for an `:id`. */
@ApiTags('customers')
@ApiBearerAuth()
@Controller('customers')
export class CustomerFilesController {
  constructor(
    private readonly imports: CustomerImportService,
    private readonly exports: CustomerExportService,
    private readonly upload: CustomerUpload,
  ) {}

  /** The import template: the columns to fill in, and the codes each coded column takes. */
  @ApiDoc({
    summary: '下载客户导入模板（.xlsx）：要填的列，以及各编码列可用的代码',
    file: XLSX_CONTENT_TYPE,
  })
  @Get('import/template')
  @CheckAbility('import', 'Customer')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async template() {
    return new StreamableFile(await this.imports.template(), {
      type: XLSX_CONTENT_TYPE,
      disposition: attachment('customer-import-template.xlsx'),
    });
  }

  /**
   * Imports customers from an .xlsx or a UTF-8 .csv of at most 30 MB, owned by you unless
   * the 跟进人 column names a colleague by user name (for users who may transfer customers).
   * With `dryRun=true` the file is only checked: each bad row is listed with its reasons.
   * A file that would expand past the import's limits is refused with 413 or 400.
   */
  @ApiDoc({
    summary: '导入客户（.xlsx 或 UTF-8 .csv，最大 30 MB）；dryRun=true 时只检查不保存',
    ok: { oneOf: [ImportCheckedView, ImportDoneView] },
    errors: {
      400: [
        'IMPORT_EMPTY',
        'IMPORT_HEADER',
        'UNREADABLE_FILE',
        'BAD_UPLOAD',
        'CELL_TOO_LONG',
        'ROW_TOO_LONG',
      ],
      413: ['UPLOAD_TOO_LARGE_UNCOMPRESSED', 'SHEET_TOO_LARGE'],
      415: [],
    },
  })
  @Post('import')
  @HttpCode(200)
  @CheckAbility('import', 'Customer')
  @AuditedInService()
  @ApiFileUpload()
  async import(
    @CurrentUser() user: Principal,
    @Query() query: ImportQueryDto,
    @Req() request: FastifyRequest,
  ) {
    return this.imports.import(user, await this.upload.receive(request), query.dryRun);
  }

  /** The rows your import refused, with the reasons, kept for a day. */
  @ApiDoc({ summary: '下载导入被拒的行及原因（.xlsx，保留一天）', file: XLSX_CONTENT_TYPE })
  @Get('import/rejected/:fileId')
  @CheckAbility('import', 'Customer')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async rejected(@CurrentUser() user: Principal, @Param() params: RejectedFileParamsDto) {
    return new StreamableFile(await this.imports.rejectedFile(user, params.fileId), {
      type: XLSX_CONTENT_TYPE,
      disposition: attachment('customers-rejected.xlsx'),
    });
  }

  /** The customers the list's filters select, as .xlsx (managers; audited); phones in full only for those who may reveal them. */
  @ApiDoc({ summary: '按列表筛选条件导出客户（.xlsx，记入审计）', file: XLSX_CONTENT_TYPE })
  @Get('export')
  @CheckAbility('export', 'Customer')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async export(
    @CurrentUser() user: Principal,
    @Query() filter: CustomerQueryDto,
    @Res() reply: FastifyReply,
  ) {
    const file = await this.exports.prepare(user, filter);
    // The export writes the response itself, waiting whenever the client falls behind; the
    // headers set so far (security, request id) go out with its own.
    void reply
      .header('Content-Type', XLSX_CONTENT_TYPE)
      .header('Content-Disposition', attachment(file.fileName));
    reply.hijack();
    reply.raw.writeHead(200, reply.getHeaders() as OutgoingHttpHeaders);
    await file.writeTo(reply.raw);
  }
}
