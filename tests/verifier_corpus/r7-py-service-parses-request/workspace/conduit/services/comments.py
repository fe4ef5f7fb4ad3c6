async def add_comment(request, repository):
    payload = await request.json()
    return repository.add(payload['comment'])
