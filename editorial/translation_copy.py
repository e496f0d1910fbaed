"""The editor's "copy from another language" button on StreamFields, made safe.

wagtail-modeltranslation's own view of that button (``…/edit/copy_translation_content/``)
is exempt from CSRF, checks no page permission, and answers 500 to a GET or an unknown page
id. This one replaces it at the same address (the add-on's script posts there with the
CSRF token): POST only, the page must exist and the user must be allowed to edit it, and
the two field names must be the same StreamField in two configured languages.
"""

import json

from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.http import HttpResponseBadRequest, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.fields import StreamField
from wagtail.models import Page

from languages import codes as language_codes


def _stream_field(page, name):
    """The StreamField ``name`` (``body_es``) of ``page`` and its untranslated name
    (``body``), or ``(None, None)``."""
    for code in language_codes():
        base = name.removesuffix(f"_{code}")
        if base == name:
            continue
        try:
            field = page._meta.get_field(name)
        except FieldDoesNotExist:
            break
        if isinstance(field, StreamField):
            return field, base
        break
    return None, None


@require_POST
def copy_translation_content(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    origin_name = request.POST.get("origin_field_name", "")
    target_name = request.POST.get("target_field_name", "")
    origin_field, origin_base = _stream_field(page, origin_name)
    target_field, target_base = _stream_field(page, target_name)
    if origin_field is None or target_field is None or origin_base != target_base:
        return HttpResponseBadRequest(_("These two fields cannot be copied into each other."))
    try:
        items = json.loads(request.POST.get("serializedOriginField", ""))
        data = QueryDict("", mutable=True)
        for item in items:
            data.update({item["name"].replace(origin_name, target_name): item["value"]})
    except (ValueError, TypeError, KeyError, AttributeError):
        return HttpResponseBadRequest(_("The copied content could not be read."))
    value = target_field.stream_block.value_from_datadict(data, {}, target_name)
    html = target_field.formfield().widget.render(target_name, value)
    return JsonResponse(html, safe=False)
