import { Injectable } from '@nestjs/common';
import { Registry } from '../../common/registry/registry';
import type { DashboardFigureSource } from './dashboard-figure-source';

/** The dashboard's figures; a module adds its own with `@Contributes(DashboardFigureRegistry)`. */
@Injectable()
export class DashboardFigureRegistry extends Registry<DashboardFigureSource> {
  constructor() {
    super('Dashboard figure source', (source) => source.key);
  }
}
