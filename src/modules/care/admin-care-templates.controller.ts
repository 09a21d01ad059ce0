import { Body, Get, Param, Patch, Post } from '@nestjs/common';
import { AdminController } from '../../access/admin-controller.decorator';
import { CheckAbility } from '../../access/decorators';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { CareTemplatesService } from './care-templates.service';
import { CreateCareTemplateDto } from './dto/create-care-template.dto';
import { UpdateCareTemplateDto } from './dto/update-care-template.dto';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { CareTemplate } from './entities/care-template.entity';

/** The SMS templates of care greetings (§9.4): per occasion, and per holiday. */
@AdminController('care/templates')
export class AdminCareTemplatesController {
  constructor(private readonly templates: CareTemplatesService) {}

  @ApiDoc({ summary: '关怀短信模板列表（按场合、按节日）', ok: [CareTemplate] })
  @Get()
  @CheckAbility('update', 'CareTemplate')
  list() {
    return this.templates.list();
  }

  @ApiDoc({
    summary: '新增关怀短信模板',
    ok: CareTemplate,
    errors: { 409: ['DUPLICATE_TEMPLATE'] },
  })
  @Post()
  @CheckAbility('update', 'CareTemplate')
  @AuditedInService()
  create(@Body() dto: CreateCareTemplateDto) {
    return this.templates.create(dto);
  }

  @ApiDoc({ summary: '修改关怀短信模板（内容、启用）', ok: CareTemplate })
  @Patch(':id')
  @CheckAbility('update', 'CareTemplate')
  @AuditedInService()
  update(@Param('id', IdParamPipe) id: number, @Body() dto: UpdateCareTemplateDto) {
    return this.templates.update(id, dto);
  }
}
