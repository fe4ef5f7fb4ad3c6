// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/utils/common/success-response.js
