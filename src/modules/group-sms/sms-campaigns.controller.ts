import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { CreateSmsCampaignDto } from './dto/create-sms-campaign.dto';
import { RejectSmsCampaignDto } from './dto/reject-sms-campaign.dto';
import { SmsCampaignQueryDto } from './dto/sms-campaign-query.dto';
import { SmsCampaignFlow } from './sms-campaign-flow.service';
import { SmsCampaignPreviewView } from './sms-campaign-preview.view';
import { SmsCampaignView } from './sms-campaign.view';
import { SmsCampaignsService } from './sms-campaigns.service';

/** Group SMS (§1.2 j 客户群发短信): campaigns, their preview, approval and progress. */
@ApiTags('sms-campaigns')
@ApiBearerAuth()
@Controller('sms-campaigns')
export class SmsCampaignsController {
  constructor(
    private readonly campaigns: SmsCampaignsService,
    private readonly flow: SmsCampaignFlow,
  ) {}

  @ApiDoc({ summary: '群发短信列表（自己的；经理看全部，分页）', ok: SmsCampaignView, page: true })
  @Get()
  @CheckAbility('read', 'SmsCampaign')
  list(@CurrentUser() principal: Principal, @Query() query: SmsCampaignQueryDto) {
    return this.campaigns.list(principal, query);
  }

  @ApiDoc({
    summary: '新建群发短信（草稿）：短信模板 + 客户列表的筛选条件或班级名单',
    ok: SmsCampaignView,
    errors: { 403: ['FORBIDDEN'], 422: ['INACTIVE_TEMPLATE', 'TEMPLATE_VALUES_MISSING'] },
  })
  @Post()
  @CheckAbility('create', 'SmsCampaign')
  @AuditedInService()
  create(@CurrentUser() principal: Principal, @Body() dto: CreateSmsCampaignDto) {
    return this.campaigns.create(principal, dto);
  }

  @ApiDoc({ summary: '群发短信详情：进度与发送结果', ok: SmsCampaignView })
  @Get(':id')
  @CheckAbility('read', 'SmsCampaign')
  get(@CurrentUser() principal: Principal, @Param('id', IdParamPipe) id: number) {
    return this.campaigns.get(principal, id);
  }

  @ApiDoc({
    summary: '发送前预览：收件人数、按原因跳过的人数、一位收件人的短信（号码打码）',
    ok: SmsCampaignPreviewView,
  })
  @Get(':id/preview')
  @CheckAbility('read', 'SmsCampaign')
  preview(@CurrentUser() principal: Principal, @Param('id', IdParamPipe) id: number) {
    return this.campaigns.preview(principal, id);
  }

  @ApiDoc({
    summary: '开始发送（超过审批人数的先进入待审批；已开始的不会重复发送）',
    ok: SmsCampaignView,
    errors: { 409: ['AWAITING_APPROVAL', 'BAD_STATUS', 'STALE'] },
  })
  @Post(':id/start')
  @HttpCode(200)
  @CheckAbility('create', 'SmsCampaign')
  @AuditedInService()
  start(@CurrentUser() principal: Principal, @Param('id', IdParamPipe) id: number) {
    return this.flow.start(principal, id);
  }

  @ApiDoc({
    summary: '批准群发短信（须为创建人以外的另一位经理）',
    ok: SmsCampaignView,
    errors: { 403: ['OWN_CAMPAIGN'], 409: ['BAD_STATUS', 'STALE'] },
  })
  @Post(':id/approve')
  @HttpCode(200)
  @CheckAbility('approve', 'SmsCampaign')
  @AuditedInService()
  approve(@CurrentUser() principal: Principal, @Param('id', IdParamPipe) id: number) {
    return this.flow.approve(principal, id);
  }

  @ApiDoc({
    summary: '驳回群发短信（写明原因）',
    ok: SmsCampaignView,
    errors: { 403: ['OWN_CAMPAIGN'], 409: ['BAD_STATUS', 'STALE'] },
  })
  @Post(':id/reject')
  @HttpCode(200)
  @CheckAbility('approve', 'SmsCampaign')
  @AuditedInService()
  reject(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: RejectSmsCampaignDto,
  ) {
    return this.flow.reject(principal, id, dto);
  }

  @ApiDoc({
    summary: '取消群发短信（尚在队列中的短信一并取消）',
    ok: SmsCampaignView,
    errors: { 409: ['BAD_STATUS', 'STALE'] },
  })
  @Post(':id/cancel')
  @HttpCode(200)
  @CheckAbility('create', 'SmsCampaign')
  @AuditedInService()
  cancel(@CurrentUser() principal: Principal, @Param('id', IdParamPipe) id: number) {
    return this.flow.cancel(principal, id);
  }
}
