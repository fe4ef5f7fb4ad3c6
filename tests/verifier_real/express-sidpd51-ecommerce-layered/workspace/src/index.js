// excerpt of https://github.com/sidpd51/ecommerce@7900888967ed:src/index.js
const express = require('express')

const router = require('./router')

app.use(express.json())

app.use('/api/v1', router)

app.listen(PORT, () => {
  console.log(`Server is running on port no: http://localhost:${PORT}`)
})
