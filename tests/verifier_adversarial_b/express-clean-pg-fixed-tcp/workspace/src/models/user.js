class User {
  constructor({ id, username, email, bio = null, image = null }) {
    Object.assign(this, { id, username, email, bio, image });
  }
}
module.exports = User;
