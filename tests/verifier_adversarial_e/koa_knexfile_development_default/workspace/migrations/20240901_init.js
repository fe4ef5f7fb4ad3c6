exports.up = async (knex) => {
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('email').notNullable().unique();
    t.string('username').notNullable().unique();
    t.string('password').notNullable();
    t.text('bio');
    t.string('image');
  });
  await knex.schema.createTable('articles', (t) => {
    t.increments('id');
    t.string('slug').unique();
    t.string('title');
    t.text('body');
    t.integer('author_id').references('users.id');
    t.timestamps(true, true);
  });
};
exports.down = async (knex) => {
  await knex.schema.dropTable('articles');
  await knex.schema.dropTable('users');
};
