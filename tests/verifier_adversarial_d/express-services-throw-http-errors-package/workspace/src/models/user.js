'use strict';
class User {
  constructor({ id, email, username, passwordHash, bio = null, image = null }) {
    Object.assign(this, { id, email, username, passwordHash, bio, image });
  }
}
module.exports = { User };
