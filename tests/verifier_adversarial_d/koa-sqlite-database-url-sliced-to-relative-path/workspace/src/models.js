const { DataTypes } = require('sequelize');
const db = require('./db');
exports.Tag = db.define('Tag', { name: { type: DataTypes.STRING, unique: true } }, { timestamps: false });
