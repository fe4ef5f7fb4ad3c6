const express = require('express');
const pool = require('./repositories/pool');

const app = express();
app.use(express.json());
app.use('/api/profiles', require('./routes/profiles'));
pool.init().then(() => app.listen(process.env.PORT || 3000));
