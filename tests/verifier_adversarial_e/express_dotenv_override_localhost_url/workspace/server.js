require('dotenv').config({ override: true });
const express = require('express');
const { sequelize } = require('./models');

const app = express();
app.use(express.json());
app.use('/api', require('./routes'));

sequelize.sync().then(() => {
  app.listen(process.env.PORT || 3000, () => console.log('Conduit API ready'));
});
