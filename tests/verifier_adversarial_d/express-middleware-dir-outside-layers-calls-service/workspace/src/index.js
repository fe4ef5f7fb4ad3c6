const express = require('express');
const cors = require('cors');
const { authenticate } = require('./middleware/auth');
const feedRoutes = require('./routes/feed');

const app = express();
app.use(cors(), express.json(), authenticate);
app.use('/api/articles', feedRoutes);
app.listen(process.env.PORT || 8080);
