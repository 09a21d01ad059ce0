import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../access/decorators';
import { RegionService } from './region.service';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { ProvinceView } from './province.view';

/** China's provinces with their cities, for the region drop-downs. */
@ApiTags('dictionary')
@ApiBearerAuth()
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionService) {}

  @ApiDoc({ summary: '省市列表（省份及其下属城市）', ok: [ProvinceView] })
  @Get()
  @SignedIn()
  list() {
    return this.regions.provinces();
  }
}
