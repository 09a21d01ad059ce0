import type { Principal } from '../../access/principal';
import { SignInSummaryRegistry, type SignInSummary } from '../../auth/sign-in-summary.registry';
import { Contributes } from '../../common/registry/contributes.decorator';
import { NoticeBoardService } from './notice-board.service';

/** The unread notices `/api/auth/me` shows at sign-in, for those who may read the board. */
@Contributes(SignInSummaryRegistry)
export class BulletinSignIn implements SignInSummary {
  readonly key = 'bulletin';

  constructor(private readonly board: NoticeBoardService) {}

  async load(principal: Principal) {
    return principal.ability.can('read', 'Bulletin')
      ? { unread: await this.board.unread(principal) }
      : null;
  }
}
