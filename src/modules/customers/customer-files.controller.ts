import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

/** Import and export of the customer base (placeholder until built). */
@ApiTags('customers')
@ApiBearerAuth()
@Controller('customers')
export class CustomerFilesController {}
