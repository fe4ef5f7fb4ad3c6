// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/common/domain/model/UpdateCommand.ts
import { Command } from './Command';

import { Query } from './Query';

export interface UpdateCommand<TQuery extends Query = Query, TCommand extends Command = Command> extends Command {
  findQuery: TQuery;
  setCommand: TCommand;
}
