// excerpt of https://github.com/Hufe921/node-api@e4543dbb91ac:core/services/common.js
const model = require('../models/index') // orm映射实体

async function postAccessLog(msg) {
    await AccessLog.create({
        userNo: msg.query.userNo ? msg.query.userNo : null,
        token: msg.headers['x-token'] ? msg.headers['x-token'] : null,
        api: msg.request.path,
        ip: msg.request.ip,
        query: msg.query ? JSON.stringify(msg.query) : null,
        request: msg.request.body ? JSON.stringify(msg.request.body) : null
    })
}
