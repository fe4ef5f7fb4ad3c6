// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/controllers/misc.js
const os = require('os');

const pkginfo = require('../../package.json');

const spec = require('../spec');

exports.getApiInfo = ctx => {
  // BUSINESS LOGIC
  const environments = {
    nodeVersion: process.versions['node'],
    hostname: os.hostname(),
    platform: `${process.platform}/${process.arch}`
  };
  const data = {
    name: pkginfo.name,
    version: pkginfo.version,
    description: pkginfo.description,
    environments
  };

  ctx.body = data;
};
