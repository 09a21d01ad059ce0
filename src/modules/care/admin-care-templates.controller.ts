import { Body, Get, Param, Patch, Post } from '@nestjs/common';
import { AdminController } from '../../access/admin-controller.decorator';
import { CheckAbility } from '../../access/decorators';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { CareTemplatesService } from './care-templates.service';
import { CreateCareTemplateDto } from './dto/create-care-template.dto';
import { UpdateCareTemplateDto } from './dto/update-care-template.dto';

/** The SMS templates of care greetings (§9.4): per occasion, and per holiday. */
@AdminController('care/templates')
export class AdminCareTemplatesController {
  constructor(private readonly templates: CareTemplatesService) {}

  @Get()
  @CheckAbility('update', 'CareTemplate')
  list() {
    return this.templates.list();
  }

  @Post()
  @CheckAbility('update', 'CareTemplate')
  @AuditedInService()
  create(@Body() dto: CreateCareTemplateDto) {
    return this.templates.create(dto);
  }

  @Patch(':id')
  @CheckAbility('update', 'CareTemplate')
  @AuditedInService()
  update(@Param('id', IdParamPipe) id: number, @Body() dto: UpdateCareTemplateDto) {
    return this.templates.update(id, dto);
  }
}
