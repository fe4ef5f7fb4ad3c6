module.exports = { columns: ['slug', 'body'] };
