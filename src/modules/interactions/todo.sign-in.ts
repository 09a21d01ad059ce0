import type { Principal } from '../../access/principal';
import { SignInSummaryRegistry, type SignInSummary } from '../../auth/sign-in-summary.registry';
import { Contributes } from '../../common/registry/contributes.decorator';
import { TodoService } from './todo.service';

/** The to-do counts `/api/auth/me` shows at sign-in, for those who may read interactions. */
@Contributes(SignInSummaryRegistry)
export class TodoSignIn implements SignInSummary {
  readonly key = 'todo';

  constructor(private readonly todo: TodoService) {}

  async load(principal: Principal) {
    return principal.ability.can('read', 'Interaction') ? this.todo.counts(principal.id) : null;
  }
}
