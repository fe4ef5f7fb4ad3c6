const { Sequelize, DataTypes } = require('sequelize');
const all = require('./config/database');

const cfg = all[process.env.NODE_ENV || 'development'];
const sequelize = cfg.url ? new Sequelize(cfg.url, cfg) : new Sequelize(cfg);

const Tag = sequelize.define('Tag', { name: { type: DataTypes.STRING, unique: true } }, { timestamps: false });

module.exports = { sequelize, Tag };
