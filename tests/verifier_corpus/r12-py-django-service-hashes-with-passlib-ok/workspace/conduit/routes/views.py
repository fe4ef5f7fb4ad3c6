import json

from django.http import JsonResponse

from conduit.services.auth import register


def users(request):
    body = json.loads(request.body)
    user = register(body['user'])
    return JsonResponse({'user': user}, status=201)
