module.exports = {
  client: 'better-sqlite3',
  connection: { filename: './dev.sqlite3' },
  useNullAsDefault: true,
};
