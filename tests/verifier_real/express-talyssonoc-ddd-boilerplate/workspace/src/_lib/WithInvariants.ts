// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_lib/WithInvariants.ts
import { AggregateRoot } from '@/_lib/DDD';

import assertFn from 'assert';

type AssertionFn = (value: any, message?: string | Error) => void;

const makeWithInvariants =
  <A extends AggregateRoot<any>>(invariantCheckFn: InvariantCheckFn<A>) =>
  <F extends (...args: any[]) => A>(fn: F) =>
  (...args: Parameters<F>): ReturnType<F> => {
    const self = fn(...args);
    invariantCheckFn(self, assertFn);

    return self as ReturnType<F>;
  };
