import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import fp from 'fastify-plugin';
import { attach } from '../db.js';

async function sqlitePlugin(fastify, opts) {
  const database = new Database(opts.filename);
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.exec(readFileSync(new URL('../schema.sql', import.meta.url), 'utf8'));
  attach(database);
  fastify.decorate('sqlite', database);
  fastify.addHook('onClose', async () => database.close());
  fastify.log.info({ filename: opts.filename }, 'sqlite ready');
}

export default fp(sqlitePlugin, { name: 'sqlite' });
