// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:front/ErrorMessage.tsx
import React from 'react'

interface ErrorMessageProps {
  message: string
}

const ErrorMessage = ({ message }: ErrorMessageProps) => (
  <div className="error-message">
    <div className="error-message-presenter">{message}</div>
  </div>
)

export default ErrorMessage
