// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/cat/domain/command/CatUpdateCommand.ts
import { CatSetCommand } from './CatSetCommand';

import { UpdateCommand } from '../../../common/domain/model/UpdateCommand';

import { CatFindQuery } from '../query/CatFindQuery';

export interface CatUpdateCommand extends UpdateCommand<CatFindQuery, CatSetCommand> {}
