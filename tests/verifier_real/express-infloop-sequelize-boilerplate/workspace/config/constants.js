// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:config/constants.js
module.exports = {

	client: {
        web: "web",
        mobile: "mobile"
	},

	tokenHeader: "Secure-Token",

}
