// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/cat/infrastructure/injection/CatModule.ts
import { Container } from 'inversify';

import { commonModule } from '../../../common/infrastructure/injection/CommonModule';

import { InjectionKeys } from '../../../common/infrastructure/injection/InjectionKeys';

import { catsTable } from '../../../common/infrastructure/orm/model/schema';

import { CatFindQueryToCatFindQueryOrmConverter } from '../orm/converter/CatFindQueryToCatFindQueryOrmConverter';

import { CatInsertOneCommandToCatInsertOneCommandQueryOrmConverter } from '../orm/converter/CatInsertOneCommandToCatInsertOneCommandQueryOrmConverter';

import { CatOrmToCatConverter } from '../orm/converter/CatOrmToCat';

import { CatSetCommandToCatSetQueryOrmConverter } from '../orm/converter/CatSetCommandToCatSetQueryOrmConverter';

catModule.bind(InjectionKeys.modelDbToModelConverter).to(CatOrmToCatConverter);
