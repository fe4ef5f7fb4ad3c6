class EmailTaken extends Error {}

class UserService {
  constructor(users) { this.users = users; }
  async register({ username, email, password }) {
    if (await this.users.byEmail(email)) throw new EmailTaken(email);
    return this.users.create({ username, email, password });
  }
}
module.exports = { UserService, EmailTaken };
