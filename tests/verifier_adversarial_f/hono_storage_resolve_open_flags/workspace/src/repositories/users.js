'use strict';
const { Op } = require('sequelize');
const { User } = require('../models');

const withFollowing = { include: [{ model: User, as: 'following', attributes: ['id'] }] };

module.exports = {
  byId: (id) => User.findByPk(id, withFollowing),
  byEmail: (email) => User.findOne({ where: { email }, ...withFollowing }),
  byUsername: (username) => User.findOne({ where: { username }, ...withFollowing }),
  taken: (username, email) => User.findAll({ where: { [Op.or]: [{ username }, { email }] } }),
  create: (fields) => User.create(fields),
  update: (user, fields) => user.update(fields),
  follow: (user, other) => user.addFollowing(other),
  unfollow: (user, other) => user.removeFollowing(other),
};
