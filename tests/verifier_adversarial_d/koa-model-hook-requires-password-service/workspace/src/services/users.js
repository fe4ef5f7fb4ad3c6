const users = require('../repositories/users');
const password = require('./password');

exports.register = (data) => users.create(data);
exports.login = async (email, plain) => {
  const user = await users.findByEmail(email);
  return user && (await password.verify(plain, user.password)) ? user : null;
};
