"""The languages are listed in the settings only: adding one is a settings change, a
migration and content, never a code change (README "Adding a language")."""

import ast
import io
import re
import tokenize
from pathlib import Path

from django.conf import settings

from languages import codes

ROOT = Path(settings.BASE_DIR)
# Code that is not the application's own: settings (the list itself), migrations
# (generated from the models), tests, benchmarks, vendored files, locale data.
SKIPPED_PARTS = {"settings", "migrations", "tests", "bench", "vendor", "locale", "formats"}
SKIPPED_TOP = {".venv", "node_modules", "staticfiles", "media", "docs", "scripts", ".git"}


def project_files(*suffixes):
    for path in ROOT.rglob("*"):
        relative = path.relative_to(ROOT)
        if path.suffix not in suffixes or not path.is_file():
            continue
        if relative.parts[0] in SKIPPED_TOP or SKIPPED_PARTS & set(relative.parts):
            continue
        yield relative


def language_literal(text):
    """A language code written out: ``"fr"``, or a column name such as ``"title_fr"``."""
    pattern = "|".join(re.escape(code) for code in codes())
    return re.compile(rf"^(?:{pattern})$|^\w+_(?:{pattern})$")


def python_literals(source):
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.STRING:
            continue
        try:
            value = ast.literal_eval(token.string)
        except (ValueError, SyntaxError):  # an f-string: its literal parts are checked too
            value = re.sub(r"\{[^}]*\}", "", token.string[2:-1])
        if isinstance(value, str):
            yield token.start[0], value


def test_no_python_code_writes_a_language_code():
    literal = language_literal(None)
    found = [
        f"{path}:{line}: {value!r}"
        for path in project_files(".py")
        for line, value in python_literals((ROOT / path).read_text())
        if literal.match(value)
    ]
    assert not found, "language codes written in code:\n" + "\n".join(found)


def test_no_template_or_script_writes_a_language_code():
    pattern = "|".join(re.escape(code) for code in codes())
    # A ``lang="es"`` attribute marks a proper name's own language (the legal name): a
    # marking, not a list of the site's languages.
    literal = re.compile(rf"""(?<!lang=)["'](?:{pattern})["']|\w_(?:{pattern})\b""")
    found = [
        f"{path}:{number}: {line.strip()}"
        for path in project_files(".html", ".js", ".txt")
        for number, line in enumerate((ROOT / path).read_text().splitlines(), 1)
        if literal.search(line)
    ]
    assert not found, "language codes written in templates or scripts:\n" + "\n".join(found)


def test_the_scan_finds_a_language_code_when_there_is_one():
    literal = language_literal(None)
    values = [value for _line, value in python_literals('x = ("fr", "es")\ny = "title_en"\n')]
    assert [value for value in values if literal.match(value)] == ["fr", "es", "title_en"]
