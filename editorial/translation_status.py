"""Which content is missing a language, or has one language older than another.

Every language of a page shares one record and one revision history (one draft, one
publish state for all), so Wagtail cannot tell which language an editor changed.
``LanguageEdit`` keeps, per object and language, a fingerprint of that language's text
and when it last changed: it is updated when a page or an impact figure is published and
when another snippet, an image or the site settings are saved. ``translation_issues()``
feeds the admin report (editorial/reports.py).
"""

import hashlib
import json
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from modeltranslation.translator import NotRegistered, translator
from wagtail.models import DraftStateMixin, Page
from wagtail.signals import page_published

from languages import codes as language_codes

from .models import LanguageEdit

# Derived from the title or set once: not text an editor translates.
NOT_TEXT = {"slug", "url_path"}


# --- Reading the translated text of an object ----------------------------------------------


def _text(value):
    """A comparable, markup-free form of a field value (StreamField, rich text or text)."""
    if value is None:
        return ""
    if hasattr(value, "get_prep_value"):  # StreamValue
        value = value.get_prep_value()
    elif hasattr(value, "source"):  # RichText
        value = value.source
    if isinstance(value, list | tuple):
        return " ".join(filter(None, (_text(item) for item in value)))
    if isinstance(value, dict):
        # Only the content counts: not the block ids (they change with no edit) or types.
        return " ".join(
            filter(None, (_text(v) for k, v in sorted(value.items()) if k not in {"id", "type"}))
        )
    return re.sub(r"\s+", " ", strip_tags(str(value))).strip()


def translated_fields(model):
    try:
        names = translator.get_options_for_model(model).get_field_names()
    except NotRegistered:
        return []
    return sorted(name for name in names if name not in NOT_TEXT)


def _children(obj):
    """Translated inline children of a page (e.g. history milestones), in order."""
    for relation in obj._meta.related_objects:
        if relation.one_to_many and translated_fields(relation.related_model):
            accessor = relation.get_accessor_name()
            if hasattr(obj, accessor):
                yield from getattr(obj, accessor).all()


def field_texts(obj):
    """{key: (label, {language: text})} for the translated fields of ``obj`` and its
    children; keys are stable (field names), labels are in the active language."""
    texts = {}
    for name in translated_fields(type(obj)):
        label = str(obj._meta.get_field(name).verbose_name)
        values = {lang: _text(getattr(obj, f"{name}_{lang}", None)) for lang in language_codes()}
        texts[name] = (label, values)
    for position, child in enumerate(_children(obj), start=1):
        for name in translated_fields(type(child)):
            field_label = child._meta.get_field(name).verbose_name
            label = f"{child._meta.verbose_name} {position} – {field_label}"
            values = {
                lang: _text(getattr(child, f"{name}_{lang}", None)) for lang in language_codes()
            }
            texts[f"{child._meta.model_name}-{position}-{name}"] = (label, values)
    return texts


def fingerprints(texts):
    return {
        lang: hashlib.sha1(
            json.dumps(
                [(key, values[lang]) for key, (_label, values) in sorted(texts.items())]
            ).encode()
        ).hexdigest()
        for lang in language_codes()
    }


def record_edits(obj, when=None):
    """Note which languages of ``obj`` changed since the last call, and which fell behind.

    A language falls behind when the other one changes alone; it catches up the next time
    its own text changes. Changing only the language that was behind does not put the
    other one behind: that is the translation being brought up to date.
    """
    when = when or timezone.now()
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    known = {
        edit.language: edit
        for edit in LanguageEdit.objects.filter(content_type=content_type, object_id=str(obj.pk))
    }
    current = fingerprints(field_texts(obj))
    if not known:
        LanguageEdit.objects.bulk_create(
            [
                LanguageEdit(
                    content_type=content_type,
                    object_id=str(obj.pk),
                    language=lang,
                    fingerprint=fingerprint,
                    edited_at=when,
                )
                for lang, fingerprint in current.items()
            ]
        )
        return
    changed = {
        lang
        for lang, fingerprint in current.items()
        if lang not in known or known[lang].fingerprint != fingerprint
    }
    if not changed:
        return
    catching_up = all(lang in known and known[lang].behind_since for lang in changed)
    for lang, fingerprint in current.items():
        edit = known.get(lang) or LanguageEdit(
            content_type=content_type, object_id=str(obj.pk), language=lang, edited_at=when
        )
        if lang in changed:
            edit.fingerprint, edit.edited_at, edit.behind_since = fingerprint, when, None
        elif not catching_up and edit.behind_since is None:
            edit.behind_since = when
        edit.save()


