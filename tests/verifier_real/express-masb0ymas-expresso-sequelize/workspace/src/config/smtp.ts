// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/config/smtp.ts
import Nodemailer from '~/lib/smtp/nodemailer'

import { env } from './env'
