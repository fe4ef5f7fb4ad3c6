'use strict';
const { Sequelize } = require('sequelize');

function storageFromUrl(raw) {
  const url = new URL(raw);
  if (url.protocol !== 'sqlite:') throw new Error(`unsupported DATABASE_URL ${url.protocol}`);
  return decodeURIComponent(url.pathname);
}

const sequelize = new Sequelize({ dialect: 'sqlite', storage: storageFromUrl(process.env.DATABASE_URL), logging: false });

module.exports = { sequelize, storageFromUrl };
