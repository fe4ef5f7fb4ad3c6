'use strict';

exports.up = async function up(knex) {
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('email', 254).notNullable().unique();
    t.string('username', 64).notNullable().unique();
    t.string('password_hash').notNullable();
    t.text('bio');
    t.string('image', 2000);
  });
  await knex.schema.createTable('follows', (t) => {
    t.integer('follower_id').notNullable().references('users.id').onDelete('CASCADE');
    t.integer('followed_id').notNullable().references('users.id').onDelete('CASCADE');
    t.primary(['follower_id', 'followed_id']);
  });
  await knex.schema.createTable('articles', (t) => {
    t.increments('id');
    t.string('slug').notNullable().unique();
    t.string('title').notNullable();
    t.string('description').notNullable();
    t.text('body').notNullable();
    t.integer('author_id').notNullable().references('users.id').onDelete('CASCADE');
    t.string('created_at').notNullable();
    t.string('updated_at').notNullable();
  });
  await knex.schema.createTable('article_tags', (t) => {
    t.integer('article_id').notNullable().references('articles.id').onDelete('CASCADE');
    t.string('tag', 64).notNullable();
    t.primary(['article_id', 'tag']);
  });
  await knex.schema.createTable('favorites', (t) => {
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.integer('article_id').notNullable().references('articles.id').onDelete('CASCADE');
    t.primary(['user_id', 'article_id']);
  });
  await knex.schema.createTable('comments', (t) => {
    t.increments('id');
    t.integer('article_id').notNullable().references('articles.id').onDelete('CASCADE');
    t.integer('author_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('body').notNullable();
    t.string('created_at').notNullable();
    t.string('updated_at').notNullable();
  });
};

exports.down = async function down(knex) {
  for (const table of ['comments', 'favorites', 'article_tags', 'articles', 'follows', 'users']) {
    await knex.schema.dropTableIfExists(table);
  }
};
