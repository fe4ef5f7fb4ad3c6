const { User } = require('../models');

class UserRepository {
  findByEmail(email) {
    return User.findOne({ where: { email } });
  }

  findByUsername(username) {
    return User.findOne({ where: { username } });
  }

  create(attrs) {
    return User.create(attrs);
  }
}

module.exports = { UserRepository };
