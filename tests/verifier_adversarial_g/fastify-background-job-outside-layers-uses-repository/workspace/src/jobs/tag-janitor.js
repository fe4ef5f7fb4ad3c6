'use strict';

const { ArticleRepository } = require('../repositories/article-repository');

const HOUR = 60 * 60 * 1000;

/**
 * Background maintenance started by server.js: drops tags no article uses any more, so that
 * GET /tags only lists live tags. Runs once at start-up and then hourly.
 */
function startTagJanitor(models, { every = HOUR, log = console } = {}) {
  const articles = new ArticleRepository(models);
  const run = async () => {
    try {
      const removed = await articles.deleteUnusedTags();
      if (removed) log.info(`tag janitor: removed ${removed} unused tag(s)`);
    } catch (error) {
      log.error('tag janitor failed', error);
    }
  };
  run();
  const timer = setInterval(run, every);
  timer.unref();
  return () => clearInterval(timer);
}

module.exports = { startTagJanitor };
