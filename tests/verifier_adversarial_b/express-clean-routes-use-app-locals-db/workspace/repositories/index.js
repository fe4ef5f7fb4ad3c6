let db;
exports.bind = (handle) => { db = handle; };
exports.users = {
  byUsername: (username) => db.prepare('SELECT id, username, bio, image FROM users WHERE username = ?').get(username),
};
