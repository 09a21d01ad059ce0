import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';

/** One part of what `/api/auth/me` tells a user at sign-in, contributed by another module. */
export interface SignInSummary {
  /** the key in the response, e.g. `todo` */
  key: string;
  /** null when the user has nothing to see here (e.g. lacks the permission) */
  load(principal: Principal): Promise<unknown>;
}

/**
 * The extension point of `/api/auth/me`: the interactions module adds the to-do counts, so
 * that sign-in does not import every module that has something to say.
 */
@Injectable()
export class SignInSummaryRegistry {
  private readonly summaries = new Map<string, SignInSummary>();

  register(summary: SignInSummary): void {
    if (this.summaries.has(summary.key)) throw new Error(`Sign-in summary ${summary.key} is registered twice`);
    this.summaries.set(summary.key, summary);
  }

  async load(principal: Principal): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const summary of this.summaries.values()) result[summary.key] = await summary.load(principal);
    return result;
  }
}
