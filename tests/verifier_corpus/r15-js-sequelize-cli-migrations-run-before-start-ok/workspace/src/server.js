const express = require('express');
const { sequelize } = require('./db');
const articles = require('./routes/articles');

const app = express();
app.use(express.json());
app.use('/api', articles);

sequelize.authenticate().then(() => app.listen(process.env.PORT));
