// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/smtp/types.ts
import SMTPTransport from 'nodemailer/lib/smtp-transport'
