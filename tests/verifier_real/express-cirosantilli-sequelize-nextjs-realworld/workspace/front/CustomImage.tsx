// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:front/CustomImage.tsx
import { defaultProfileImage } from 'front/config'

const CustomImage = ({ src, alt, className }: CustomImageProps) => {
  const classes = ['hide-text']
  if (className) {
    classes.push(className)
  }
  return (
    <img
      {...{
        alt,
        src,
        onError: handleBrokenImage,
        className: classes.join(' '),
      }}
    />
  )
}