def on_page_published(sender, instance, revision=None, **kwargs):
    record_edits(instance, when=revision.created_at if revision else None)


def tracked_snippet_models():
    """Models other than pages whose translations the report follows."""
    from cooperative.models import Certification, Partner
    from core.models import CustomImage, SiteSettings
    from impact.models import ImpactFigure

    return [ImpactFigure, Partner, Certification, CustomImage, SiteSettings]


def on_snippet_saved(sender, instance, raw=False, **kwargs):
    if raw or sender not in tracked_snippet_models():
        return
    # A snippet with drafts (impact figures) counts when it is published, like a page: a
    # draft's save holds text the public does not see yet, or only updates the row's
    # pointer to its latest revision (update_fields).
    if isinstance(instance, DraftStateMixin) and (not instance.live or kwargs.get("update_fields")):
        return
    record_edits(instance)


def connect():
    page_published.connect(on_page_published, dispatch_uid="editorial-page-published")
    post_save.connect(on_snippet_saved, dispatch_uid="editorial-snippet-saved")


# --- The report's rows ---------------------------------------------------------------------


@dataclass
class TranslationIssue:
    title: str
    kind: str
    edit_url: str
    missing: dict = field(default_factory=dict)  # language -> [field labels]
    behind_since: dict = field(default_factory=dict)  # language -> datetime

    @property
    def out_of_date(self):
        """The languages older than another language's last edit, in the configured
        order."""
        return [code for code in language_codes() if code in self.behind_since]

    def missing_in(self, language):
        return ", ".join(self.missing.get(language, []))

    def __getattr__(self, name):
        # ``missing_es``, ``missing_en``…: one report column and export field per language.
        if name.startswith("missing_"):
            return self.missing_in(name.removeprefix("missing_"))
        raise AttributeError(name)

    @property
    def out_of_date_label(self):
        names = dict(settings.LANGUAGES)
        return ", ".join(str(names[code]) for code in self.out_of_date)

    def __bool__(self):
        return bool(self.out_of_date or any(self.missing.values()))


def _issue(obj, kind, edit_url, edits):
    issue = TranslationIssue(title=str(obj), kind=kind, edit_url=edit_url)
    for label, values in field_texts(obj).values():
        if any(values.values()):
            for lang in language_codes():
                if not values[lang]:
                    issue.missing.setdefault(lang, []).append(label)
    issue.behind_since = edits.get((type(obj), str(obj.pk)), {})
    return issue


def _edits_by_object():
    edits = {}
    for edit in LanguageEdit.objects.filter(behind_since__isnull=False).select_related(
        "content_type"
    ):
        model = edit.content_type.model_class()
        edits.setdefault((model, edit.object_id), {})[edit.language] = edit.behind_since
    return edits


def translation_issues():
    """Every live page and tracked object with a missing or out-of-date language."""
    edits = _edits_by_object()
    issues = []
    pages = Page.objects.live().filter(depth__gt=1).order_by("path").specific()
    for page in pages:
        issue = _issue(
            page,
            str(page._meta.verbose_name),
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            edits,
        )
        issues.append(issue)
    for model in tracked_snippet_models():
        opts = model._meta
        objects = model.objects.all()
        if issubclass(model, DraftStateMixin):
            objects = objects.filter(live=True)
        if opts.model_name == "sitesettings":
            objects = objects.select_related("site")
        for obj in objects:
            if opts.model_name == "sitesettings":
                url = reverse(
                    "wagtailsettings:edit", args=[opts.app_label, opts.model_name, obj.site_id]
                )
                obj_title = f"{opts.verbose_name} – {obj.site}"
            elif opts.model_name == "customimage":
                url, obj_title = reverse("wagtailimages:edit", args=[obj.pk]), str(obj)
            else:
                url = reverse(
                    f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit", args=[obj.pk]
                )
                obj_title = str(obj)
            issue = _issue(obj, str(opts.verbose_name), url, edits)
            issue.title = obj_title
            issues.append(issue)
    return [issue for issue in issues if issue]
