'use strict';

const tags = new Set();

module.exports = { all: () => [...tags].sort(), add: (names) => names.forEach((n) => tags.add(n)) };
