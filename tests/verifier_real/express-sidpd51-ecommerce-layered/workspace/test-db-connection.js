// excerpt of https://github.com/sidpd51/ecommerce@7900888967ed:test-db-connection.js
const mysql = require('mysql2');

const connection = mysql.createConnection({
    host: '127.0.0.1',
    user: 'user',
    password: 'password',
    database: 'ecom_dev',
    port: 3307,
    allowPublicKeyRetrieval: true
});

connection.connect((err) => {
    if (err) {
        console.error('Error connecting to database:', err);
        return;
    }
    console.log('Connected to database successfully!');
    connection.end();
});
