// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/cat/domain/command/CatInsertOneCommand.ts
import { Command } from '../../../common/domain/model/Command';

export interface CatInsertOneCommand extends Command {
  bornDate: Date;
  name: string;
}
