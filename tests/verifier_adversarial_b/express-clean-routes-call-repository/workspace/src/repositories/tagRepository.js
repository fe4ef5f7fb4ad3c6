const db = require('../db');
const Tag = require('../models/tag');

exports.all = () => db.prepare('SELECT DISTINCT name FROM tags ORDER BY name').all().map((r) => new Tag(r.name));
