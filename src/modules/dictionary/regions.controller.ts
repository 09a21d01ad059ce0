import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../access/decorators';
import { RegionService } from './region.service';

/** China's provinces with their cities, for the region drop-downs. */
@ApiTags('dictionary')
@ApiBearerAuth()
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionService) {}

  @Get()
  @SignedIn()
  list() {
    return this.regions.provinces();
  }
}
