// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/connections/apm.js
const apm = require('elastic-apm-node');

apm.start({
  // Ignore requests to certain URLs from being instrumented
  ignoreUrls: [
    '/',
    '/spec'
  ],
  // Use the URL path as the transaction name if no other route could be determined
  usePathAsTransactionName: true,
  // Only activate the agent if the apm server is set
  active: !!process.env.ELASTIC_APM_SERVER_URL
});
