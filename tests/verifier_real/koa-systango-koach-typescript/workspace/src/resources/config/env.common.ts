// excerpt of https://github.com/SystangoTechnologies/koach-typescript@fdd2e28ad82d:src/resources/config/env.common.ts
export default {
    port: process.env.SERVER_PORT || 3000
}
