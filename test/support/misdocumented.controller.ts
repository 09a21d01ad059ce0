import { Controller, Get } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Public } from '../../src/access/decorators';
import { ApiDoc } from '../../src/openapi/api-doc.decorator';

/** What the routes below say they answer. */
export class PromisedView {
  @ApiProperty({ type: Number })
  id: number;

  @ApiProperty({ enum: ['open', 'done'] })
  status: string;
}

/**
 * Mounted only by the conformance self-test (test/platform/response-conformance.e2e-spec.ts):
 * one route that answers what its document says, one that does not.
 */
@Controller('test-misdocumented')
export class MisdocumentedController {
  @ApiDoc({ summary: '自测：应答与文档相符', ok: PromisedView })
  @Get('kept')
  @Public()
  kept(): PromisedView {
    return { id: 7, status: 'open' };
  }

  @ApiDoc({ summary: '自测：应答与文档不符', ok: PromisedView })
  @Get('broken')
  @Public()
  broken(): unknown {
    return { id: '7', status: 'lost', extra: true };
  }
}
