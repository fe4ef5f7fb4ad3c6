// excerpt of https://github.com/francososaa/Estacionamiento@d3fd5295596a:src/utils/dateUtil.js
