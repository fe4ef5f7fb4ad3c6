const { sequelize } = require('./db');

module.exports = async function reportError(err, req, res, next) {
  await sequelize.query('INSERT INTO failures (message) VALUES (?)', { replacements: [err.message] });
  res.status(500).json({ errors: { body: ['internal error'] } });
};
