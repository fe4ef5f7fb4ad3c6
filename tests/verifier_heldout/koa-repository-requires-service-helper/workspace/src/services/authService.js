const jwt = require('jsonwebtoken');
const userRepository = require('../repositories/userRepository');

const SECRET = process.env.JWT_SECRET || 'dev-secret';

function sign(user) {
  return jwt.sign({ id: user.id, username: user.username }, SECRET, { expiresIn: '7d' });
}

async function userFromToken(token) {
  try {
    const { id } = jwt.verify(token, SECRET);
    return await userRepository.findById(id);
  } catch {
    return null;
  }
}

module.exports = { sign, userFromToken };
