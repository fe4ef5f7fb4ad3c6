const express = require('express');
const { sequelize } = require('./models');
const app = express();
app.use(express.json());
app.use('/api/articles', require('./routes/favorites'));
sequelize.sync().then(() => app.listen(process.env.PORT || 8080));
