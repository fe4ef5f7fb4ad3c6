'use strict';


function tokenOf(request) {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  return scheme === 'Token' || scheme === 'Bearer' ? token : null;
}

/** preHandler hooks that put the caller's id on request.userId. */
function authHooks(users) {
  return {
    async optional(request) {
      const token = tokenOf(request);
      request.userId = token ? users.authenticate(token) : null;
    },
    async required(request, reply) {
      const token = tokenOf(request);
      if (!token) return reply.code(401).send({ errors: { body: ['missing authorization token'] } });
      request.userId = users.authenticate(token);
    },
  };
}

module.exports = { authHooks };
