// excerpt of https://github.com/beerjoa/express-sequelize-ts@2eac607dfd56:src/config/passport/jwt.ts
import { ExtractJwt, Strategy as JwtStrategy, StrategyOptions, VerifiedCallback, VerifyCallback } from 'passport-jwt';

import config from '@/config';

import { sequelize } from '@/config/database';

import User from '@/users/user.entity';

const jwtVerify: VerifyCallback = async (payload: any, done: VerifiedCallback) => {
  try {
    const userRepository = sequelize.getRepository(User);
    const reqUser = await userRepository.findOne({ where: { id: payload.user.id } });

    if (!reqUser) {
      return done(null, false, { message: 'Incorrect Token' });
    }

    return done(null, reqUser, { message: 'Logged In Successfully' });
  } catch (error) {
    return done(error, false, { message: 'Something went wrong' });
  }
};
