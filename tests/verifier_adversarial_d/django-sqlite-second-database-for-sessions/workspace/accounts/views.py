from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from accounts.models import RevokedToken


@csrf_exempt
def logout(request):
    RevokedToken.objects.get_or_create(jti=request.headers.get("Authorization", "")[-32:])
    return JsonResponse({})
