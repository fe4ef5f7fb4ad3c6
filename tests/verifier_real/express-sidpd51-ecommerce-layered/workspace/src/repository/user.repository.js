// excerpt of https://github.com/sidpd51/ecommerce@7900888967ed:src/repository/user.repository.js
const { User } = require("../db/models");

const createUserRepository = async (user) => {
	console.log("Inside createUserRepository");
	return await User.create(user);
};

const findUserByEmailRepository = async (email) => {
	return await User.findOne({ where: { email } });
};

const getUsersRepository = async () => {
	return await User.findAll();
};

const findUserByIdRepository = async (id) => {
	return await User.findByPk(id);
};

const updateUserRepository = async (id, user) => {
	return await User.update(user, { where: { id } });
};

const deleteUserRepository = async (id) => {
	return await User.destroy({ where: { id } });
};

module.exports = {
	createUserRepository,
	getUsersRepository,
	findUserByEmailRepository,
	findUserByIdRepository,
	updateUserRepository,
	deleteUserRepository
};
