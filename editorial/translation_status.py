"""Which content is missing a language, or has one language older than another.

Every language of a page shares one record and one revision history (one draft, one
publish state for all), so Wagtail cannot tell which language an editor changed.
``LanguageEdit`` keeps, per object and language, a fingerprint of that language's text
and when it last changed: it is updated when a page or an impact figure is published and
when another snippet, an image or the site settings are saved. ``translation_issues()``
feeds the admin report (editorial/reports.py).
"""

import functools
import hashlib
import json
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import TextField
from django.db.models.functions import Cast
from django.db.models.signals import post_save
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import get_language, resolution_order
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Page
from wagtail.signals import page_published

from languages import codes as language_codes

from .models import LanguageEdit

# Derived from the title or set once: not text an editor translates.
NOT_TEXT = {"slug", "url_path"}
TAG = re.compile(r"<[^>]*>")


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


def has_text(value):
    """Whether ``_text(value)`` would be non-empty, without building the text."""
    if value is None:
        return False
    if hasattr(value, "get_prep_value"):  # StreamValue
        value = value.get_prep_value()
    elif hasattr(value, "source"):  # RichText
        value = value.source
    if isinstance(value, list | tuple):
        return any(has_text(item) for item in value)
    if isinstance(value, dict):
        return any(has_text(v) for k, v in value.items() if k not in {"id", "type"})
    text = str(value)
    if "<" in text:
        # Tags removed by a regular expression: strip_tags (an HTML parser) gives the same
        # answer to "is there any text?" and cost most of the report's time.
        text = TAG.sub("", text)
    return not text.isspace() and text != ""


def translated_fields(model):
    try:
        names = translator.get_options_for_model(model).get_field_names()
    except NotRegistered:
        return []
    return sorted(name for name in names if name not in NOT_TEXT)


@functools.cache
def child_accessors(model):
    """Accessors of the translated inline children of ``model`` (e.g. history milestones;
    not other pages, such as a page's aliases)."""
    return tuple(
        relation.get_accessor_name()
        for relation in model._meta.related_objects
        if relation.one_to_many
        and not issubclass(relation.related_model, Page)
        and translated_fields(relation.related_model)
        and hasattr(model, relation.get_accessor_name())
    )


def _children(obj):
    """Translated inline children of a page (e.g. history milestones), in order."""
    for accessor in child_accessors(type(obj)):
        yield from getattr(obj, accessor).all()


def prefetch_children(objects):
    """Load the translated children of many objects in one query per model and relation."""
    by_model = {}
    for obj in objects:
        by_model.setdefault(type(obj), []).append(obj)
    for model, group in by_model.items():
        if child_accessors(model):
            models.prefetch_related_objects(group, *child_accessors(model))
    return objects


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


def _note_missing(issue, label, filled):
    """``filled``: {language: whether the field has text}; an empty language of a field
    that another language fills is missing."""
    if any(filled.values()):
        for lang in language_codes():
            if not filled[lang]:
                issue.missing.setdefault(lang, []).append(label)


def _issue(obj, kind, edit_url, edits):
    issue = TranslationIssue(title=str(obj), kind=kind, edit_url=edit_url)
    for label, values in field_texts(obj).values():
        _note_missing(issue, label, {lang: bool(values[lang]) for lang in language_codes()})
    issue.behind_since = edits.get((type(obj), str(obj.pk)), {})
    return issue


# --- Pages, read as rows: one query per page type and per type of translated child --------


def _localized(name):
    return [f"{name}_{lang}" for lang in language_codes()]


def _filled(row, name):
    return {lang: has_text(row[f"{name}_{lang}"]) for lang in language_codes()}


def _row_values(queryset, columns):
    """``queryset.values(*columns)``, with StreamField columns as parsed JSON: converting
    each to a StreamValue (Wagtail builds a JSON field per value) cost most of the time."""
    model = queryset.model
    fields = {field.name: field for field in model._meta.get_fields()}
    streams = [name for name in columns if isinstance(fields.get(name), StreamField)]
    raw = {f"raw_{name}": Cast(name, output_field=TextField()) for name in streams}
    rows = list(queryset.values(*(name for name in columns if name not in streams), **raw))
    for row in rows:
        for name in streams:
            text = row.pop(f"raw_{name}")
            row[name] = json.loads(text) if text else None
    return rows


def _labels(model):
    return {
        name: str(model._meta.get_field(name).verbose_name) for name in translated_fields(model)
    }


def _child_rows(model, page_ids):
    """{page id: [(child model, row), ...]}: the translated children, in their order."""
    children = {}
    for accessor in child_accessors(model):
        relation = getattr(model, accessor).rel
        child_model, key = relation.related_model, relation.field.attname
        columns = [key, *(c for name in translated_fields(child_model) for c in _localized(name))]
        rows = child_model._default_manager.filter(**{f"{key}__in": page_ids})
        for row in _row_values(rows, columns):
            children.setdefault(row[key], []).append((child_model, row))
    return children


def _page_issues(edits):
    """A TranslationIssue per live page, in tree order, read as rows (no page instances):
    the same verdicts as ``_issue`` on the page, in a number of queries that does not
    depend on the number of pages."""
    live = Page.objects.live().filter(depth__gt=1)
    title_descriptor = Page.__dict__.get("title")
    title_order = resolution_order(
        get_language(), getattr(title_descriptor, "fallback_languages", None)
    )
    # reverse() once: the admin's edit URL differs by the page id only.
    edit_url = reverse("wagtailadmin_pages:edit", args=[987654321]).replace("987654321", "{}")
    issues = []
    for content_type_id in live.order_by().values_list("content_type_id", flat=True).distinct():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        labels = _labels(model)
        columns = ["pk", "path", *_localized("title")]
        columns += [column for name in labels for column in _localized(name)]
        rows = model.objects.live().filter(depth__gt=1, content_type_id=content_type_id)
        rows = _row_values(rows, columns)
        children = _child_rows(model, [row["pk"] for row in rows])
        kind = str(model._meta.verbose_name)
        for row in rows:
            issue = TranslationIssue(
                title=next(
                    (row[f"title_{code}"] for code in title_order if row.get(f"title_{code}")), ""
                ),
                kind=kind,
                edit_url=edit_url.format(row["pk"]),
            )
            for name, label in labels.items():
                _note_missing(issue, label, _filled(row, name))
            for position, (child_model, child) in enumerate(children.get(row["pk"], []), 1):
                for name, field_label in _labels(child_model).items():
                    label = f"{child_model._meta.verbose_name} {position} – {field_label}"
                    _note_missing(issue, label, _filled(child, name))
            issue.behind_since = edits.get((model, str(row["pk"])), {})
            issues.append((row["path"], issue))
    return [issue for _path, issue in sorted(issues, key=lambda item: item[0])]


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
    issues = _page_issues(edits)
    for model in tracked_snippet_models():
        opts = model._meta
        objects = model.objects.all()
        if issubclass(model, DraftStateMixin):
            objects = objects.filter(live=True)
        if opts.model_name == "sitesettings":
            objects = objects.select_related("site")
        for obj in prefetch_children(list(objects)):
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
