import { Injectable } from '@nestjs/common';
import { Registry } from '../../../common/registry/registry';
import type { RenderingSource } from './rendering-source';

/**
 * The extension point of the nightly report generation: what each report renders to files
 * (`*.rendering-source.ts`, `@Contributes(RenderingSourceRegistry)`), one source a report.
 */
@Injectable()
export class RenderingSourceRegistry extends Registry<RenderingSource> {
  constructor() {
    super('Rendering source', (source) => source.key);
  }
}
