module.exports = { FEED_LIMIT_DEFAULT: 20, shape: (a) => ({ ...a, body: a.body ?? '' }) };
