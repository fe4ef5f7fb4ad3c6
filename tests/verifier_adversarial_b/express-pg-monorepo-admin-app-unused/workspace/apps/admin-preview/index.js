const express = require('express');
const store = require('./store');

const app = express();
app.get('/admin/users', (_req, res) => res.json(store.list()));
app.listen(4000);
