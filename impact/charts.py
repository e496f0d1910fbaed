"""A small SVG line chart of a figure's published values, drawn on the server.

No script: the chart is plain SVG markup with a title and a description (``role="img"``),
and the page prints the same values in a table beside it, which is what screen readers
and people who do not read charts use. Colours come from the site's CSS (classes only, no
style attribute: the CSP allows no inline style).
"""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from .formatting import format_number

WIDTH, HEIGHT = 480, 200
LEFT, RIGHT, TOP, BOTTOM = 40, 16, 32, 32


def _x_positions(points):
    """Points placed by their as-of date (evenly when they all share one date)."""
    days = [point.as_of.toordinal() for point in points]
    first, last = min(days), max(days)
    inner = WIDTH - LEFT - RIGHT
    if first == last:
        if len(points) == 1:
            return [LEFT + inner / 2]
        return [LEFT + inner * index / (len(points) - 1) for index in range(len(points))]
    return [LEFT + inner * (day - first) / (last - first) for day in days]


def _y_scale(points):
    top_value = max(float(point.value) for point in points) or 1.0
    ceiling = top_value * 1.1
    inner = HEIGHT - TOP - BOTTOM

    def y(value):
        return TOP + inner * (1 - float(value) / ceiling)

    return y, top_value


def history_chart(figure, points):
    """The chart's SVG markup (safe HTML), or "" when there is nothing to draw."""
    if not points:
        return ""
    xs = _x_positions(points)
    y, top_value = _y_scale(points)
    ys = [y(point.value) for point in points]
    title_id = f"chart-title-{figure.key}"
    description_id = f"chart-description-{figure.key}"
    first, last = points[0], points[-1]
    if len(points) == 1:
        description = gettext("One published value: %(value)s, %(as_of)s.") % {
            "value": first.formatted_value,
            "as_of": first.as_of_display,
        }
    else:
        description = gettext(
            "%(count)s published values, from %(first)s (%(first_as_of)s) "
            "to %(last)s (%(last_as_of)s)."
        ) % {
            "count": len(points),
            "first": first.formatted_value,
            "first_as_of": first.as_of_display,
            "last": last.formatted_value,
            "last_as_of": last.as_of_display,
        }
    baseline = HEIGHT - BOTTOM
    axes = format_html(
        '<line class="history-chart__axis" x1="{left}" y1="{base}" x2="{right}" y2="{base}"/>'
        '<line class="history-chart__grid" x1="{left}" y1="{top}" x2="{right}" y2="{top}"/>'
        '<text class="history-chart__label" x="{label_x}" y="{base}" text-anchor="end"'
        ' dominant-baseline="middle">0</text>'
        '<text class="history-chart__label" x="{left}" y="{above_top}">{top_value}</text>',
        left=LEFT,
        right=WIDTH - RIGHT,
        base=f"{baseline:.1f}",
        top=f"{y(top_value):.1f}",
        above_top=f"{y(top_value) - 8:.1f}",
        label_x=LEFT - 8,
        top_value=format_number(top_value),
    )
    date_labels = format_html_join(
        "",
        '<text class="history-chart__label" x="{}" y="{}" text-anchor="{}">{}</text>',
        (
            (f"{x:.1f}", HEIGHT - 8, anchor, point.as_of_iso)
            for x, point, anchor in (
                [(xs[0], first, "middle")]
                if len(points) == 1
                else [(xs[0], first, "start"), (xs[-1], last, "end")]
            )
        ),
    )
    line = ""
    if len(points) > 1:
        line = format_html(
            '<polyline class="history-chart__line" fill="none" points="{}"/>',
            " ".join(f"{x:.1f},{value_y:.1f}" for x, value_y in zip(xs, ys, strict=True)),
        )
    dots = format_html_join(
        "",
        '<circle class="history-chart__dot" cx="{}" cy="{}" r="4"><title>{}, {}</title></circle>',
        (
            (f"{x:.1f}", f"{value_y:.1f}", point.formatted_value, point.as_of_display)
            for x, value_y, point in zip(xs, ys, points, strict=True)
        ),
    )
    return format_html(
        '<svg class="history-chart" viewBox="0 0 {width} {height}" role="img" '
        'aria-labelledby="{title_id} {description_id}" xmlns="http://www.w3.org/2000/svg">'
        '<title id="{title_id}">{title}</title><desc id="{description_id}">{description}</desc>'
        "{body}</svg>",
        width=WIDTH,
        height=HEIGHT,
        title_id=title_id,
        description_id=description_id,
        title=gettext("History of the figure: %(label)s") % {"label": figure.label},
        description=description,
        body=mark_safe(axes + date_labels + line + dots),
    )
