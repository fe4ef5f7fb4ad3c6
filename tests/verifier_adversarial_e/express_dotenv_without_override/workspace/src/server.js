require('dotenv').config();
const express = require('express');
const { openDatabase } = require('./database');

const db = openDatabase(process.env.SQLITE_PATH);
const app = express();
app.use(express.json());
app.locals.db = db;
app.use('/api', require('./routes'));

app.listen(process.env.PORT, () => console.log('up'));
