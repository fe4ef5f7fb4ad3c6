// follower id -> ids of the users they follow
const follows = new Map<number, Set<number>>();

export function follow(follower: number, followee: number): void {
  if (!follows.has(follower)) follows.set(follower, new Set());
  follows.get(follower)!.add(followee);
}

export function unfollow(follower: number, followee: number): void {
  follows.get(follower)?.delete(followee);
}

export function isFollowing(follower: number | undefined, followee: number): boolean {
  return follower !== undefined && (follows.get(follower)?.has(followee) ?? false);
}

export function followees(follower: number): number[] {
  return [...(follows.get(follower) ?? [])];
}
