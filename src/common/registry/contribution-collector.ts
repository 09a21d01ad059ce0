import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import { CONTRIBUTION } from './contributes.decorator';

/**
 * Registers every provider marked with @Contributes with the registry it names, once all
 * providers exist (module init). Contributions are singletons: a request-scoped one would
 * have no instance to register yet, so it stops the start.
 */
@Injectable()
export class ContributionCollector implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly modules: ModuleRef,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: CONTRIBUTION.KEY })) {
      const registryClass = this.discovery.getMetadataByDecorator(CONTRIBUTION, wrapper);
      if (!registryClass) continue;
      if (!wrapper.isDependencyTreeStatic() || !wrapper.instance) {
        throw new Error(
          `${wrapper.name} contributes to ${registryClass.name} but is not a singleton provider.`,
        );
      }
      this.modules.get(registryClass, { strict: false }).register(wrapper.instance);
    }
  }
}
