// plain objects
module.exports = { fields: ['slug', 'title', 'body'] };
