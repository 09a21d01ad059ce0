import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../access/decorators';
import { DictionaryService } from './dictionary.service';
import { TypeParamDto } from './dto/dictionary-params.dto';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { DictionaryEntryView } from './dictionary-entry-view';

/** The entries drop-downs offer, for every signed-in user: active ones only. */
@ApiTags('dictionary')
@ApiBearerAuth()
@Controller('dictionary')
export class DictionaryController {
  constructor(private readonly dictionary: DictionaryService) {}

  @ApiDoc({ summary: '某类字典的启用条目（下拉选项）', ok: [DictionaryEntryView] })
  @Get(':type')
  @SignedIn()
  list(@Param() params: TypeParamDto) {
    return this.dictionary.list(params.type);
  }
}
