module.exports = {
  client: 'pg',
  connection: {
    host: 'localhost',
    database: 'conduit',
  },
};
