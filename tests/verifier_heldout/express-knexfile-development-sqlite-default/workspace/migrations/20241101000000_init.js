exports.up = async (knex) => {
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('email').unique().notNullable();
    t.string('username').unique().notNullable();
    t.string('password_hash').notNullable();
    t.text('bio').defaultTo('');
    t.string('image');
  });
  await knex.schema.createTable('articles', (t) => {
    t.increments('id');
    t.string('slug').unique().notNullable();
    t.string('title').notNullable();
    t.text('description').defaultTo('');
    t.text('body').notNullable();
    t.integer('author_id').references('users.id');
    t.timestamps(true, true);
  });
};

exports.down = async (knex) => {
  await knex.schema.dropTable('articles');
  await knex.schema.dropTable('users');
};
