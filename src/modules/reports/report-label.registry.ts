import { Injectable } from '@nestjs/common';
import { Registry } from '../../common/registry/registry';
import type { ReportLabelKind, ReportLabelSource } from './report-label-source';

/** The label sources; a module adds one with `@Contributes(ReportLabelRegistry)`. */
@Injectable()
export class ReportLabelRegistry extends Registry<ReportLabelSource> {
  constructor() {
    super('Report label source', (source) => source.kind);
  }

  /** The labels of `ids` of `kind` (the id itself where none is known). */
  async labels(kind: ReportLabelKind, ids: readonly number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    const found = unique.length ? await this.get(kind)?.labels(unique) : undefined;
    return new Map(unique.map((id) => [id, found?.get(id) ?? `#${id}`]));
  }
}
