const express = require('express');
const app = express();
app.use(express.json());
app.use('/api/articles', require('./routes/articles'));
app.listen(process.env.PORT || 3000);
