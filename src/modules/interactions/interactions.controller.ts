import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { CreateInteractionDto } from './dto/create-interaction.dto';
import { InteractionQueryDto } from './dto/interaction-query.dto';
import { UpdateInteractionDto } from './dto/update-interaction.dto';
import { InteractionsService } from './interactions.service';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { InteractionCreatedView } from './interaction-created.view';
import { InteractionView } from './interaction-views';

/** 交往记录 (§4.2.1): every contact with a customer, shared with all staff. */
@ApiTags('interactions')
@ApiBearerAuth()
@Controller('interactions')
export class InteractionsController {
  constructor(private readonly records: InteractionsService) {}

  @ApiDoc({
    summary: '交往记录列表：自己的，或（有监督权限时）他人的（分页）',
    ok: InteractionView,
    page: true,
  })
  @Get()
  @CheckAbility('read', 'Interaction')
  list(@CurrentUser() user: Principal, @Query() filter: InteractionQueryDto) {
    return this.records.list(user, filter);
  }

  @ApiDoc({
    summary: '写一条交往记录（可同时安排下一次筹划）',
    ok: InteractionCreatedView,
    errors: { 409: ['ERASED'] },
  })
  @Post()
  @CheckAbility('create', 'Interaction')
  @AuditedInService()
  create(@CurrentUser() user: Principal, @Body() dto: CreateInteractionDto) {
    return this.records.create(user, dto);
  }

  @ApiDoc({ summary: '交往记录详情', ok: InteractionView, errors: { 403: ['NOT_YOUR_RECORD'] } })
  @Get(':id')
  @CheckAbility('read', 'Interaction')
  get(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.records.read(user, id);
  }

  @ApiDoc({
    summary: '修改交往记录（当天内，本人）',
    ok: InteractionView,
    errors: { 403: ['NOT_YOUR_RECORD', 'RECORD_LOCKED'] },
  })
  @Patch(':id')
  @CheckAbility('create', 'Interaction')
  @AuditedInService()
  update(
    @CurrentUser() user: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: UpdateInteractionDto,
  ) {
    return this.records.update(user, id, dto);
  }
}
