"""The names the project gives to staff groups and to the moderation workflow and its task
are stored in English and shown in the reader's language.

Workflow, task and group names are plain database values that Wagtail shows as they are
(`{{ workflow.name }}`, "Submit to …", the moderation emails, the history, the group
listing). The names the project (and Wagtail's first migrations) create are English
message ids. When such an object is loaded, its `name` becomes a `TranslatedName`: equal
to the stored id (comparisons, queries and JSON see "Moderation"), but shown through
`str()`, `%` and `format()` in the language active where it is displayed ("Moderación");
`str()` of the object itself too (the models' `__str__` is replaced to that end).
Before a save the plain id is put back, also when a form sends the name back translated.
Names that staff type themselves are stored and shown as typed.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models.signals import post_init, post_save, pre_save
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from wagtail.models import BaseLogEntry, Task, Workflow

# The data migration creates the first four; Wagtail's own migrations create the
# "Moderators approval" workflow and task (which ours disables).
PROJECT_NAMES = [
    gettext_noop("Editors"),
    gettext_noop("Moderators"),
    gettext_noop("Moderation"),
    gettext_noop("Moderators' approval"),
    gettext_noop("Moderators approval"),
]


class TranslatedName(str):
    """A stored English name whose text is shown in the active language."""

    def __str__(self):
        return gettext(str.__str__(self))

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __mod__(self, values):
        return str(self) % values


def _languages():
    codes = {code for code, _name in settings.LANGUAGES}
    codes |= {code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}
    return sorted(codes)


def stored_name(name):
    """The English id of a project-created name, given as stored or translated into any
    configured language; None for a name staff typed themselves."""
    if not isinstance(name, str):
        return None
    raw = str.__str__(name)
    if raw in PROJECT_NAMES:
        return raw
    for language in _languages():
        with translation.override(language):
            for msgid in PROJECT_NAMES:
                if raw == gettext(msgid):
                    return msgid
    return None


def shown_translated(value):
    if isinstance(value, str) and value in PROJECT_NAMES:
        return TranslatedName(value)
    return value


def show_translated(sender, instance, **kwargs):
    if "name" in instance.__dict__:  # absent when the field is deferred
        instance.name = shown_translated(instance.name)


def store_english(sender, instance, **kwargs):
    msgid = stored_name(instance.__dict__.get("name"))
    if msgid is not None:
        instance.name = msgid


def show_translated_in_history(sender, instance, **kwargs):
    """Workflow log entries keep the workflow's and tasks' names in `data["workflow"]`."""
    workflow = (instance.__dict__.get("data") or {}).get("workflow")
    if not isinstance(workflow, dict):
        return
    for part in (workflow, workflow.get("task"), workflow.get("next")):
        if isinstance(part, dict) and "title" in part:
            part["title"] = shown_translated(part["title"])


def _str_of_name(self):
    # Group, Workflow and Task return `self.name` from __str__; str() of an object copies
    # a str subclass returned by its __str__ as plain text (the stored English), so the
    # translation is asked for here.
    return str(self.name)


def connect():
    from django.apps import apps

    for model in (Group, Workflow, Task):
        model.__str__ = _str_of_name
    for model in apps.get_models():
        uid = f"staff_names:{model._meta.label}"
        if issubclass(model, (Group, Workflow, Task)):
            # Signals are sent with the concrete class (GroupApprovalTask, …).
            post_init.connect(show_translated, sender=model, dispatch_uid=uid)
            pre_save.connect(store_english, sender=model, dispatch_uid=uid)
            post_save.connect(show_translated, sender=model, dispatch_uid=uid)
        elif issubclass(model, BaseLogEntry):
            post_init.connect(show_translated_in_history, sender=model, dispatch_uid=uid)
