import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';
import { Registry } from '../common/registry/registry';

/** One part of what `/api/auth/me` tells a user at sign-in, contributed by another module. */
export interface SignInSummary {
  /** the key in the response, e.g. `todo` */
  key: string;
  /** null when the user has nothing to see here (e.g. lacks the permission) */
  load(principal: Principal): Promise<unknown>;
}

/**
 * The extension point of `/api/auth/me`: the interactions module adds the to-do counts, so
 * that sign-in does not import every module that has something to say. To add a part, write
 * a `<part>.sign-in.ts` class implementing SignInSummary, marked
 * `@Contributes(SignInSummaryRegistry)` (see todo.sign-in.ts).
 */
@Injectable()
export class SignInSummaryRegistry extends Registry<SignInSummary> {
  constructor() {
    super('Sign-in summary', (summary) => summary.key);
  }

  async load(principal: Principal): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const summary of this.all()) result[summary.key] = await summary.load(principal);
    return result;
  }
}
