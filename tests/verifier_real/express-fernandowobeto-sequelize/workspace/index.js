// excerpt of fernandowobeto/nodejs-express-api-boilerplate@5ba4728e3c58:index.js
const express = require('express');

const bodyParser = require('body-parser');

const routes = require('./routes');

app.use(bodyParser.urlencoded({ extended: true }));

app.use(routes);

app.listen(3000, function(){
    console.log('Express listen on port 3000');
});
