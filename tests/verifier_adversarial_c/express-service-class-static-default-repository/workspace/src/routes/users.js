const express = require('express');
const { DomainError } = require('../services/errors');

const STATUS = { invalid: 422, conflict: 409, unauthorized: 401 };

function usersRouter(userService) {
  const router = express.Router();
  router.post('/users', async (req, res, next) => {
    try {
      res.status(201).json({ user: await userService.register(req.body.user) });
    } catch (err) {
      next(err);
    }
  });
  router.post('/users/login', async (req, res, next) => {
    try {
      res.json({ user: await userService.login(req.body.user) });
    } catch (err) {
      next(err);
    }
  });
  return router;
}

function errorHandler(err, req, res, next) {
  if (err instanceof DomainError) {
    return res.status(STATUS[err.kind]).json({ errors: { [err.field]: [err.message] } });
  }
  return res.status(500).json({ errors: { body: ['internal error'] } });
}

module.exports = { usersRouter, errorHandler };
