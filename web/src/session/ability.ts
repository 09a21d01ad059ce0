import { createMongoAbility, type MongoAbility } from '@casl/ability';
import { unpackRules, type PackRule } from '@casl/ability/extra';

/** What the signed-in user may do, from the rules `/api/auth/me` sends (CASL, packed). */
export type ConsoleAbility = MongoAbility;

export function abilityFrom(packed: unknown[] | undefined): ConsoleAbility {
  return createMongoAbility(packed ? unpackRules(packed as PackRule<never>[]) : []);
}
