const express = require('express');
require('./db');
const tags = require('./routes/tags');

const app = express();
app.use(express.json());
app.use('/api', tags);

const port = Number(process.env.PORT) || 3000;
app.listen(port, () => console.log(`listening on ${port}`));
