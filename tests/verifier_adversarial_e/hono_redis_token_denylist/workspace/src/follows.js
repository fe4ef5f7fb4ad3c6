import { redis } from './redis.js';

export const follow = (followerId, targetId) => redis.sadd(`following:${followerId}`, String(targetId));
export const unfollow = (followerId, targetId) => redis.srem(`following:${followerId}`, String(targetId));
export const isFollowing = async (followerId, targetId) =>
  followerId != null && (await redis.sismember(`following:${followerId}`, String(targetId))) === 1;
export const followingIds = (followerId) => redis.smembers(`following:${followerId}`);
