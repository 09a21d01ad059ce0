import { Body, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { AdminController } from '../../access/admin-controller.decorator';
import { CheckAbility } from '../../access/decorators';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { CreateInteractionTypeDto } from './dto/create-interaction-type.dto';
import { UpdateInteractionTypeDto } from './dto/update-interaction-type.dto';
import { InteractionTypesService } from './interaction-types.service';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { InteractionType } from './entities/interaction-type.entity';

/** Admins maintain the custom interaction types (§4.2.7). */
@AdminController('interaction-types')
export class AdminInteractionTypesController {
  constructor(private readonly types: InteractionTypesService) {}

  @ApiDoc({ summary: '全部交往类型（含停用的）', ok: [InteractionType] })
  @Get()
  @CheckAbility('update', 'InteractionType')
  list() {
    return this.types.list(true);
  }

  @ApiDoc({
    summary: '新增自定义交往类型',
    ok: InteractionType,
    errors: { 409: ['DUPLICATE_CODE'] },
  })
  @Post()
  @CheckAbility('update', 'InteractionType')
  @AuditedInService()
  create(@Body() dto: CreateInteractionTypeDto) {
    return this.types.create(dto);
  }

  @ApiDoc({
    summary: '修改交往类型（启用或停用）',
    ok: InteractionType,
    errors: { 422: ['BUILT_IN'] },
  })
  @Patch(':id')
  @CheckAbility('update', 'InteractionType')
  @AuditedInService()
  update(@Param('id', IdParamPipe) id: number, @Body() dto: UpdateInteractionTypeDto) {
    return this.types.update(id, dto);
  }

  @ApiDoc({
    summary: '删除未使用过的自定义交往类型',
    errors: { 409: ['IN_USE'], 422: ['BUILT_IN'] },
  })
  @Delete(':id')
  @HttpCode(204)
  @CheckAbility('update', 'InteractionType')
  @AuditedInService()
  async remove(@Param('id', IdParamPipe) id: number): Promise<void> {
    await this.types.remove(id);
  }
}
