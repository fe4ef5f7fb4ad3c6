export type Favorite = { userId: number; articleSlug: string };
