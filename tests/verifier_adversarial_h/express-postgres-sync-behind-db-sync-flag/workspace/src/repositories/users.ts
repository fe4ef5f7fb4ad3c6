import { Follow, User } from '../models/index.js';

export const findById = (id) => User.findByPk(id, { raw: true });
export const findByEmail = (email) => User.findOne({ where: { email }, raw: true });
export const findByUsername = (username) => User.findOne({ where: { username }, raw: true });

export async function insert({ email, username, passwordHash }) {
  const user = await User.create({ email, username, password_hash: passwordHash });
  return user.get({ plain: true });
}

export async function update(id, fields) {
  if (Object.keys(fields).length) await User.update(fields, { where: { id } });
  return findById(id);
}

export async function isFollowing(followerId, followedId) {
  if (!followerId) return false;
  return (await Follow.count({ where: { follower_id: followerId, followed_id: followedId } })) > 0;
}

export const follow = (followerId, followedId) =>
  Follow.findOrCreate({ where: { follower_id: followerId, followed_id: followedId } });

export const unfollow = (followerId, followedId) =>
  Follow.destroy({ where: { follower_id: followerId, followed_id: followedId } });
