module.exports = class Article { constructor(data) { Object.assign(this, data); } };
