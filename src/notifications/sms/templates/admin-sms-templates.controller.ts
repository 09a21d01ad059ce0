import { Body, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { AdminController } from '../../../access/admin-controller.decorator';
import { CheckAbility } from '../../../access/decorators';
import { AuditedInService, AuditWrite } from '../../../audit/audit-write.decorator';
import { IdParamPipe } from '../../../common/http/id-param.pipe';
import { ApiDoc } from '../../../openapi/api-doc.decorator';
import { CreateSmsTemplateDto } from './dto/create-sms-template.dto';
import { PreviewSmsDraftDto } from './dto/preview-sms-draft.dto';
import { PreviewSmsTemplateDto } from './dto/preview-sms-template.dto';
import { SmsTemplateQueryDto } from './dto/sms-template-query.dto';
import { UpdateSmsTemplateDto } from './dto/update-sms-template.dto';
import { SmsTemplate } from './entities/sms-template.entity';
import { SmsPreviewView } from './sms-preview.view';
import { SmsTemplateKindView } from './sms-template-kind.view';
import { SmsTemplatesService } from './sms-templates.service';

/**
 * SMS templates (§9.4) of notices, class and payment reminders and group SMS: admins write
 * them, managers read and preview them (group SMS picks one). Care greetings have their own
 * (care/templates).
 */
@AdminController('sms-templates')
export class AdminSmsTemplatesController {
  constructor(private readonly templates: SmsTemplatesService) {}

  @ApiDoc({ summary: '短信模板列表（分页，可按类别、是否启用筛选）', ok: SmsTemplate, page: true })
  @Get()
  @CheckAbility('read', 'SmsTemplate')
  list(@Query() filter: SmsTemplateQueryDto) {
    return this.templates.list(filter);
  }

  @ApiDoc({
    summary: '短信模板的类别及每类可用的占位符（含预览用的示例值）',
    ok: [SmsTemplateKindView],
  })
  @Get('kinds')
  @CheckAbility('read', 'SmsTemplate')
  kinds() {
    return this.templates.kinds();
  }

  @ApiDoc({
    summary: '预览尚未保存的模板：检查占位符，算出签名在内的字数和条数',
    ok: SmsPreviewView,
  })
  @Post('preview')
  @HttpCode(200)
  @CheckAbility('read', 'SmsTemplate')
  // A POST for its body, though it changes nothing: the history says who previewed texts.
  @AuditWrite('smsTemplate.preview', 'SmsTemplate')
  previewDraft(@Body() dto: PreviewSmsDraftDto) {
    return this.templates.previewDraft(dto);
  }

  @ApiDoc({ summary: '一个短信模板', ok: SmsTemplate })
  @Get(':id')
  @CheckAbility('read', 'SmsTemplate')
  get(@Param('id', IdParamPipe) id: number) {
    return this.templates.get(id);
  }

  @ApiDoc({ summary: '新增短信模板', ok: SmsTemplate, errors: { 409: ['DUPLICATE_NAME'] } })
  @Post()
  @CheckAbility('update', 'SmsTemplate')
  @AuditedInService()
  create(@Body() dto: CreateSmsTemplateDto) {
    return this.templates.create(dto);
  }

  @ApiDoc({
    summary: '修改短信模板（名称、内容、启用）',
    ok: SmsTemplate,
    errors: { 409: ['DUPLICATE_NAME'] },
  })
  @Patch(':id')
  @CheckAbility('update', 'SmsTemplate')
  @AuditedInService()
  update(@Param('id', IdParamPipe) id: number, @Body() dto: UpdateSmsTemplateDto) {
    return this.templates.update(id, dto);
  }

  @ApiDoc({
    summary: '预览短信模板：用给出的值（未给的用示例值）填入，算出签名在内的字数和条数',
    ok: SmsPreviewView,
  })
  @Post(':id/preview')
  @HttpCode(200)
  @CheckAbility('read', 'SmsTemplate')
  @AuditWrite('smsTemplate.preview', 'SmsTemplate')
  preview(@Param('id', IdParamPipe) id: number, @Body() dto: PreviewSmsTemplateDto) {
    return this.templates.preview(id, dto.values);
  }
}
