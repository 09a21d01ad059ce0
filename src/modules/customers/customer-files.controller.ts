import { mkdir } from 'node:fs/promises';
import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
  UnsupportedMediaTypeException,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor, type MulterModuleOptions } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { diskStorage } from 'multer';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { DomainError } from '../../common/errors/domain-error';
import { CustomerExportService } from './customer-export.service';
import { IMPORT_DIR } from './customer-import-files';
import { CustomerImportService } from './customer-import.service';
import { XLSX_CONTENT_TYPE } from './customer-sheet';
import { CustomerQueryDto } from './dto/customer-query.dto';
import { ImportQueryDto } from './dto/import-query.dto';
import { RejectedFileParamsDto } from './dto/rejected-file-params.dto';

/**
 * Uploads go to disk, never into memory, and only one spreadsheet of at most 30 MB (about
 * 100,000 rows) per request. The type is checked by name here and by content in the service.
 */
const UPLOAD: MulterModuleOptions = {
  storage: diskStorage({
    // Made on each upload: a cleaner of the temporary directory may have removed it.
    destination: (_request, _file, done) => {
      mkdir(IMPORT_DIR, { recursive: true }).then(
        () => done(null, IMPORT_DIR),
        (error: Error) => done(error, IMPORT_DIR),
      );
    },
  }),
  limits: { fileSize: 30 * 1024 * 1024, files: 1, fields: 10, fieldSize: 1024 },
  // Browsers send file names in UTF-8; multer's default (latin1) would garble Chinese ones.
  defParamCharset: 'utf8',
  fileFilter: (_request: unknown, file: Express.Multer.File, done: (error: Error | null, accept: boolean) => void) => {
    if (/\.(xlsx|csv)$/i.test(file.originalname)) done(null, true);
    else {
      done(
        new UnsupportedMediaTypeException(
          `"${file.originalname.slice(0, 80)}" is not a spreadsheet this import reads: upload the template filled in (.xlsx) or a CSV file (UTF-8).`,
        ),
        false,
      );
    }
  },
};

const attachment = (fileName: string) => `attachment; filename="${fileName}"`;

/** Import and export of the customer base. Registered before CustomersController, so `import` is never taken for an `:id`. */
@ApiTags('customers')
@ApiBearerAuth()
@Controller('customers')
export class CustomerFilesController {
  constructor(
    private readonly imports: CustomerImportService,
    private readonly exports: CustomerExportService,
  ) {}

  /** The import template: the columns to fill in, and the codes each coded column takes. */
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
   * Imports customers from an .xlsx or a UTF-8 .csv of at most 30 MB, owned by you. With
   * `dryRun=true` the file is only checked: each bad row is listed with its reasons.
   */
  @Post('import')
  @HttpCode(200)
  @CheckAbility('import', 'Customer')
  @AuditedInService()
  @UseInterceptors(FileInterceptor('file', UPLOAD))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  import(@CurrentUser() user: Principal, @Query() query: ImportQueryDto, @UploadedFile() file: Express.Multer.File | undefined) {
    if (!file) {
      throw DomainError.badRequest('Attach the spreadsheet as the multipart field "file".', [{ field: 'file', messages: ['missing'] }], 'VALIDATION_FAILED');
    }
    return this.imports.import(user, { path: file.path, originalName: file.originalname }, query.dryRun);
  }

  /** The rows your import refused, with the reasons, kept for a day. */
  @Get('import/rejected/:fileId')
  @CheckAbility('import', 'Customer')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async rejected(@CurrentUser() user: Principal, @Param() params: RejectedFileParamsDto) {
    return new StreamableFile(await this.imports.rejectedFile(user, params.fileId), {
      type: XLSX_CONTENT_TYPE,
      disposition: attachment('customers-rejected.xlsx'),
    });
  }

  /** The customers the list's filters select, as .xlsx with full mobile numbers (managers; audited). */
  @Get('export')
  @CheckAbility('export', 'Customer')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async export(@CurrentUser() user: Principal, @Query() filter: CustomerQueryDto, @Res() response: Response) {
    const file = await this.exports.prepare(user, filter);
    response.setHeader('Content-Type', XLSX_CONTENT_TYPE);
    response.setHeader('Content-Disposition', attachment(file.fileName));
    await file.writeTo(response);
  }
}
