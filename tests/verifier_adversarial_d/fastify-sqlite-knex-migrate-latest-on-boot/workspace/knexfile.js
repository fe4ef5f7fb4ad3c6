export default {
  client: 'better-sqlite3',
  connection: { filename: process.env.SQLITE_PATH },
  useNullAsDefault: true,
  migrations: { directory: './migrations', loadExtensions: ['.js'] },
};
