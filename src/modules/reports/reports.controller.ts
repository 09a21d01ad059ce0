import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { XLSX_CONTENT_TYPE } from '../../common/spreadsheet/xlsx-content-type';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { CountsView } from './counts.view';
import { CountsService } from './counts.service';
import { DashboardView } from './dashboard.view';
import { DashboardService } from './dashboard.service';
import { CountsQueryDto } from './dto/counts-query.dto';
import { DashboardQueryDto } from './dto/dashboard-query.dto';
import { ReportKeyParamsDto } from './dto/report-key-params.dto';
import { ReportQueryDto } from './dto/report-query.dto';
import { reportPdf } from './render/report-pdf';
import { reportXlsx } from './render/report-xlsx';
import { ReportCatalogueItemView } from './report-catalogue-item.view';
import { ReportView } from './report.view';
import { ReportsService } from './reports.service';

const PDF_CONTENT_TYPE = 'application/pdf';

/**
 * The reports (§8): the catalogue, a report run as JSON, Excel or PDF, the managers' dashboard
 * and ad-hoc counts. `dashboard` and `counts` are declared before `:key`, which would take them.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly dashboards: DashboardService,
    private readonly counts: CountsService,
  ) {}

  @ApiDoc({
    summary: '可运行的报表目录（只列出当前用户有权运行的）',
    ok: [ReportCatalogueItemView],
  })
  @Get()
  @CheckAbility('read', 'Report')
  catalogue(@CurrentUser() user: Principal) {
    return this.reports.catalogue(user);
  }

  /** A coordinator's dashboard counts their own customers, records, enrolments and money. */
  @ApiDoc({
    summary:
      '管理看板：本期与上一期（同样天数）的新增客户、报名、收入、平均联系间隔、久未联系的客户，以及按状态和阶段的漏斗；每次运行记入审计',
    ok: DashboardView,
    errors: { 400: ['PERIOD_REVERSED', 'PERIOD_TOO_LONG'] },
  })
  @Get('dashboard')
  @CheckAbility('read', 'Report')
  dashboard(@CurrentUser() user: Principal, @Query() query: DashboardQueryDto) {
    return this.dashboards.dashboard(user, query);
  }

  /** Needs the counted subject's read ability too (Customer, Interaction, Enrolment). */
  @ApiDoc({
    summary:
      '自定义报表：按一个或两个维度统计客户、交往记录或报名人数，可带列表的筛选条件；只接受白名单中的维度和筛选；format=json|xlsx；每次运行记入审计',
    ok: CountsView,
    file: XLSX_CONTENT_TYPE,
    errors: {
      400: [
        'COUNT_DIMENSION_UNKNOWN',
        'COUNT_DIMENSION_REPEATED',
        'COUNT_FILTER_UNKNOWN',
        'COUNT_PERIOD_REQUIRED',
        'REPORT_PARAMETER_MISSING',
        'PERIOD_REVERSED',
        'PERIOD_TOO_LONG',
      ],
      403: ['REPORT_FORBIDDEN'],
    },
  })
  @Get('counts')
  @CheckAbility('read', 'Report')
  @ApiProduces('application/json', XLSX_CONTENT_TYPE)
  async count(@CurrentUser() user: Principal, @Query() query: CountsQueryDto) {
    const view = await this.counts.count(user, query);
    if (query.format === 'json') return view;
    return new StreamableFile(await reportXlsx(this.counts.document(view)), {
      type: XLSX_CONTENT_TYPE,
      disposition: `attachment; filename="counts-${view.subject}.xlsx"`,
    });
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
