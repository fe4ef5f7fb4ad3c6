exports.up = (knex) => knex.schema
  .createTable('users', (t) => {
    t.increments();
    t.string('email').notNullable().unique();
    t.string('username').notNullable().unique();
    t.string('password').notNullable();
    t.text('bio').defaultTo('');
    t.string('image');
  })
  .createTable('comments', (t) => {
    t.increments();
    t.text('body').notNullable();
    t.integer('article_id').notNullable();
    t.integer('author_id').references('users.id').onDelete('CASCADE');
    t.timestamps(true, true);
  });

exports.down = (knex) => knex.schema.dropTable('comments').dropTable('users');
