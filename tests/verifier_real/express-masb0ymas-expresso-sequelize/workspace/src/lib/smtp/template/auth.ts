// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/smtp/template/auth.ts
import { green } from 'colorette'

import fs from 'fs'

import Handlebars from 'handlebars'

import path from 'path'

import { env } from '~/config/env'

import { logger } from '~/config/logger'

import { smtp } from '~/config/smtp'

import { readHTMLFile } from '~/lib/fs/read-file'

import ErrorResponse from '~/lib/http/errors'

import { currentDir } from '~/lib/string'

async function _sendMail(_path: string, data: any) {
  if (!fs.existsSync(_path)) {
    throw new ErrorResponse.BadRequest('invalid template path ')
  }

  const html = await readHTMLFile(_path)
  const template = Handlebars.compile(html)
  const htmlToSend = template(data)

  await smtp.send({
    to: data.email,
    subject: data.subject,
    text: data.text,
    html: htmlToSend,
  })
}
