"""Admin forms of the core app."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class AltTextImageForm(BaseImageForm):
    """The image form of the admin: a meaningful image needs its alternative text (the
    ``description``) in every site language; a decorative one needs none.

    The multiple uploader first creates each image from the file alone (its form does not
    send the description fields) and then shows this form for the details: the check
    applies whenever the description fields were part of the submitted form.
    """

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
