import Database from 'better-sqlite3';

// Synchronous reads are plenty for the tag cloud; same file Sequelize writes to.
const db = new Database(process.env.SQLITE_PATH as string, { readonly: true, fileMustExist: true });

export const tagRepository = {
  popular(limit = 20): string[] {
    const rows = db
      .prepare('SELECT name FROM tags ORDER BY name LIMIT ?')
      .all(limit) as { name: string }[];
    return rows.map((r) => r.name);
  },
};
