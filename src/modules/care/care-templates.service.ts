import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { findOrFail } from '../../database/find-or-fail';
import { updateAtVersion } from '../../database/update-at-version';
import { DictionaryService } from '../dictionary/dictionary.service';
import { ActiveCareTemplates, templateKeyOf } from './active-care-templates';
import { CARE_PLACEHOLDERS, templateProblems } from './care-template-text';
import type { CreateCareTemplateDto } from './dto/create-care-template.dto';
import type { UpdateCareTemplateDto } from './dto/update-care-template.dto';
import { CareTemplate } from './entities/care-template.entity';
import { msg, type Msg } from '../../common/i18n/msg';

/** The fields of a template the audit history shows before and after a change. */
function auditable(template: CareTemplate) {
  const { templateKey, occasion, holidayCode, body, active } = template;
  return { templateKey, occasion, holidayCode, body, active };
}

/** SMS templates of care greetings (§9.4), maintained by admins. */
@Injectable()
export class CareTemplatesService {
  constructor(
    @InjectRepository(CareTemplate) private readonly templates: Repository<CareTemplate>,
    private readonly dictionary: DictionaryService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<CareTemplate[]> {
    return this.templates.find({ order: { occasion: 'ASC', templateKey: 'ASC' } });
  }

  async active(): Promise<ActiveCareTemplates> {
    const rows = await this.templates.findBy({ active: true });
    return new ActiveCareTemplates(new Map(rows.map((row) => [row.templateKey, row])));
  }

  async byIds(ids: number[]): Promise<Map<number, CareTemplate>> {
    const rows = ids.length
      ? await this.templates
          .createQueryBuilder('t')
          .whereInIds([...new Set(ids)])
          .getMany()
      : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  async create(dto: CreateCareTemplateDto): Promise<CareTemplate> {
    this.assertBody(dto.body);
    if (dto.holidayCode !== undefined && dto.occasion !== 'holiday') {
      throw DomainError.badRequest(
        msg('care.holidayCodeOnlyForHolidays'),
        [{ field: 'holidayCode', messages: [msg('care.holidayCodeOnlyForHolidaysDetail')] }],
        'VALIDATION_FAILED',
      );
    }
    return this.templates.manager.transaction(async (m) => {
      if (dto.holidayCode !== undefined)
        await this.dictionary.assertActive('holiday', dto.holidayCode, 'holidayCode', m);
      const repository = m.getRepository(CareTemplate);
      const templateKey = templateKeyOf(dto.occasion, dto.holidayCode);
      const existing = await repository.findOneBy({ templateKey });
      if (existing) {
        throw DomainError.conflict(
          msg('care.duplicateTemplate', { template: templateKey, id: existing.id }),
          'DUPLICATE_TEMPLATE',
        );
      }
      const template = repository.create({
        templateKey,
        occasion: dto.occasion,
        holidayCode: dto.holidayCode ?? null,
        body: dto.body,
        active: dto.active ?? true,
      });
      await repository.save(template);
      await this.audit.record(
        {
          action: 'careTemplate.create',
          entityType: 'CareTemplate',
          entityId: template.id,
          after: auditable(template),
        },
        m,
      );
      return template;
    });
  }

  async update(id: number, dto: UpdateCareTemplateDto): Promise<CareTemplate> {
    if (dto.body !== undefined) this.assertBody(dto.body);
    return this.templates.manager.transaction(async (m) => {
      const repository = m.getRepository(CareTemplate);
      const template = await findOrFail(repository, CareTemplate, id, msg('entities.careTemplate'));
      if (template.version !== dto.version)
        throw DomainError.staleVersion(msg('entities.careTemplate'));
      const changes: Partial<Pick<CareTemplate, 'body' | 'active'>> = {};
      if (dto.body !== undefined) changes.body = dto.body;
      if (dto.active !== undefined) changes.active = dto.active;
      await updateAtVersion(m, CareTemplate, template, changes, msg('entities.careTemplate'));
      const saved = await repository.findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'careTemplate.update',
          entityType: 'CareTemplate',
          entityId: id,
          before: auditable(template),
          after: auditable(saved),
        },
        m,
      );
      return saved;
    });
  }

  /** 400 naming every placeholder the body uses that is not one of {name}, {occasion}, {date}. */
  private assertBody(body: string): void {
    const problems = templateProblems(body);
    if (problems.length === 0) return;
    const known = Object.keys(CARE_PLACEHOLDERS).map((name) => `{${name}}`);
    throw DomainError.badRequest(
      msg('care.badPlaceholders', { problems: problems.map(placeholderProblem), known }),
      [{ field: 'body', messages: problems.map(placeholderProblem) }],
      'VALIDATION_FAILED',
    );
  }
}

/** A problem templateProblems found, as a message: `{unknown}` tokens, or an unmatched brace. */
function placeholderProblem(problem: string): Msg {
  return problem.startsWith('{')
    ? msg('care.unknownPlaceholder', { placeholder: problem })
    : msg('care.unmatchedBrace');
}
