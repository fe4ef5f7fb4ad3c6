const express = require('express');
const { sequelize } = require('./models');
const articles = require('./routes/articles');

const app = express();
app.use(express.json());
app.use('/api/articles', articles);

sequelize.sync().then(() => app.listen(Number(process.env.PORT) || 3000));
