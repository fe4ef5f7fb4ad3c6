const followers = new Map<number, Set<number>>();

export function follow(user: number, target: number): void {
  if (!followers.has(user)) followers.set(user, new Set());
  followers.get(user)!.add(target);
}
