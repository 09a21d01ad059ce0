import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { findOrFail } from '../../database/find-or-fail';
import { updateAtVersion } from '../../database/update-at-version';
import type { CreateInteractionTypeDto } from './dto/create-interaction-type.dto';
import type { UpdateInteractionTypeDto } from './dto/update-interaction-type.dto';
import { Interaction } from './entities/interaction.entity';
import { InteractionType } from './entities/interaction-type.entity';
import type { InteractionTypeRef } from './interaction-type-ref.view';
import { INTERACTION_TYPE_REFS } from './interaction-type-refs.query';
import { INTERACTION_TYPE_RANKS } from './interaction-type-ranks.query';
import { Plan } from './entities/plan.entity';
import { msg } from '../../common/i18n/msg';

/** The kinds of contact (§4, §4.2.7): built-ins stay, admins add and switch off their own. */
@Injectable()
export class InteractionTypesService {
  constructor(
    @InjectRepository(InteractionType) private readonly types: Repository<InteractionType>,
    private readonly audit: AuditService,
  ) {}

  list(includeInactive = false): Promise<InteractionType[]> {
    return this.types.find({
      where: includeInactive ? {} : { active: true },
      order: { sortOrder: 'ASC', id: 'ASC' },
    });
  }

  async byIds(ids: number[]): Promise<Map<number, InteractionType>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    return new Map((await this.types.findBy({ id: In(unique) })).map((type) => [type.id, type]));
  }

  /** The types' references (id, code, name) by id, as plans and records name them. */
  async refs(ids: number[]): Promise<Map<number, InteractionTypeRef>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await INTERACTION_TYPE_REFS.rows(this.types.manager, { ids: unique });
    return new Map(rows.map((type) => [type.id, type]));
  }

  /** The types' references by id with their place in the list of types (sortOrder). */
  async ranks(
    ids: number[],
  ): Promise<Map<number, Pick<InteractionType, 'id' | 'code' | 'name' | 'sortOrder'>>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await INTERACTION_TYPE_RANKS.rows(this.types.manager, { ids: unique });
    return new Map(rows.map((type) => [type.id, type]));
  }

  async byCode(code: string): Promise<InteractionType> {
    const type = await this.types.findOneBy({ code });
    if (!type) throw new Error(`Interaction type ${code} is missing: run the migrations`);
    return type;
  }

  /** An active type for a new plan or record; `field` names the request field at fault. */
  async usable(id: number, field: string, manager?: EntityManager): Promise<InteractionType> {
    const type = await (manager ?? this.types.manager)
      .getRepository(InteractionType)
      .findOneBy({ id });
    if (!type || !type.active) {
      throw DomainError.badRequest(
        msg('interactions.typeInactive', { id }),
        [{ field, messages: [msg('interactions.typeInactiveDetail')] }],
        'VALIDATION_FAILED',
      );
    }
    return type;
  }

  async create(dto: CreateInteractionTypeDto): Promise<InteractionType> {
    return this.types.manager.transaction(async (m) => {
      const repository = m.getRepository(InteractionType);
      if (await repository.existsBy({ code: dto.code })) {
        throw DomainError.conflict(
          msg('interactions.typeCodeTaken', { code: dto.code }),
          'DUPLICATE_CODE',
        );
      }
      const last = await repository.find({ order: { sortOrder: 'DESC' }, take: 1 });
      const type = repository.create({
        code: dto.code,
        name: dto.name,
        builtIn: false,
        resultRequired: dto.resultRequired ?? false,
        reminderLeadMinutes: dto.reminderLeadMinutes ?? 60,
        sortOrder: dto.sortOrder ?? (last[0]?.sortOrder ?? 0) + 10,
        active: true,
      });
      await repository.save(type);
      await this.audit.record(
        {
          action: 'interactionType.create',
          entityType: 'InteractionType',
          entityId: type.id,
          after: { ...type },
        },
        m,
      );
      return type;
    });
  }

  async update(id: number, dto: UpdateInteractionTypeDto): Promise<InteractionType> {
    return this.types.manager.transaction(async (m) => {
      const repository = m.getRepository(InteractionType);
      const type = await this.find(repository, id);
      if (type.version !== dto.version)
        throw DomainError.staleVersion(msg('entities.interactionType'));
      if (dto.active === false && type.builtIn) {
        throw DomainError.unprocessable(
          msg('interactions.builtInStaysActive', { name: type.name }),
          [{ field: 'active', messages: [msg('interactions.builtInStaysActiveDetail')] }],
          'BUILT_IN',
        );
      }
      const before = { ...type };
      const { version: _version, ...changes } = dto;
      await updateAtVersion(m, InteractionType, type, changes, msg('entities.interactionType'));
      const after = await this.find(repository, id);
      await this.audit.record(
        {
          action: 'interactionType.update',
          entityType: 'InteractionType',
          entityId: id,
          before,
          after: { ...after },
        },
        m,
      );
      return after;
    });
  }

  /** Removes a custom type nobody used; a type in use is switched off instead (409 says so). */
  async remove(id: number): Promise<void> {
    await this.types.manager.transaction(async (m) => {
      const repository = m.getRepository(InteractionType);
      const type = await this.find(repository, id);
      if (type.builtIn) {
        throw DomainError.unprocessable(
          msg('interactions.builtInNotRemovable', { name: type.name }),
          undefined,
          'BUILT_IN',
        );
      }
      const used =
        (await m.getRepository(Plan).existsBy({ typeId: id })) ||
        (await m.getRepository(Interaction).existsBy({ typeId: id }));
      if (used) {
        throw DomainError.conflict(msg('interactions.typeInUse', { name: type.name }), 'IN_USE');
      }
      await repository.delete({ id });
      await this.audit.record(
        {
          action: 'interactionType.delete',
          entityType: 'InteractionType',
          entityId: id,
          before: { ...type },
        },
        m,
      );
    });
  }

  private find(repository: Repository<InteractionType>, id: number): Promise<InteractionType> {
    return findOrFail(repository, InteractionType, id, msg('entities.interactionType'));
  }
}
