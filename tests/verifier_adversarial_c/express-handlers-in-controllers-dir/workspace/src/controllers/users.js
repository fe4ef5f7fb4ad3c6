const { DomainError } = require('../services/errors');

const STATUS = { invalid: 422, conflict: 409, unauthorized: 401 };

function usersController(userService) {
  const send = (res, err) => res.status(STATUS[err.kind] || 500).json({ errors: { [err.field || 'body']: [err.message] } });
  return {
    async register(req, res) {
      try {
        res.status(201).json({ user: await userService.register(req.body.user) });
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        send(res, err);
      }
    },
    async login(req, res) {
      try {
        res.json({ user: await userService.login(req.body.user) });
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        send(res, err);
      }
    },
  };
}

module.exports = { usersController };
