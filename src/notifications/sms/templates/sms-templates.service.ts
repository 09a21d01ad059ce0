import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Not, Repository } from 'typeorm';
import { AuditService } from '../../../audit/audit.service';
import { DomainError } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import type { Page } from '../../../common/pagination/page';
import { readPage } from '../../../common/pagination/apply-page';
import { findOrFail } from '../../../database/find-or-fail';
import { updateAtVersion } from '../../../database/update-at-version';
import { AppConfig } from '../../../config/app-config';
import { smsLength, SINGLE_SEGMENT_CHARS, CONCATENATED_SEGMENT_CHARS } from '../sms-length';
import type { CreateSmsTemplateDto } from './dto/create-sms-template.dto';
import type { PreviewSmsDraftDto } from './dto/preview-sms-draft.dto';
import type { SmsTemplateQueryDto } from './dto/sms-template-query.dto';
import type { SmsTemplateValuesDto } from './dto/sms-template-values.dto';
import type { UpdateSmsTemplateDto } from './dto/update-sms-template.dto';
import { SmsTemplate } from './entities/sms-template.entity';
import { samplesOf, SMS_TEMPLATE_KIND_NAMES } from './sms-template-kinds';
import type { SmsTemplateKindView } from './sms-template-kind.view';
import type { SmsPreviewView } from './sms-preview.view';
import { assertKnownValues, assertTemplateBody } from './sms-template-rules';
import { SmsTemplatesApi } from './sms-templates.api';

/** The fields of a template the audit history shows before and after a change. */
function auditable(template: SmsTemplate) {
  const { kind, name, body, active } = template;
  return { kind, name, body, active };
}

/** SMS templates (§9.4) as admins maintain them and managers pick them: list, edit, preview. */
@Injectable()
export class SmsTemplatesService {
  constructor(
    @InjectRepository(SmsTemplate) private readonly templates: Repository<SmsTemplate>,
    private readonly api: SmsTemplatesApi,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  list(filter: SmsTemplateQueryDto): Promise<Page<SmsTemplate>> {
    const query = this.templates.createQueryBuilder('t');
    if (filter.kind) query.andWhere('t.kind = :kind', { kind: filter.kind });
    if (filter.active !== undefined)
      query.andWhere('t.active = :active', { active: filter.active });
    return readPage(
      query,
      filter,
      { id: 't.id', name: 't.name', updatedAt: 't.updatedAt' },
      'id',
      (row) => row,
    );
  }

  get(id: number): Promise<SmsTemplate> {
    return findOrFail(this.templates, SmsTemplate, id, msg('smsTemplates.entity'));
  }

  kinds(): SmsTemplateKindView[] {
    return SMS_TEMPLATE_KIND_NAMES.map((kind) => ({
      kind,
      placeholders: Object.entries(samplesOf(kind)).map(([name, sample]) => ({ name, sample })),
    }));
  }

  async create(dto: CreateSmsTemplateDto): Promise<SmsTemplate> {
    assertTemplateBody(dto.kind, dto.body);
    return this.templates.manager.transaction(async (m) => {
      await this.assertNameFree(m, dto.name);
      const repository = m.getRepository(SmsTemplate);
      const template = repository.create({
        kind: dto.kind,
        name: dto.name,
        body: dto.body,
        active: dto.active ?? true,
      });
      await repository.save(template);
      await this.audit.record(
        {
          action: 'smsTemplate.create',
          entityType: 'SmsTemplate',
          entityId: template.id,
          after: auditable(template),
        },
        m,
      );
      return template;
    });
  }

  async update(id: number, dto: UpdateSmsTemplateDto): Promise<SmsTemplate> {
    return this.templates.manager.transaction(async (m) => {
      const repository = m.getRepository(SmsTemplate);
      const template = await findOrFail(repository, SmsTemplate, id, msg('smsTemplates.entity'));
      if (template.version !== dto.version)
        throw DomainError.staleVersion(msg('smsTemplates.entity'));
      if (dto.body !== undefined) assertTemplateBody(template.kind, dto.body);
      if (dto.name !== undefined && dto.name !== template.name)
        await this.assertNameFree(m, dto.name, id);
      const changes: Partial<Pick<SmsTemplate, 'name' | 'body' | 'active'>> = {};
      if (dto.name !== undefined) changes.name = dto.name;
      if (dto.body !== undefined) changes.body = dto.body;
      if (dto.active !== undefined) changes.active = dto.active;
      await updateAtVersion(m, SmsTemplate, template, changes, msg('smsTemplates.entity'));
      const saved = await repository.findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'smsTemplate.update',
          entityType: 'SmsTemplate',
          entityId: id,
          before: auditable(template),
          after: auditable(saved),
        },
        m,
      );
      return saved;
    });
  }

  /** A saved template filled in with the given values, the kind's samples for the others. */
  async preview(id: number, values: SmsTemplateValuesDto | undefined): Promise<SmsPreviewView> {
    const template = await this.get(id);
    return this.render(template, values);
  }

  /** A text being written, checked as a save would check it, then filled in. */
  previewDraft(dto: PreviewSmsDraftDto): SmsPreviewView {
    assertTemplateBody(dto.kind, dto.body);
    return this.render({ id: 0, kind: dto.kind, body: dto.body }, dto.values);
  }

  private render(
    template: Pick<SmsTemplate, 'id' | 'kind' | 'body'>,
    values: SmsTemplateValuesDto | undefined,
  ): SmsPreviewView {
    const given = definedValues(values);
    assertKnownValues(template.kind, given);
    const rendered = this.api.render(template, { ...samplesOf(template.kind), ...given });
    const signName = this.config.sms.signName;
    const { text } = smsLength(rendered.body, signName);
    return {
      body: rendered.body,
      signName,
      text,
      length: rendered.length,
      segments: rendered.segments,
      values: rendered.template.params,
      segmentRule: `${SINGLE_SEGMENT_CHARS}/${CONCATENATED_SEGMENT_CHARS}`,
    };
  }

  /** 409 DUPLICATE_NAME when another template has the name (the unique index backs it up). */
  private async assertNameFree(m: EntityManager, name: string, exceptId?: number): Promise<void> {
    const existing = await m
      .getRepository(SmsTemplate)
      .findOneBy(exceptId ? { name, id: Not(exceptId) } : { name });
    if (existing)
      throw DomainError.conflict(
        msg('smsTemplates.duplicateName', { name, id: existing.id }),
        'DUPLICATE_NAME',
      );
  }
}

/** The values a caller gave, without the ones left out. */
function definedValues(values: SmsTemplateValuesDto | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values ?? {}).filter(([, value]) => typeof value === 'string'),
  ) as Record<string, string>;
}
