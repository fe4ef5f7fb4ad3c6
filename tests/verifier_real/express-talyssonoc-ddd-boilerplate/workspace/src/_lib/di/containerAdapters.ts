// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_lib/di/containerAdapters.ts
import { Resolver } from 'awilix/lib/resolvers';

import { asValue } from 'awilix';

type ContainerValues = <Type extends Values>(values: Type) => { [key in keyof Type]: Resolver<Type[key]> };
