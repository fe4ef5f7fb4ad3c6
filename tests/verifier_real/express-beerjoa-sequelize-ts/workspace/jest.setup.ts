// excerpt of https://github.com/beerjoa/express-sequelize-ts@2eac607dfd56:jest.setup.ts
jest.mock('class-transformer', () => {
  return {
    ...(jest.requireActual('class-transformer') as Object),
    Type: (typeReturn: Function) => {
      // Call the internal type return function to satisfy coverage
      typeReturn();
      // Call the actual type request and return it to still allow the metadata to be set correctly
      return jest.requireActual('class-transformer').Type(typeReturn);
    },
    plainToInstance: (cls: any, plain: any) => {
      return jest.requireActual('class-transformer').plainToInstance(cls, plain);
    }
  };
});
