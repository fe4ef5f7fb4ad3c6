'use strict';
const bcrypt = require('bcryptjs');
const { sequelize, User } = require('./db');

exports.login = async (email, password) => {
  const user = await User.findOne({
    where: sequelize.where(sequelize.fn('lower', sequelize.col('email')), String(email).toLowerCase()),
  });
  return user && (await bcrypt.compare(password, user.passwordHash)) ? user : null;
};
