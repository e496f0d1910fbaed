"""Admin forms of the core app."""

import struct

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.images.forms import BaseImageForm

DAMAGED_IMAGE = _(
    "This image file is damaged or incomplete and cannot be shown. Export it again from "
    "your image program, or upload another copy."
)
# What Pillow raises on a truncated or corrupt file (UnidentifiedImageError is an OSError).
DECODING_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error)


def check_image_decodes(uploaded_file):
    """Decode the whole image once, so that a truncated file whose header is sound fails
    here and not later, as a 500, when the admin or a page makes its renditions."""
    position = uploaded_file.tell()
    try:
        uploaded_file.seek(0)
        with Image.open(uploaded_file) as image:
            image.load()
    finally:
        uploaded_file.seek(position)


def refusing_damaged_images(to_python):
    """Wrap an image field's ``to_python``: Wagtail's checks (format, pixel limit) open the
    file and raise Pillow's errors on a damaged one; they become a form error in the
    editor's language instead of a 500."""

    def checked(data):
        try:
            uploaded_file = to_python(data)
            if uploaded_file is not None:
                check_image_decodes(uploaded_file)
        except DECODING_ERRORS as error:
            raise forms.ValidationError(DAMAGED_IMAGE, code="file_damaged") from error
        return uploaded_file

    return checked


class AltTextImageForm(BaseImageForm):
    """The image form of the admin: a meaningful image needs its alternative text (the
    ``description``) in every site language; a decorative one needs none.

    The multiple uploader first creates each image from the file alone (its form does not
    send the description fields) and then shows this form for the details: the check
    applies whenever the description fields were part of the submitted form.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            field.to_python = refusing_damaged_images(field.to_python)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("is_decorative"):
            return cleaned_data
        for code, name in settings.LANGUAGES:
            field = f"description_{code}"
            if field not in self.fields or field not in self.data:
                continue
            if not (cleaned_data.get(field) or "").strip():
                self.add_error(
                    field,
                    forms.ValidationError(
                        _(
                            "Describe the image for people who cannot see it (%(language)s), "
                            "or tick “decorative image”."
                        ),
                        code="alt_text_required",
                        params={"language": name},
                    ),
                )
        return cleaned_data
