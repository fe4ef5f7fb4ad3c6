// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/main.js
require('module-alias/register')

const app = require('@app')

const port = process.env.PORT || 3000

app.listen(port, () => {
	console.log(`Server is running on http://localhost:${port}`)
})
