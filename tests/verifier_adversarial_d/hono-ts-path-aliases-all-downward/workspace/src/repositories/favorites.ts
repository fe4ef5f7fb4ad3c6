import type { Favorite } from '@/models/favorite';
const favs: Favorite[] = [];
export const add = async (f: Favorite) => { if (!favs.some((x) => x.userId === f.userId && x.articleSlug === f.articleSlug)) favs.push(f); };
export const countFor = async (slug: string) => favs.filter((f) => f.articleSlug === slug).length;
