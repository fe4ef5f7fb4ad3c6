// excerpt of https://github.com/Hufe921/node-api@e4543dbb91ac:app.js
const Koa = require('koa')

const bodyParser = require('koa-bodyparser')

const cors = require('koa2-cors')

const controller = require('./config/config.controller')

const config = require('./config/config.common')

const rest = require('./config/config.rest')

const staticFiles = require('./config/config.static')

process.env.NODE_ENV = 'development'

const isProduction = process.env.NODE_ENV === 'production'

app.use(async (ctx, next) => {
    console.log(`Process ${ctx.request.method} ${ctx.request.url}...`)
    await next()
})

app.use(cors({
    origin: function (ctx) {
        if (!checkOrgin(ctx.request.ip)) {
            return '*'
        }
        return false
    },
    exposeHeaders: ['WWW-Authenticate', 'Server-Authorization'],
    maxAge: 5,
    credentials: true,
    allowMethods: ['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization', 'Accept', 'X-Token']
}))

if (!isProduction) app.use(staticFiles('/public/'))

app.use(bodyParser())

app.use(rest.restify())

app.use(controller.addController())

app.listen(3000)
