'use strict';
const { Op } = require('sequelize');
const { User } = require('../models');
const follows = require('./follows');

const withFollowing = { include: [{ model: User, as: 'following', attributes: ['id'] }] };

module.exports = {
  byId: (id) => User.findByPk(id, withFollowing),
  byEmail: (email) => User.findOne({ where: { email }, ...withFollowing }),
  byUsername: (username) => User.findOne({ where: { username }, ...withFollowing }),
  taken: (username, email) => User.findAll({ where: { [Op.or]: [{ username }, { email }] } }),
  create: (fields) => User.create(fields),
  update: (user, fields) => user.update(fields),
  follow: (user, other) => follows.follow(user.id, other.id),
  unfollow: (user, other) => follows.unfollow(user.id, other.id),
  isFollowing: (user, other) => follows.follows(user.id, other.id),
};
