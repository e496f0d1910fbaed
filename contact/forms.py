"""The buyers' contact form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .submissions import ContactSubmission, RequestType


class ContactForm(forms.ModelForm):
    # Filled in by the "request a sample of this lot" button of a lot's page.
    lot_code = forms.CharField(
        label=_("Lot code"),
        required=False,
        max_length=40,
        help_text=_("Optional. The code of the lot you would like a sample of."),
    )
    # The honeypot: hidden from people (and screen readers) by the template, filled by bots.
    leave_empty = forms.CharField(label=_("Leave this field empty"), required=False)

    class Meta:
        model = ContactSubmission
        fields = ["name", "organisation", "email", "country", "request_type", "message"]
        labels = {
            "name": _("Your name"),
            "organisation": _("Company or organisation"),
            "email": _("Your email address"),
            "country": _("Country"),
            "request_type": _("What is your request about?"),
            "message": _("Your message"),
        }
        help_texts = {
            "organisation": _("Optional."),
            "email": _("We answer at this address, e.g. name@example.com."),
            "message": _(
                "For samples or prices, tell us the quantity, the quality you are looking for "
                "and the delivery port."
            ),
        }
        widgets = {
            "request_type": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 8}),
        }
        error_messages = {
            "name": {"required": _("Please enter your name.")},
            "email": {
                "required": _("Please enter your email address so that we can answer."),
                "invalid": _("Enter an email address like name@example.com."),
            },
            "country": {"required": _("Please tell us your country.")},
            "request_type": {
                "required": _("Please choose what your request is about."),
                "invalid_choice": _("Please choose one of the listed types of request."),
            },
            "message": {"required": _("Please write your message.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["request_type"].choices = RequestType.choices
        autocomplete = {
            "name": "name",
            "organisation": "organization",
            "email": "email",
            "country": "country-name",
            "leave_empty": "off",
        }
        for name, value in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = value
        self.fields["leave_empty"].widget.attrs["tabindex"] = "-1"

    def clean_lot_code(self):
        code = self.cleaned_data["lot_code"].strip().upper()
        if not code:
            return ""
        lot_model = ContactSubmission._meta.get_field("lot").related_model
        self.lot = lot_model.objects.filter(live=True, code=code).first()
        if self.lot is None:
            raise forms.ValidationError(
                _("No lot on offer has this code. Check it, or leave the field empty.")
            )
        return code

    def save(self, commit=True):
        self.instance.lot = getattr(self, "lot", None)
        return super().save(commit)

    def full_clean(self):
        super().full_clean()
        # Screen readers read a field's error with the field (its help text stays too).
        for name in self.errors:
            if name in self.fields and not isinstance(self.fields[name].widget, forms.RadioSelect):
                ids = [f"{self[name].auto_id}_helptext"] if self.fields[name].help_text else []
                ids.append(f"{self[name].auto_id}_error")
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(ids)

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix("leave_empty"), "").strip())
