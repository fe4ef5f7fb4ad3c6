// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/cat/domain/command/CatSetCommand.ts
import { Command } from '../../../common/domain/model/Command';

export interface CatSetCommand extends Command {
  bornDate?: Date;
  name?: string;
}
