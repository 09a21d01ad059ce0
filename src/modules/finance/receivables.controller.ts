import { Body, Controller, Get, Headers, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { IdempotentInService } from '../../idempotency/idempotent-in-service.decorator';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { PaymentDto } from './dto/payment.dto';
import { ReceivableQueryDto } from './dto/receivable-query.dto';
import { ReversalDto } from './dto/reversal.dto';
import { FinanceService } from './finance.service';
import { InstalmentsService } from './instalments.service';
import { InstalmentPlanDto } from './dto/instalment-plan.dto';
import { PaymentResultView } from './payment-result.view';
import { ReceivableDetailView } from './receivable-detail.view';
import { ReceivablePageView } from './receivable-page.view';

const MONEY_KEY = {
  name: 'Idempotency-Key',
  required: true,
  description: '每笔收付款一个新的键（如 UUID）；重试时用同一个键，钱只记一次',
};

/** Receivables and their payments (§4.2.3 回款登记). */
@ApiTags('finance')
@ApiBearerAuth()
@Controller()
export class ReceivablesController {
  constructor(
    private readonly finance: FinanceService,
    private readonly instalments: InstalmentsService,
  ) {}

  @ApiDoc({ summary: '应收款列表（含全部页的合计）', ok: ReceivablePageView })
  @Get('receivables')
  @CheckAbility('read', 'Receivable')
  list(@CurrentUser() principal: Principal, @Query() query: ReceivableQueryDto) {
    return this.finance.list(principal, query);
  }

  @ApiDoc({ summary: '应收款详情：含学费、优惠、收款和冲正记录', ok: ReceivableDetailView })
  @Get('receivables/:id')
  @CheckAbility('read', 'Receivable')
  get(@CurrentUser() principal: Principal, @Param('id', IdParamPipe) id: number) {
    return this.finance.get(principal, id);
  }

  @ApiDoc({
    summary: '安排回款计划：把应收分成若干期，各期合计等于应收金额（替换原计划）',
    ok: ReceivableDetailView,
    errors: { 409: ['NOT_PLANNABLE'], 422: ['PLAN_TOTAL'] },
  })
  @Put('receivables/:id/instalments')
  @CheckAbility('plan', 'Receivable')
  @AuditedInService()
  plan(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: InstalmentPlanDto,
  ) {
    return this.instalments.plan(principal, id, dto);
  }

  @ApiDoc({
    summary: '登记收款（回款登记）；可部分付款，不能多收',
    ok: PaymentResultView,
    errors: {
      400: ['IDEMPOTENCY_KEY_REQUIRED', 'IDEMPOTENCY_KEY_INVALID'],
      409: ['OVERPAYMENT', 'NOT_PAYABLE'],
      422: ['IDEMPOTENCY_KEY_REUSED'],
    },
  })
  @ApiHeader(MONEY_KEY)
  @Post('receivables/:id/payments')
  @CheckAbility('create', 'Payment')
  @IdempotentInService()
  @AuditedInService()
  pay(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: PaymentDto,
  ) {
    return this.finance.recordPayment(principal, id, key, dto);
  }

  @ApiDoc({
    summary: '冲正一笔登记错误的收款（原记录保留，每笔只能冲正一次）',
    ok: PaymentResultView,
    errors: {
      400: ['IDEMPOTENCY_KEY_REQUIRED', 'IDEMPOTENCY_KEY_INVALID'],
      409: ['ALREADY_REVERSED', 'NOT_REVERSIBLE'],
      422: ['NOT_A_PAYMENT', 'IDEMPOTENCY_KEY_REUSED'],
    },
  })
  @ApiHeader(MONEY_KEY)
  @Post('payments/:id/reversal')
  @CheckAbility('reverse', 'Payment')
  @IdempotentInService()
  @AuditedInService()
  reverse(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: ReversalDto,
  ) {
    return this.finance.reversePayment(principal, id, key, dto);
  }
}
