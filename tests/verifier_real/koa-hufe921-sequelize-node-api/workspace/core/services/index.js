// excerpt of https://github.com/Hufe921/node-api@e4543dbb91ac:core/services/index.js
const extension = require('../../utils/extension') // 扩展方法

const generic = require('../../utils/generic') // 通用方法

const utilsType = require('../../dtos/utils/index') // 通用类

const Op = require('sequelize').Op

const model = require('../models/index') // orm映射实体
