import { Injectable } from '@nestjs/common';
import { Registry } from '../../common/registry/registry';
import type { StaffFigureSource } from './staff-figure-source';

/** The staff performance report's figures; a module adds one with `@Contributes(StaffFigureRegistry)`. */
@Injectable()
export class StaffFigureRegistry extends Registry<StaffFigureSource> {
  constructor() {
    super('Staff figure', (source) => source.key);
  }

  /** in column order */
  ordered(): StaffFigureSource[] {
    return this.all().sort((a, b) => a.order - b.order);
  }
}
