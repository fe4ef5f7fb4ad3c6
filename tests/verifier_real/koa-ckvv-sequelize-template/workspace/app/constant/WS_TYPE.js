// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:app/constant/WS_TYPE.js
