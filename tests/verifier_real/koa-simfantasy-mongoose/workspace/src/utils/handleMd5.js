// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/utils/handleMd5.js
const cryprto = require('crypto')

module.exports = str => {
	return cryprto
		.createHash('sha256')
		.update(str + process.env.MD5_SALT)
		.digest('hex')
}
