import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CheckAbility } from '../../access/decorators';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { ClassMoneyPageView } from './class-money-page.view';
import { ClosingSheetView } from './closing-sheet.view';
import { ClassMoneyQueryDto } from './dto/class-money-query.dto';
import { ClosingSheetQueryDto } from './dto/closing-sheet-query.dto';
import { FinanceViewsService } from './finance-views.service';

/** What finance reads off the ledger (§8.5): the day's closing sheet and each class's money. */
@ApiTags('finance')
@ApiBearerAuth()
@Controller('finance')
export class FinanceViewsController {
  constructor(private readonly views: FinanceViewsService) {}

  @ApiDoc({
    summary: '财务收款确认表：某日（北京时间）按收款方式和登记人汇总的收款，含明细',
    ok: ClosingSheetView,
  })
  @Get('closing-sheet')
  @CheckAbility('monitor', 'Receivable')
  closingSheet(@Query() query: ClosingSheetQueryDto) {
    return this.views.closingSheet(query);
  }

  @ApiDoc({ summary: '各班级的应收、已收、已退和尚欠（含合计）', ok: ClassMoneyPageView })
  @Get('classes')
  @CheckAbility('monitor', 'Receivable')
  byClass(@Query() query: ClassMoneyQueryDto) {
    return this.views.byClass(query);
  }
}
