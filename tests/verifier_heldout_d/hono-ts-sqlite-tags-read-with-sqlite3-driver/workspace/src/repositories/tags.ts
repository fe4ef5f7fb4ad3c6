import sqlite3 from 'sqlite3';

// Read-only handle for the tag cloud, so the listing never waits on Sequelize's write queue.
const reader = new sqlite3.Database(process.env.SQLITE_PATH || 'conduit.sqlite3', sqlite3.OPEN_READONLY);

export function allTags(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    reader.all('SELECT tagList FROM articles', (err: Error | null, rows: { tagList: string }[]) => {
      if (err) return reject(err);
      const tags = new Set<string>();
      for (const row of rows) for (const tag of JSON.parse(row.tagList || '[]')) tags.add(tag);
      resolve([...tags]);
    });
  });
}
