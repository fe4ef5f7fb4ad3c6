// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:front/types.ts
import { GetServerSideProps } from 'next'

export type MyGetServerSideProps = (
  context: Parameters<GetServerSideProps>[0] & { req: { sequelize: any } }
) => ReturnType<GetServerSideProps>
