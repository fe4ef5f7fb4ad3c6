class UserService {
  constructor(users) { this.users = users; }
  update(id, patch) { return this.users.update(id, patch); }
}
module.exports = { UserService };
