module.exports = { DB_SYNC: process.env.DB_SYNC !== 'false' };
