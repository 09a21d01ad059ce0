import { applyDecorators, Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Registry } from './registry';

/** The registry class a provider contributes to (read by ContributionCollector). */
export type RegistryClass<T = unknown> = abstract new (...args: never[]) => Registry<T>;

/** Marks the providers found by ContributionCollector; its value is the registry. */
export const CONTRIBUTION = DiscoveryService.createDecorator<RegistryClass>();

/**
 * The one way to add to an extension point (jobs, customer erasure, 360 sections, sign-in
 * summary, unfreeze, notification texts, later reports): one class per contribution, in a
 * file named by the kind (`plan-reminders.job.ts`, `care.erasure.ts`, `plans.overview.ts`,
 * `todo.sign-in.ts`, `view-quota.unfreeze.ts`, `plans.notification-texts.ts`, `x.reports.ts`),
 * that implements the registry's item type and is listed in its module's providers:
 *
 *   @Contributes(JobRegistry)
 *   export class PlanRemindersJob implements JobDefinition { name = 'plan-reminders'; … }
 *
 * The class is an ordinary singleton provider (this decorator makes it @Injectable): it
 * injects the services it calls, and the instance itself is what is registered, at module
 * init, without the owning module importing the contributor's module or anyone calling
 * register() by hand.
 */
export function Contributes<T>(registry: RegistryClass<T>) {
  return <C extends new (...args: never[]) => T>(target: C): void => {
    applyDecorators(Injectable(), CONTRIBUTION(registry as RegistryClass))(target);
  };
}
