exports.up = (knex) =>
  knex.schema.createTable('tags', (t) => {
    t.increments('id');
    t.string('name', 32).notNullable().unique();
  });
exports.down = (knex) => knex.schema.dropTable('tags');
