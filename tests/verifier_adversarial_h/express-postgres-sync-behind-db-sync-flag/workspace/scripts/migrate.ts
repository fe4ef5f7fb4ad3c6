import { sequelize } from '../src/db.js';
import '../src/models/index.js';

await sequelize.sync({ alter: process.argv.includes('--alter') });
console.log('schema synchronised');
await sequelize.close();
