"""The admin speaks Spanish unless the user chose otherwise.

The cooperative's staff work in Spanish. Wagtail uses each user's preferred language
(Account → Preferences: Spanish, French or English); for a user who has not chosen one,
and on the login page, this middleware makes Spanish the admin's language instead of the
browser's or the site's default (French).
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(reverse("wagtailadmin_home")) and not self._has_preference(
            request.user
        ):
            translation.activate(settings.WAGTAILADMIN_DEFAULT_LANGUAGE)
            request.LANGUAGE_CODE = settings.WAGTAILADMIN_DEFAULT_LANGUAGE
        return self.get_response(request)

    @staticmethod
    def _has_preference(user):
        if not user.is_authenticated:
            return False
        return bool(UserProfile.get_for_user(user).preferred_language)
