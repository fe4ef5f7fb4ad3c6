import { User } from '../models/index.js';

export const userRepository = {
  findById(id) {
    return User.findByPk(id, { include: [{ association: 'following', attributes: ['id'] }] });
  },
  findByEmail(email) {
    return User.findOne({ where: { email } });
  },
  findByUsername(username) {
    return User.findOne({ where: { username } });
  },
  create(data) {
    return User.create(data);
  },
  async update(user, changes) {
    return user.update(changes);
  },
  async isFollowing(follower, followee) {
    if (!follower) return false;
    return follower.hasFollowing(followee);
  },
  follow(follower, followee) {
    return follower.addFollowing(followee);
  },
  unfollow(follower, followee) {
    return follower.removeFollowing(followee);
  },
};
