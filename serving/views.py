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
