# excerpt of aio-libs/aiohttp-demos@5362c18e9612:demos/blog/aiohttpdemo_blog/routes.py
from aiohttpdemo_blog.views import index, login, logout, create_post

def setup_routes(app):
    app.router.add_get('/', index, name='index')
    app.router.add_get('/login', login, name='login')
    app.router.add_post('/login', login, name='login')
    app.router.add_post('/logout', logout, name='logout')
    app.router.add_get('/create', create_post, name='create-post')
    app.router.add_post('/create', create_post, name='create-post')
