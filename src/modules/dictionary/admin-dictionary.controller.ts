import { Body, Get, Param, Patch, Post } from '@nestjs/common';
import { AdminController } from '../../access/admin-controller.decorator';
import { CheckAbility } from '../../access/decorators';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { DictionaryService } from './dictionary.service';
import { CreateDictionaryEntryDto } from './dto/create-dictionary-entry.dto';
import { EntryParamDto, TypeParamDto } from './dto/dictionary-params.dto';
import { UpdateDictionaryEntryDto } from './dto/update-dictionary-entry.dto';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { DictionaryEntryView } from './dictionary-entry-view';

/** Maintaining the data dictionary (§9.5). Entries are never deleted: deactivate instead. */
@AdminController('dictionary')
export class AdminDictionaryController {
  constructor(private readonly dictionary: DictionaryService) {}

  @ApiDoc({ summary: '某类字典的全部条目（含停用的）', ok: [DictionaryEntryView] })
  @Get(':type')
  @CheckAbility('update', 'Dictionary')
  list(@Param() params: TypeParamDto) {
    return this.dictionary.list(params.type, { includeInactive: true });
  }

  @ApiDoc({
    summary: '新增字典条目',
    ok: DictionaryEntryView,
    errors: { 409: ['DICTIONARY_CODE_TAKEN'] },
  })
  @Post(':type')
  @CheckAbility('update', 'Dictionary')
  @AuditedInService()
  create(@Param() params: TypeParamDto, @Body() dto: CreateDictionaryEntryDto) {
    return this.dictionary.create(params.type, dto);
  }

  @ApiDoc({ summary: '修改字典条目（名称、排序、启用）', ok: DictionaryEntryView })
  @Patch(':type/:code')
  @CheckAbility('update', 'Dictionary')
  @AuditedInService()
  update(@Param() params: EntryParamDto, @Body() dto: UpdateDictionaryEntryDto) {
    return this.dictionary.update(params.type, params.code, dto);
  }
}
