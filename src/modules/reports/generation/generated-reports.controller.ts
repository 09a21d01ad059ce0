import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../access/current-user.decorator';
import { CheckAbility } from '../../../access/decorators';
import type { Principal } from '../../../access/principal';
import { AuditedInService } from '../../../audit/audit-write.decorator';
import { attachmentDisposition } from '../../../common/http/attachment-disposition';
import { IdParamPipe } from '../../../common/http/id-param.pipe';
import { XLSX_CONTENT_TYPE } from '../../../common/spreadsheet/xlsx-content-type';
import { ApiDoc } from '../../../openapi/api-doc.decorator';
import { GenerateReportsDto } from './dto/generate-reports.dto';
import { GeneratedReportQueryDto } from './dto/generated-report-query.dto';
import { GeneratedReportView } from './generated-report.view';
import { GeneratedReportsService } from './generated-reports.service';
import { GenerationResultView } from './generation-result.view';
import { ReportGenerationService } from './report-generation.service';

const CONTENT_TYPES = { pdf: 'application/pdf', xlsx: XLSX_CONTENT_TYPE } as const;

/**
 * The report files kept (issue 14): rendered each night, by schedule or on request, listed and
 * downloaded by managers alone (the stage-one roster holds phones).
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/generated')
export class GeneratedReportsController {
  constructor(
    private readonly generated: GeneratedReportsService,
    private readonly generation: ReportGenerationService,
  ) {}

  @ApiDoc({
    summary: '已生成的报表文件（PDF、Excel），按生成时间从新到旧，可按报表筛选',
    ok: GeneratedReportView,
    page: true,
  })
  @Get()
  @CheckAbility('read', 'GeneratedReport')
  list(@Query() query: GeneratedReportQueryDto) {
    return this.generated.list(query);
  }

  /** `{ reportKey, parameters }` renders that report now; `{}` the nightly renderings now. */
  @ApiDoc({
    summary:
      '立即生成报表文件：给出报表和参数则生成该报表的 PDF 和 Excel；不给则立即运行每晚的生成',
    ok: GenerationResultView,
    errors: {
      400: [
        'REPORT_UNKNOWN',
        'REPORT_PARAMETER_UNKNOWN',
        'REPORT_PARAMETER_MISSING',
        'REPORT_PARAMETER_INVALID',
        'PERIOD_REVERSED',
        'PERIOD_TOO_LONG',
        'PARAMETERS_WITHOUT_REPORT',
      ],
      403: ['REPORT_FORBIDDEN'],
    },
  })
  @Post()
  @HttpCode(200)
  @CheckAbility('create', 'GeneratedReport')
  @AuditedInService()
  async generate(@CurrentUser() user: Principal, @Body() dto: GenerateReportsDto) {
    return this.generation.view(await this.generation.generate(user, dto));
  }

  @ApiDoc({
    summary: '下载已生成的报表文件（记入审计）',
    file: [CONTENT_TYPES.pdf, CONTENT_TYPES.xlsx],
  })
  @Get(':id/download')
  @CheckAbility('read', 'GeneratedReport')
  @ApiProduces(CONTENT_TYPES.pdf, CONTENT_TYPES.xlsx)
  async download(@Param('id', IdParamPipe) id: number) {
    const { row, file } = await this.generated.download(id);
    return new StreamableFile(file.stream, {
      type: CONTENT_TYPES[row.format],
      length: file.meta.size,
      disposition: attachmentDisposition(row.name, `${row.reportKey}-${row.id}.${row.format}`),
    });
  }
}
