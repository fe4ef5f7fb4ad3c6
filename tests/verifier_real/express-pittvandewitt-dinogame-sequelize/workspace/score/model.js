// excerpt of https://github.com/Pittvandewitt/dinogame-server@bda090cfc853:score/model.js
const Sequelize = require('sequelize');

const db = require('../db');

const Player = require('../player/model')

const Score = db.define('scores', {
  score: {
    type: Sequelize.INTEGER,
    allowNull: false,
    unique: false
  }
})
