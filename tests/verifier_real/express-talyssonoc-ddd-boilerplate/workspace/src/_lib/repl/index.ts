// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_lib/repl/index.ts
import REPL, { REPLEval, ReplOptions, REPLServer } from 'repl';

import vm from 'vm';

import { createServer, Server, Socket } from 'net';

const promisableEval: REPLEval = (cmd, context, filename, callback) => {
  const result = vm.runInContext(cmd, context);

  if (isPromise(result)) {
    return result.then((v) => callback(null, v)).catch((e) => callback(e, null));
  }

  return callback(null, result);
};
