"""Accessible bar charts drawn on the server as inline SVG, each followed by its data table.

`{% bar_chart chart %}` draws a BarChart: horizontal bars, one group per category, one bar per
series. The SVG is an image (`role="img"`) named by its `<title>` and described by its
`<desc>`; every bar carries its series name and value as text, so nothing is told by colour
alone (the series also differ by pattern); the table after it holds the same figures for
anyone who cannot see the picture. Text is near-black on a white background (AA contrast in
light and dark admin themes alike), bars are dark enough to stand out (3:1 or more).
"""

from dataclasses import dataclass

from django import template
from django.utils.formats import number_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _

register = template.Library()

WIDTH = 640
LABEL_WIDTH = 150  # series names, left of the bars
VALUE_WIDTH = 110  # room for the value after the longest bar
BAR_HEIGHT = 18
BAR_GAP = 6
CATEGORY_HEIGHT = 24  # the category's name, above its bars
GROUP_GAP = 14
PADDING = 12
CATEGORY_MAX_CHARS = 80
TEXT = "#1a1a1a"  # 17:1 on white
BACKGROUND = "#ffffff"
# Dark fills (each 7:1 or more on white) with a pattern apiece, so print and colour-blind
# readers tell the series apart too; the text labels say it anyway.
STYLES = (
    {"colour": "#00676a", "pattern": "solid"},
    {"colour": "#1d3f8a", "pattern": "stripes"},
    {"colour": "#8a2c0d", "pattern": "dots"},
    {"colour": "#4b3b73", "pattern": "cross"},
)


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple  # one per category: a number, or None when there is nothing to show


@dataclass(frozen=True)
class BarChart:
    """What to draw: `id` must be unique on the page (it names the SVG's title and patterns)."""

    id: str
    title: str
    categories: tuple  # the names of the groups of bars
    series: tuple  # (Series, ...)
    unit: str = ""  # "%" for rates; nothing for counts
    maximum: float | None = None  # the scale's end (100 for rates); the largest value if None
    description: str = ""
    category_header: str = ""  # the table's first column heading


def format_value(value, unit=""):
    """A value as the chart and its table show it: "no data" for None."""
    if value is None:
        return _("no data")
    if isinstance(value, float) and not value.is_integer():
        text = number_format(value, decimal_pos=1)
    else:
        text = number_format(int(value))
    return f"{text}{unit}"


def _scale(chart):
    """The value at the end of the bar area: never zero, so empty charts divide safely."""
    values = [value for series in chart.series for value in series.values if value is not None]
    largest = max(values, default=0)
    scale = max(chart.maximum or 0, largest)
    return scale if scale > 0 else 1


def layout(chart):
    """Positions of every text and bar, in SVG units (the template only places them)."""
    scale = _scale(chart)
    # One series: its name is the chart's, so the bars need no label of their own.
    label_width = LABEL_WIDTH if len(chart.series) > 1 else 0
    bar_area = WIDTH - label_width - VALUE_WIDTH - 2 * PADDING
    groups = []
    y = PADDING
    for index, category in enumerate(chart.categories):
        group = {
            "label": Truncator(str(category)).chars(CATEGORY_MAX_CHARS),
            "label_y": y + CATEGORY_HEIGHT - 8,
            "bars": [],
        }
        y += CATEGORY_HEIGHT
        for number, series in enumerate(chart.series):
            value = series.values[index] if index < len(series.values) else None
            length = 0 if value is None else round(bar_area * max(value, 0) / scale, 1)
            x = PADDING + label_width
            group["bars"].append(
                {
                    "series": series.label if label_width else "",
                    "value": format_value(value, chart.unit),
                    "x": x,
                    "y": y,
                    "width": length,
                    "label_x": PADDING + label_width - 8,
                    "value_x": x + length + 6,
                    "text_y": y + BAR_HEIGHT - 5,
                    "style": STYLES[number % len(STYLES)],
                    "style_number": number % len(STYLES),
                }
            )
            y += BAR_HEIGHT + BAR_GAP
        y += GROUP_GAP
        groups.append(group)
    return {"groups": groups, "height": y + PADDING - GROUP_GAP if groups else 2 * PADDING}


def table_rows(chart):
    """[(category, [formatted value per series])] for the table after the chart."""
    return [
        (
            category,
            [
                format_value(
                    series.values[index] if index < len(series.values) else None, chart.unit
                )
                for series in chart.series
            ],
        )
        for index, category in enumerate(chart.categories)
    ]


@register.inclusion_tag("workshops/admin/reports/bar_chart.html")
def bar_chart(chart):
    """An accessible SVG bar chart of `chart` (a BarChart) followed by its data table."""
    drawing = layout(chart)
    return {
        "chart": chart,
        "width": WIDTH,
        "height": drawing["height"],
        "groups": drawing["groups"],
        "rows": table_rows(chart),
        "styles": [
            {"number": number, **style} for number, style in enumerate(STYLES[: len(chart.series)])
        ],
        "text_colour": TEXT,
        "background": BACKGROUND,
        "bar_height": BAR_HEIGHT,
        "empty": not chart.categories,
    }
