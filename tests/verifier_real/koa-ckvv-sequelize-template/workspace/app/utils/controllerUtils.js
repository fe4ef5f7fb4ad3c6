// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:app/utils/controllerUtils.js
const qs = require('qs');

function getMixinParams() {
  return { ...qs.parse(this.query, { comma: true }), ...this.request.body, ...this.params };
}
