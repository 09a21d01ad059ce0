import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../access/decorators';
import { InteractionTypesService } from './interaction-types.service';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { InteractionType } from './entities/interaction-type.entity';

/** The interaction types in use, for every drop-down that offers them. */
@ApiTags('interactions')
@ApiBearerAuth()
@Controller('interaction-types')
export class InteractionTypesController {
  constructor(private readonly types: InteractionTypesService) {}

  @ApiDoc({ summary: '交往类型列表（启用的）', ok: [InteractionType] })
  @Get()
  @SignedIn()
  list() {
    return this.types.list();
  }
}
