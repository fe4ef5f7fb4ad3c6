const session = require('express-session');
const SQLiteStore = require('connect-sqlite3')(session);

module.exports = session({ store: new SQLiteStore({ db: 'sessions.sqlite' }), secret: 'x', resave: false, saveUninitialized: false });
