import { Body, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { AdminController } from '../../access/admin-controller.decorator';
import { CheckAbility } from '../../access/decorators';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { CreateInteractionTypeDto } from './dto/create-interaction-type.dto';
import { UpdateInteractionTypeDto } from './dto/update-interaction-type.dto';
import { InteractionTypesService } from './interaction-types.service';

/** Admins maintain the custom interaction types (§4.2.7). */
@AdminController('interaction-types')
export class AdminInteractionTypesController {
  constructor(private readonly types: InteractionTypesService) {}

  @Get()
  @CheckAbility('update', 'InteractionType')
  list() {
    return this.types.list(true);
  }

  @Post()
  @CheckAbility('update', 'InteractionType')
  @AuditedInService()
  create(@Body() dto: CreateInteractionTypeDto) {
    return this.types.create(dto);
  }

  @Patch(':id')
  @CheckAbility('update', 'InteractionType')
  @AuditedInService()
  update(@Param('id', IdParamPipe) id: number, @Body() dto: UpdateInteractionTypeDto) {
    return this.types.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @CheckAbility('update', 'InteractionType')
  @AuditedInService()
  async remove(@Param('id', IdParamPipe) id: number): Promise<void> {
    await this.types.remove(id);
  }
}
