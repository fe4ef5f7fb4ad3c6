// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/lib/relations-map.js
