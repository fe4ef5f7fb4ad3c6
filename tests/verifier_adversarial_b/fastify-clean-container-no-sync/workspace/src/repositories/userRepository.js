class UserRepository {
  constructor({ User }) { this.User = User; }
  byEmail(email) { return this.User.findOne({ where: { email } }); }
  create(data) { return this.User.create(data); }
}
module.exports = UserRepository;
