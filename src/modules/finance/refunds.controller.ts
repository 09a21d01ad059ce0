import { ApiFileUpload } from '../../openapi/api-file-upload.decorator';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { IdempotentInService } from '../../idempotency/idempotent-in-service.decorator';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { RefundApprovalDto } from './dto/refund-approval.dto';
import { RefundQueryDto } from './dto/refund-query.dto';
import { RefundRejectionDto } from './dto/refund-rejection.dto';
import { RefundRequestDto } from './dto/refund-request.dto';
import { RefundDocumentView } from './refund-document.view';
import { RefundItemView } from './refund-item.view';
import { RefundRequestView } from './refund-request.view';
import { RefundResultView } from './refund-result.view';
import { RefundsService } from './refunds.service';
import { REFUND_DOCUMENT_TYPES } from './refund-document-types';

/** Written refund requests and their decisions (§4.2.3 退费). */
@ApiTags('finance')
@ApiBearerAuth()
@Controller()
export class RefundsController {
  constructor(private readonly refunds: RefundsService) {}

  @ApiDoc({
    summary: '上传书面退费申请（扫描件或 PDF，最大 10 MB），得到提交申请时用的编号',
    ok: RefundDocumentView,
    errors: { 400: ['BAD_UPLOAD'], 413: [], 415: [] },
  })
  @Post('refunds/documents')
  @CheckAbility('request', 'Refund')
  @AuditedInService()
  @ApiFileUpload()
  upload(@CurrentUser() principal: Principal, @Req() request: FastifyRequest) {
    return this.refunds.uploadDocument(principal, request);
  }

  @ApiDoc({
    summary: '提交退费申请（须附书面申请），等待另一位财务或经理审批',
    ok: RefundRequestView,
    errors: {
      409: ['REFUND_TOO_LARGE', 'NOT_REFUNDABLE', 'REFUND_PENDING'],
      422: ['DOCUMENT_INVALID'],
    },
  })
  @Post('receivables/:id/refunds')
  @CheckAbility('request', 'Refund')
  @AuditedInService()
  request(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: RefundRequestDto,
  ) {
    return this.refunds.request(principal, id, dto);
  }

  @ApiDoc({ summary: '退费申请列表（含学员和申请人的姓名）', ok: RefundItemView, page: true })
  @Get('refunds')
  @CheckAbility('read', 'Receivable')
  list(@CurrentUser() principal: Principal, @Query() query: RefundQueryDto) {
    return this.refunds.list(principal, query);
  }

  @ApiDoc({ summary: '退费申请详情', ok: RefundRequestView })
  @Get('refunds/:id')
  @CheckAbility('read', 'Receivable')
  get(@CurrentUser() principal: Principal, @Param('id', IdParamPipe) id: number) {
    return this.refunds.get(principal, id);
  }

  @ApiDoc({ summary: '下载退费申请所附的书面申请', file: [...REFUND_DOCUMENT_TYPES] })
  @Get('refunds/:id/document')
  @CheckAbility('read', 'Receivable')
  @ApiProduces(...REFUND_DOCUMENT_TYPES)
  async document(@CurrentUser() principal: Principal, @Param('id', IdParamPipe) id: number) {
    const { meta, stream } = await this.refunds.document(principal, id);
    return new StreamableFile(stream, {
      type: meta.contentType,
      length: meta.size,
      disposition: `attachment; filename="refund-${id}"`,
    });
  }

  @ApiDoc({
    summary: '批准退费并登记退款：学员随之退出班级（申请人不能自己审批）',
    ok: RefundResultView,
    errors: {
      400: ['IDEMPOTENCY_KEY_REQUIRED', 'IDEMPOTENCY_KEY_INVALID'],
      403: ['APPROVER_IS_REQUESTER'],
      409: ['REFUND_DECIDED', 'REFUND_TOO_LARGE', 'NOT_REFUNDABLE'],
      422: ['IDEMPOTENCY_KEY_REUSED'],
    },
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: '每次审批一个新的键（如 UUID）；重试时用同一个键，退款只记一次',
  })
  @Post('refunds/:id/approval')
  @CheckAbility('approve', 'Refund')
  @IdempotentInService()
  @AuditedInService()
  approve(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: RefundApprovalDto,
  ) {
    return this.refunds.approve(principal, id, key, dto);
  }

  @ApiDoc({
    summary: '驳回退费申请（申请人不能自己驳回）',
    ok: RefundRequestView,
    errors: { 403: ['APPROVER_IS_REQUESTER'], 409: ['REFUND_DECIDED'] },
  })
  @Post('refunds/:id/rejection')
  @HttpCode(200)
  @CheckAbility('approve', 'Refund')
  @AuditedInService()
  reject(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: RefundRejectionDto,
  ) {
    return this.refunds.reject(principal, id, dto);
  }
}
