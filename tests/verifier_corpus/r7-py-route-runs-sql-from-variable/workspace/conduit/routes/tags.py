QUERY = 'SELECT name FROM tags WHERE name = $1'


async def tag(request):
    row = await request.app['pool'].fetchrow(QUERY, request.match_info['name'])
    return dict(row)
