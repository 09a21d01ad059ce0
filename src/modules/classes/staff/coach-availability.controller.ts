import { Controller, Get, Header, Query } from '@nestjs/common';
import { JSON_TEXT } from '../calendar-answers';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CheckAbility } from '../../../access/decorators';
import { ApiDoc } from '../../../openapi/api-doc.decorator';
import { CoachAvailabilityService } from './coach-availability.service';
import { CoachAvailabilityView } from './coach-availability.view';
import { AvailabilityQueryDto } from './dto/availability-query.dto';

/**
 * `GET /api/coaches/available`: served by the classes module, which knows what takes a
 * coach's time (the classes they serve); the coaches module answers who the coaches are.
 */
@ApiTags('coaches')
@ApiBearerAuth()
@Controller('coaches')
export class CoachAvailabilityController {
  constructor(private readonly availability: CoachAvailabilityService) {}

  @ApiDoc({
    summary: '某时段内有空的助教/教练（级别高的在前，分页），及没空的人和原因',
    ok: CoachAvailabilityView,
  })
  @Get('available')
  @CheckAbility('read', 'Coach')
  @Header('Content-Type', JSON_TEXT)
  available(@Query() query: AvailabilityQueryDto) {
    return this.availability.available(query);
  }
}
