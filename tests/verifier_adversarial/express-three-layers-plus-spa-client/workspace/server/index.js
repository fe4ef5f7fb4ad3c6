'use strict';
const express = require('express');
const path = require('path');
const articles = require('./routes/articles');

const app = express();
app.use(express.json());
app.get('/api/health-check', (req, res) => res.json({ status: 'ok' }));
app.use('/api/articles', articles);
app.use(express.static(path.join(__dirname, '..', 'client', 'dist')));
app.listen(Number(process.env.PORT || 8080));
