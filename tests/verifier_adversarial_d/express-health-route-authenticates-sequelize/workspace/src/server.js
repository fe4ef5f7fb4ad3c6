const express = require('express');
const sequelize = require('./db');
require('./models/tag');

const app = express();
app.use(express.json());
app.use('/api', require('./routes/tags'));
app.use('/', require('./routes/health'));
sequelize.sync().then(() => app.listen(process.env.PORT || 8080));
