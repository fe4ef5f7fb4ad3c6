// The feed joins follows -> articles -> users; postgres.js tagged templates keep it readable and parameterised.
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL as string, { max: 4 });

export class FeedRepository {
  async page(viewerId: number, limit: number, offset: number) {
    const rows = await sql`
      SELECT a.*, u.username, u.bio, u.image
        FROM articles a
        JOIN follows f ON f."followedId" = a."authorId"
        JOIN users u ON u.id = a."authorId"
       WHERE f."followerId" = ${viewerId}
    ORDER BY a."createdAt" DESC
       LIMIT ${limit} OFFSET ${offset}`;
    const [{ count }] = await sql`SELECT count(*)::int AS count FROM articles a JOIN follows f ON f."followedId" = a."authorId" WHERE f."followerId" = ${viewerId}`;
    return { rows, count };
  }
}
