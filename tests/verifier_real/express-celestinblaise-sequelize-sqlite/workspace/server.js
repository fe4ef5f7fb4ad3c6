// excerpt of https://github.com/Celestin-Blaise/NODEJS-SEQUELIZE-SQLITE-STARTER-KIT@446f8f74320b:server.js
const express = require('express');

const tempEngine = require('express-handlebars');

const bodyParser = require('body-parser');

const path = require('path');

const routes = require('./app/routes/routes');

const morgan = require('morgan');

const db = require('./app/dbConfig/db');

const axios = require('axios')

app.use((req, res, next) => {
	res.header('Access-Control-Allow-Origin', '*');
	res.header('Access-Control-Allow-Methods:POST');
	res.header('Access-Control-Allow-Headers:Origin, Methods, Content-Type');

	next();
});

db
	.authenticate()
	.then(() => console.log('DATABASE_CONNECTED'))
	.catch((error) => console.log('AN ERROR OCCURRED', error));

app.use(morgan('dev'));

app.use(
	bodyParser.urlencoded({
		extended: true
	})
);

app.use(routes);

app.engine('handlebars', tempEngine({ defaultLayout: 'index' }));

app.set('view engine', 'handlebars');

app.use(express.static(path.join(__dirname, 'static')));

const PORT = process.env.PORT || 5000;

app.listen(PORT, console.log(`\tServer Spinning On Port ${PORT}`));
