const pool = require('./pool');
const User = require('../models/user');

exports.byUsername = async (username) => {
  const { rows } = await pool.query('SELECT * FROM users WHERE username = $1', [username]);
  return rows[0] && new User(rows[0]);
};
