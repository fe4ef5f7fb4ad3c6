// excerpt of https://github.com/SystangoTechnologies/koach-typescript@fdd2e28ad82d:src/app/constant/CommonErrors.ts
class CommonError {
  constructor() { }
  static DATA_NOT_FOUND_FOR_VALIDATION = "Data not found for validation"
  static INVALID_JOI_SCHEMA = "Invalid Joi schema";
  static SOMETHING_WENT_WRONG = 'Something went wrong';
}

export default CommonError
