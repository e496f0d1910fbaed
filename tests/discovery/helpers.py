"""Reading what a page declares in its <head>, and the pages to check."""

from html.parser import HTMLParser

from tests.factories import PAGE_MODELS, demo_page

SITE_URL = "https://www.acopagro.example"


class HeadParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.metas = []
        self.scripts = []  # (attributes, text)
        self.html_lang = None
        self.forms = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_lang = attrs.get("lang")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "meta":
            self.metas.append(attrs)
        elif tag == "form":
            self.forms.append(attrs)
        elif tag == "script":
            self._script = (attrs, [])

    def handle_data(self, data):
        if self._script is not None:
            self._script[1].append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None

    def alternates(self):
        return {
            link["hreflang"]: link["href"]
            for link in self.links
            if link.get("rel") == "alternate" and "hreflang" in link
        }

    def canonical(self):
        return [link["href"] for link in self.links if link.get("rel") == "canonical"]

    def meta(self, key):
        """Every content of <meta property|name=key>."""
        return [
            meta.get("content")
            for meta in self.metas
            if meta.get("property") == key or meta.get("name") == key
        ]

    def json_ld(self):
        return [text for attrs, text in self.scripts if attrs.get("type") == "application/ld+json"]


def parse(response):
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def every_page_type():
    """One demo page of each page type (params for the tests)."""
    return [(model.__name__, model) for model in PAGE_MODELS]


def local(url):
    assert url.startswith(SITE_URL), url
    return url[len(SITE_URL) :]


__all__ = ["demo_page", "every_page_type", "local", "parse", "SITE_URL"]
