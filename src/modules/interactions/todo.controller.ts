import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { UserScopeQueryDto } from './dto/user-scope-query.dto';
import { TodoService } from './todo.service';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { TodoView } from './todo.view';

/** The to-do workspace (§4.1.2): what is overdue, due today, coming up, and handed to others. */
@ApiTags('interactions')
@ApiBearerAuth()
@Controller('todo')
export class TodoController {
  constructor(private readonly todo: TodoService) {}

  @ApiDoc({
    summary: '待办：逾期、今天到期、即将到期和已转交的筹划',
    ok: TodoView,
    // userId of a colleague the caller may not monitor, or of no one
    errors: { 404: [] },
  })
  @Get()
  @CheckAbility('read', 'Interaction')
  get(@CurrentUser() user: Principal, @Query() query: UserScopeQueryDto) {
    return this.todo.todo(user, query.userId);
  }
}
