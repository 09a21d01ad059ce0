import type { MongoAbility } from '@casl/ability';
import type { Action, Subject } from './permission-catalogue';

/** A user's abilities: what the guard and the services ask before acting. */
export type AppAbility = MongoAbility<[Action, Subject]>;
