// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_lib/errors/ForbiddenError.ts
import { BaseError, Exception } from '@/_lib/errors/BaseError';

import { makePredicate } from '@/_lib/Predicate';

namespace ForbiddenError {
  const type = Symbol();
  const name = 'ForbiddenError';
  const defaultMessage = 'Forbidden';

  export const create = (message: string = defaultMessage, code: string = name): Exception =>
    new BaseError({ type, name, code, message });

  export const is = makePredicate<Exception>(type);
}

export { ForbiddenError };
