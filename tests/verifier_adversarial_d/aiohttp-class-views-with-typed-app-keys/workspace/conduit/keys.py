from aiohttp import web

from conduit.services.articles import ArticleService

ARTICLES = web.AppKey("articles", ArticleService)
