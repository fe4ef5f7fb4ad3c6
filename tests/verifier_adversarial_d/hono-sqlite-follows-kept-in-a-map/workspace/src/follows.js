// follower id -> set of followed ids
const follows = new Map();

export const follow = (a, b) => { if (!follows.has(a)) follows.set(a, new Set()); follows.get(a).add(b); };
export const unfollow = (a, b) => follows.get(a)?.delete(b);
export const isFollowing = (a, b) => follows.get(a)?.has(b) ?? false;
