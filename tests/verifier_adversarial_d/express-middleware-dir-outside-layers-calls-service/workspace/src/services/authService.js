const jwt = require('jsonwebtoken');
const users = require('../repositories/userRepository');

exports.userFromToken = async (token) => {
  const { id } = jwt.verify(token, process.env.JWT_SECRET || 'change-me');
  const user = await users.findById(id);
  if (!user) throw new Error('no such user');
  return user;
};
