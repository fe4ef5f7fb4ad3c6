export const up = (knex) =>
  knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('email', 254).notNullable().unique();
    t.string('username', 32).notNullable().unique();
    t.string('password_hash').notNullable();
    t.text('bio');
    t.string('image', 2000);
  });
export const down = (knex) => knex.schema.dropTable('users');
