import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../access/decorators';
import { InteractionTypesService } from './interaction-types.service';

/** The interaction types in use, for every drop-down that offers them. */
@ApiTags('interactions')
@ApiBearerAuth()
@Controller('interaction-types')
export class InteractionTypesController {
  constructor(private readonly types: InteractionTypesService) {}

  @Get()
  @SignedIn()
  list() {
    return this.types.list();
  }
}
