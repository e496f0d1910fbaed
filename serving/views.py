"""Views of the serving app."""

from django.utils.cache import patch_cache_control
from django.views.static import serve


def media(request, path):
    """Uploaded files from MEDIA_ROOT, for a single server without a web server in front.

    Used in production only when SERVE_MEDIA is on (the default without S3 storage); with
    several servers, media live on S3-compatible storage and this is off.
    """
    from django.conf import settings

    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    patch_cache_control(response, public=True, max_age=86400)
    return response


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out sign-in: 429 and a page in French and Spanish.

    The admin's language is not known from the URL, so the page says it in both.
    """
    from django.conf import settings
    from django.shortcuts import render

    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    languages = [code for code, _name in settings.LANGUAGES]
    response = render(
        request, "serving/lockout.html", {"minutes": minutes, "languages": languages}, status=429
    )
    response["Retry-After"] = str(minutes * 60)
    return response
