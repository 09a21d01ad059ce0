import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { findOrFail } from '../../database/find-or-fail';
import { updateAtVersion } from '../../database/update-at-version';
import { toDictionaryEntryView, type DictionaryEntryView } from './dictionary-entry-view';
import type { DictionaryType } from './dictionary-type';
import type { CreateDictionaryEntryDto } from './dto/create-dictionary-entry.dto';
import type { UpdateDictionaryEntryDto } from './dto/update-dictionary-entry.dto';
import { DictionaryEntry } from './entities/dictionary-entry.entity';
import { DICTIONARY_ACTIVE_CODE } from './dictionary-active-code.query';
import { msg } from '../../common/i18n/msg';

/** Gap left between entries appended without a sort order, so one can be put between them. */
const SORT_STEP = 10;

/** The fields of an entry the audit history shows before and after a change. */
function auditable(entry: DictionaryEntry) {
  const { type, code, label, sortOrder, active } = entry;
  return { type, code, label, sortOrder, active };
}

/**
 * The data dictionary (§9.5): the coded values records refer to (industry, source, status …).
 * Entries are never deleted; one no longer offered is deactivated. Other modules validate
 * codes through assertActive / activeCodes and never read the table themselves.
 */
@Injectable()
export class DictionaryService {
  constructor(
    @InjectRepository(DictionaryEntry) private readonly entries: Repository<DictionaryEntry>,
    private readonly audit: AuditService,
  ) {}

  /** A type's entries by sort order, then code; active ones only unless asked. */
  async list(
    type: DictionaryType,
    options: { includeInactive?: boolean } = {},
  ): Promise<DictionaryEntryView[]> {
    const entries = await this.entries.find({
      where: options.includeInactive ? { type } : { type, active: true },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
    return entries.map(toDictionaryEntryView);
  }

  async create(type: DictionaryType, dto: CreateDictionaryEntryDto): Promise<DictionaryEntryView> {
    return this.entries.manager.transaction(async (m) => {
      const repository = m.getRepository(DictionaryEntry);
      const existing = await repository.findOneBy({ type, code: dto.code });
      if (existing) {
        const key = existing.active ? 'dictionary.codeTaken' : 'dictionary.codeTakenInactive';
        const typeName = msg(`dictionary.types.${type}`);
        throw DomainError.conflict(
          msg(key, { typeName, code: dto.code, label: existing.label }),
          'DICTIONARY_CODE_TAKEN',
        );
      }
      const sortOrder = dto.sortOrder ?? (await this.lastSortOrder(repository, type)) + SORT_STEP;
      const entry = repository.create({
        type,
        code: dto.code,
        label: dto.label,
        sortOrder,
        active: true,
      });
      await repository.save(entry);
      await this.audit.record(
        {
          action: 'dictionary.create',
          entityType: 'Dictionary',
          entityId: `${type}:${entry.code}`,
          after: auditable(entry),
        },
        m,
      );
      return toDictionaryEntryView(entry);
    });
  }

  /**
   * Changes the label, position or active flag of an entry loaded at `dto.version`; a stale
   * version gets 409. The code never changes: records refer to it.
   */
  async update(
    type: DictionaryType,
    code: string,
    dto: UpdateDictionaryEntryDto,
  ): Promise<DictionaryEntryView> {
    return this.entries.manager.transaction(async (m) => {
      const repository = m.getRepository(DictionaryEntry);
      const entry = await this.findIn(repository, type, code);
      if (entry.version !== dto.version)
        throw DomainError.staleVersion(msg('entities.dictionaryEntry'));
      const before = auditable(entry);
      const changes: Partial<Pick<DictionaryEntry, 'label' | 'sortOrder' | 'active'>> = {};
      if (dto.label !== undefined) changes.label = dto.label;
      if (dto.sortOrder !== undefined) changes.sortOrder = dto.sortOrder;
      if (dto.active !== undefined) changes.active = dto.active;
      // Only lands on the row as it was read: the version column moves on with the update.
      await updateAtVersion(m, DictionaryEntry, entry, changes, msg('entities.dictionaryEntry'));
      const saved = await this.findIn(repository, type, code);
      await this.audit.record(
        {
          action: 'dictionary.update',
          entityType: 'Dictionary',
          entityId: `${type}:${code}`,
          before,
          after: auditable(saved),
        },
        m,
      );
      return toDictionaryEntryView(saved);
    });
  }

  /**
   * Refuses a code that is not an active entry of the type, as a validation failure of
   * `field` (400 VALIDATION_FAILED). Pass the transaction's manager when inside one.
   */
  async assertActive(
    type: DictionaryType,
    code: string,
    field: string,
    manager?: EntityManager,
  ): Promise<void> {
    const found =
      typeof code === 'string' &&
      ((await DICTIONARY_ACTIVE_CODE.one(manager ?? this.entries.manager, {
        type,
        code,
        active: true,
      })) ?? 0) > 0;
    if (!found) {
      throw DomainError.badRequest(
        msg('dictionary.unknownCode', {
          code: String(code).slice(0, 40),
          type,
          typeName: msg(`dictionary.types.${type}`),
        }),
        [
          {
            field,
            messages: [msg('dictionary.unknownCodeDetail', { code: String(code).slice(0, 40) })],
          },
        ],
        'VALIDATION_FAILED',
      );
    }
  }

  /** The codes currently offered for a type, for validating many rows at once (imports). Read fresh on each call. */
  async activeCodes(type: DictionaryType, manager?: EntityManager): Promise<Set<string>> {
    const repository = (manager ?? this.entries.manager).getRepository(DictionaryEntry);
    const entries = await repository.find({
      select: { code: true },
      where: { type, active: true },
    });
    return new Set(entries.map((entry) => entry.code));
  }

  /** Every code of a type with its label, inactive ones included, for showing stored records. */
  async labels(type: DictionaryType, manager?: EntityManager): Promise<Map<string, string>> {
    const repository = (manager ?? this.entries.manager).getRepository(DictionaryEntry);
    const entries = await repository.find({ select: { code: true, label: true }, where: { type } });
    return new Map(entries.map((entry) => [entry.code, entry.label]));
  }

  private async lastSortOrder(
    repository: Repository<DictionaryEntry>,
    type: DictionaryType,
  ): Promise<number> {
    const row = await repository
      .createQueryBuilder('e')
      .select('MAX(e.sortOrder)', 'last')
      .where('e.type = :type', { type })
      .getRawOne<{ last: number | string | null }>();
    return Number(row?.last ?? 0);
  }

  private async findIn(
    repository: Repository<DictionaryEntry>,
    type: DictionaryType,
    code: string,
  ): Promise<DictionaryEntry> {
    const what = msg('dictionary.entry', { typeName: msg(`dictionary.types.${type}`) });
    return findOrFail(repository, DictionaryEntry, { type, code }, what, { shownId: code });
  }
}
