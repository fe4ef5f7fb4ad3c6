// excerpt of yash7xm/Flights_Service@19afed568056:src/utils/common/error-response.js
