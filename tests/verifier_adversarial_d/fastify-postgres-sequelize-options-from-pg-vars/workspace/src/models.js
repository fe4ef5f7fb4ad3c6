'use strict';
const { DataTypes } = require('sequelize');
const sequelize = require('./sequelize');

exports.Tag = sequelize.define('Tag', { name: { type: DataTypes.STRING(32), unique: true, allowNull: false } }, { timestamps: false });
