# excerpt of hotwire-django/hotwire-django-realworld@e2ff333f8e8f:profiles/views.py
from django.http import HttpResponseRedirect

from django.shortcuts import render, redirect, get_object_or_404

from django.contrib.auth.decorators import login_required

from django.urls import reverse

from .forms import EditProfileForm

from django.db.models import Count

from articles.models import Article

from django.contrib.auth import get_user_model
