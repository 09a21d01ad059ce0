import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { XLSX_CONTENT_TYPE } from '../../common/spreadsheet/xlsx-content-type';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { ReportKeyParamsDto } from './dto/report-key-params.dto';
import { ReportQueryDto } from './dto/report-query.dto';
import { reportPdf } from './render/report-pdf';
import { reportXlsx } from './render/report-xlsx';
import { ReportCatalogueItemView } from './report-catalogue-item.view';
import { ReportView } from './report.view';
import { ReportsService } from './reports.service';

const PDF_CONTENT_TYPE = 'application/pdf';

/** The reports (§8): the catalogue, and a report run as JSON, Excel or PDF. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @ApiDoc({
    summary: '可运行的报表目录（只列出当前用户有权运行的）',
    ok: [ReportCatalogueItemView],
  })
  @Get()
  @CheckAbility('read', 'Report')
  catalogue(@CurrentUser() user: Principal) {
    return this.reports.catalogue(user);
  }

  /** The same figures in each format: `format=json` (default), `xlsx` or `pdf`; every run is audited. */
  @ApiDoc({
    summary: '运行报表：format=json|xlsx|pdf，三种格式的数据相同；每次运行记入审计',
    ok: ReportView,
    file: [XLSX_CONTENT_TYPE, PDF_CONTENT_TYPE],
    errors: {
      400: [
        'REPORT_PARAMETER_UNKNOWN',
        'REPORT_PARAMETER_MISSING',
        'REPORT_PARAMETER_INVALID',
        'PERIOD_REVERSED',
        'PERIOD_TOO_LONG',
      ],
      403: ['REPORT_FORBIDDEN'],
    },
  })
  @Get(':key')
  @CheckAbility('read', 'Report')
  @ApiProduces('application/json', XLSX_CONTENT_TYPE, PDF_CONTENT_TYPE)
  async run(
    @CurrentUser() user: Principal,
    @Param() params: ReportKeyParamsDto,
    @Query() query: ReportQueryDto,
  ) {
    const document = await this.reports.run(user, params.key, query);
    if (query.format === 'json') return document;
    const xlsx = query.format === 'xlsx';
    return new StreamableFile(xlsx ? await reportXlsx(document) : await reportPdf(document), {
      type: xlsx ? XLSX_CONTENT_TYPE : PDF_CONTENT_TYPE,
      disposition: `attachment; filename="${document.key}.${query.format}"`,
    });
  }
}
