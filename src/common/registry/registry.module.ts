import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ContributionCollector } from './contribution-collector';

/** Gathers the @Contributes providers of every module into their registries (registry.ts). */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [ContributionCollector],
})
export class RegistryModule {}
