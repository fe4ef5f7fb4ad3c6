// excerpt of yash7xm/Flights_Service@19afed568056:src/utils/common/enums.js
const SEAT_TYPE = {
  BUSINESS: "business",
  ECONOMY: "economy",
  PREMIUM_ECONOMY: "premium-economy",
  FIRST_CLASS: "first-class",
};
