module.exports = { ORDER: 'createdAt' };
