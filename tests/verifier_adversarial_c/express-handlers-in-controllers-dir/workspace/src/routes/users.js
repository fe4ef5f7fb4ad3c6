const express = require('express');
const { usersController } = require('../controllers/users');

function usersRouter(userService) {
  const controller = usersController(userService);
  const router = express.Router();
  router.post('/users', controller.register);
  router.post('/users/login', controller.login);
  return router;
}

function errorHandler(err, req, res, next) {
  res.status(500).json({ errors: { body: ['internal error'] } });
}

module.exports = { usersRouter, errorHandler };
