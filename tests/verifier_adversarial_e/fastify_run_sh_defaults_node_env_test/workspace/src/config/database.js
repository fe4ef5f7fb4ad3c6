module.exports = {
  test: { dialect: 'sqlite', storage: ':memory:', logging: false },
  production: { url: process.env.DATABASE_URL, dialect: 'postgres', logging: false },
  development: { url: process.env.DATABASE_URL, dialect: 'postgres', logging: console.log },
};
