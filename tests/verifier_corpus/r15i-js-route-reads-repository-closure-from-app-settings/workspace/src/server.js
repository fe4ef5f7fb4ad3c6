const express = require('express');
const tagRepository = require('./repositories/tagRepository');
const tagService = require('./services/tagService');
const tags = require('./routes/tags');

const app = express();
app.set('tagSource', { list: () => tagRepository.tagNames() });
app.set('tagService', tagService);
app.use('/api', tags);
app.listen(process.env.PORT);
