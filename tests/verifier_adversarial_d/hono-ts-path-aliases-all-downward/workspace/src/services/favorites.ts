import * as repo from '@/repositories/favorites';
export async function favorite(userId: number, slug: string) {
  await repo.add({ userId, articleSlug: slug });
  return { slug, favorited: true, favoritesCount: await repo.countFor(slug) };
}
