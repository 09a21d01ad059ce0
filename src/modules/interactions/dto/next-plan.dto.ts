import { OmitType } from '@nestjs/swagger';
import { CreatePlanDto } from './create-plan.dto';

/** The plan a record schedules next, for the same customer. */
export class NextPlanDto extends OmitType(CreatePlanDto, ['customerId'] as const) {}
