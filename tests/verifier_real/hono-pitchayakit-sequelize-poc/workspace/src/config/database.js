// excerpt of pitchayakit/hono-poc@3038a833a45a:src/config/database.js
import { Sequelize } from 'sequelize';

const dbHost = process.env.DB_HOST || 'localhost';

const dbPort = process.env.DB_PORT || '5434';

const dbName = process.env.DB_NAME || 'honodb';

const dbUser = process.env.DB_USER || 'postgres';

const dbPassword = process.env.DB_PASSWORD || 'postgres';

const sequelize = new Sequelize(dbName, dbUser, dbPassword, {
  host: dbHost,
  port: dbPort,
  dialect: 'postgres',
  logging: console.log,
  pool: {
    max: 5,
    min: 0,
    acquire: 30000,
    idle: 10000
  }
});

async function testConnection() {
  try {
    await sequelize.authenticate();
    console.log('Database connection has been established successfully.');
  } catch (error) {
    console.error('Unable to connect to the database:', error);
  }
}

export { sequelize, testConnection };
