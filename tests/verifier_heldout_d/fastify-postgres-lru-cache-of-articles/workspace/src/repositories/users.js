import { models } from './db.js';

const { User, Follow } = models;

export async function findById(id) {
  return User.findByPk(id);
}

export async function findByEmail(email) {
  return User.findOne({ where: { email } });
}

export async function findByUsername(username) {
  return User.findOne({ where: { username } });
}

export async function create(fields) {
  return User.create(fields);
}

export async function update(id, fields) {
  const user = await User.findByPk(id);
  return user.update(fields);
}

export async function isFollowing(followerId, followedId) {
  return (await Follow.count({ where: { followerId, followedId } })) > 0;
}

export async function follow(followerId, followedId) {
  await Follow.findOrCreate({ where: { followerId, followedId } });
}

export async function unfollow(followerId, followedId) {
  await Follow.destroy({ where: { followerId, followedId } });
}

export async function followedIds(followerId) {
  const rows = await Follow.findAll({ where: { followerId } });
  return rows.map((row) => row.followedId);
}
