// excerpt of https://github.com/Pittvandewitt/dinogame-server@bda090cfc853:server.js
const express = require('express');

const port = process.env.PORT || 4000;

app.listen(port, () => console.log(`Server up and running on port ${port}`));
