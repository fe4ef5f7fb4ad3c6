import * as users from '../repositories/users.js';
import { requireUser } from './users.js';

export async function profileJson(user, viewer) {
  const following = viewer ? await users.isFollowing(viewer.id, user.id) : false;
  return { username: user.username, bio: user.bio, image: user.image, following };
}

export async function getProfile(username, viewer) {
  return profileJson(await requireUser(username), viewer);
}

export async function follow(username, viewer) {
  const target = await requireUser(username);
  await users.follow(viewer.id, target.id);
  return profileJson(target, viewer);
}

export async function unfollow(username, viewer) {
  const target = await requireUser(username);
  await users.unfollow(viewer.id, target.id);
  return profileJson(target, viewer);
}
