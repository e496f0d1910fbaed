"""Count what a piece of code loads: page instances (the cost SQL query counts miss)."""

from contextlib import contextmanager

from django.db.models.signals import post_init
from wagtail.models import Page


class PageInstances:
    def __init__(self):
        self.total = 0
        self.by_model = {}

    def __call__(self, sender, **kwargs):
        if issubclass(sender, Page):
            self.total += 1
            self.by_model[sender] = self.by_model.get(sender, 0) + 1


@contextmanager
def page_instances():
    """Counts every page instance built (loaded from the database or not) inside."""
    counter = PageInstances()
    post_init.connect(counter, weak=False)
    try:
        yield counter
    finally:
        post_init.disconnect(counter)
