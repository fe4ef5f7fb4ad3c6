// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:jest.config.js
