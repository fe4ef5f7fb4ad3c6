// excerpt of yash7xm/Flights_Service@19afed568056:src/utils/common/index.js
module.exports = {
    ErrorResponse: require("./error-response"),
    SuccessResponse: require("./success-response"),
    Enums: require('./enums')
}
