'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');

// ${NAME} and ${NAME:-default} are replaced from the environment before parsing.
function expand(text) {
  return text.replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_, name, fallback) => process.env[name] ?? fallback ?? '');
}

const raw = fs.readFileSync(path.join(__dirname, '..', 'config', 'default.yml'), 'utf8');
const file = yaml.load(expand(raw));

module.exports = {
  port: Number(file.server.port || 3000),
  jwtSecret: file.jwt.secret,
  database: { dialect: file.database.dialect, url: file.database.url },
};
