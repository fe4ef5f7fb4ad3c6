// excerpt of https://github.com/TaniaOlivas/i8that_server@2fd6b886d547:middleware/headers.js
