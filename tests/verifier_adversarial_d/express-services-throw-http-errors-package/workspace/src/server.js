'use strict';
const express = require('express');
const { UserRepository } = require('./repositories/userRepository');
const { UserService } = require('./services/userService');
const { usersRouter } = require('./routes/users');

const app = express();
app.use(express.json());
app.use('/api', usersRouter(new UserService(new UserRepository())));
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ errors: { body: [err.message] } });
});
app.listen(Number(process.env.PORT || 8080));
