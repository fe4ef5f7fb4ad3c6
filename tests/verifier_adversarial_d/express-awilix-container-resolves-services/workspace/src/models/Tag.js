module.exports = class Tag { constructor(name) { this.name = name; } };
