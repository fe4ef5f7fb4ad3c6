'use strict';

exports.up = async (knex) => {
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('email', 254).notNullable().unique();
    t.string('username', 32).notNullable().unique();
    t.string('password_hash').notNullable();
    t.text('bio');
    t.string('image', 2000);
  });
  await knex.schema.createTable('articles', (t) => {
    t.increments('id');
    t.string('slug', 160).notNullable().unique();
    t.string('title', 120).notNullable();
    t.string('description', 255).notNullable();
    t.text('body').notNullable();
    t.json('tag_list').notNullable().defaultTo('[]');
    t.integer('author_id').references('users.id').onDelete('CASCADE');
    t.timestamps(true, true);
  });
  await knex.schema.createTable('favorites', (t) => {
    t.integer('user_id').references('users.id').onDelete('CASCADE');
    t.integer('article_id').references('articles.id').onDelete('CASCADE');
    t.primary(['user_id', 'article_id']);
  });
  await knex.schema.createTable('follows', (t) => {
    t.integer('follower_id').references('users.id').onDelete('CASCADE');
    t.integer('followed_id').references('users.id').onDelete('CASCADE');
    t.primary(['follower_id', 'followed_id']);
  });
  await knex.schema.createTable('comments', (t) => {
    t.increments('id');
    t.text('body').notNullable();
    t.integer('article_id').references('articles.id').onDelete('CASCADE');
    t.integer('author_id').references('users.id').onDelete('CASCADE');
    t.timestamps(true, true);
  });
};

exports.down = async (knex) => {
  for (const table of ['comments', 'follows', 'favorites', 'articles', 'users']) await knex.schema.dropTableIfExists(table);
};
