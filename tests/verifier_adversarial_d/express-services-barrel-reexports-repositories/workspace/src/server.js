const express = require('express');
const app = express();
app.use(express.json());
app.use('/api/profiles', require('./routes/profiles'));
app.listen(process.env.PORT || 8080);
