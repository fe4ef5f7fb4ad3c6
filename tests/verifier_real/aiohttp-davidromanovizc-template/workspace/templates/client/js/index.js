// excerpt of https://github.com/DavidRomanovizc/aiohttp-template@a61a28d8db45:templates/client/js/index.js
