// Tiny service locator: everything the app needs, registered once at start-up.
const articleRepository = require('./repositories/articleRepository');
const userRepository = require('./repositories/userRepository');
const articleService = require('./services/articleService');
const authService = require('./services/authService');

const registry = { articleRepository, userRepository, articleService, authService };

module.exports = {
  resolve(name) {
    const found = registry[name];
    if (!found) throw new Error(`container: nothing registered as "${name}"`);
    return found;
  },
};
