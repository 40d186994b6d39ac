"""Server-drawn SVG charts: geometry computed here, markup in templates.

Coordinates leave here as text ready for SVG: written by the template, a
number would be localized ("12,5" in Russian) and cost a filter per use."""

import math
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# Distinct on white at 3:1 or more (non-text contrast), in a fixed order.
PALETTE = [
    "#0b3a75", "#b3261e", "#1e6b3a", "#8a5200", "#5b3a99",
    "#00677f", "#9c2a73", "#4a5366", "#2f6f0f", "#7a2e00",
]  # fmt: skip
UNKNOWN_FILL = "url(#split-unknown)"


def svg_number(value):
    return f"{value:.1f}"


@dataclass
class Segment:
    x: str
    y: str
    width: str
    height: str
    fill: str
    label: str


@dataclass
class Column:
    x: str
    label: str
    total_label: str
    total_y: str
    segments: list = field(default_factory=list)


@dataclass
class StackedBarChart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    tick_label_x: int
    year_label_y: int
    ticks: list
    columns: list
    legend: list

    @property
    def display_width(self):
        """As wide as a wide screen shows it: text at most half as large again."""
        return self.width * 3 // 2

    @property
    def display_height(self):
        return self.height * 3 // 2


def nice_step(maximum, wanted_ticks=5):
    raw = max(maximum, 1) / wanted_ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(1, int(factor * power))
    return int(10 * power)


# Drawn at about the size a phone shows it (a 320 px screen leaves 288 px),
# so its text stays readable there; wider with more intakes than fit.
NARROW_WIDTH = 288
COLUMN_WIDTH = 56


def stacked_bars(report, height=260):
    """One column per intake; a segment per major with a known count, and a
    hatched segment for students whose major was not published."""
    width = max(NARROW_WIDTH, 48 + 12 + COLUMN_WIDTH * len(report.rows))
    left, right, top, bottom = 48, width - 12, 22, height - 34
    tallest = max(
        [row.students or row.known_sum for row in report.rows] + [1],
    )
    step = nice_step(tallest)
    top_value = step * math.ceil(tallest / step)
    scale = (bottom - top) / top_value
    ticks = [
        {"value": v, "y": svg_number(bottom - v * scale)} for v in range(0, top_value + 1, step)
    ]

    slot = (right - left) / max(len(report.rows), 1)
    bar = min(40, slot * 0.6)
    colors = {entry.program.pk: PALETTE[i % len(PALETTE)] for i, entry in enumerate(report.matrix)}
    columns = []
    for index, row in enumerate(report.rows):
        x = left + slot * index + (slot - bar) / 2
        y = bottom
        column = Column(x=svg_number(x + bar / 2), label=str(row.year), total_label="", total_y="")
        for entry in report.matrix:
            cell = entry.cells[index]
            if isinstance(cell.students, int) and cell.students > 0:
                h = cell.students * scale
                y -= h
                column.segments.append(
                    _segment(
                        x,
                        y,
                        bar,
                        h,
                        colors[entry.program.pk],
                        _segment_label(entry.program, row.year, cell.students),
                    )
                )
        unknown = row.unknown_part
        if unknown:
            h = unknown * scale
            y -= h
            column.segments.append(
                _segment(x, y, bar, h, UNKNOWN_FILL, _unknown_label(row.year, unknown))
            )
        column.total_label = str(row.students) if row.students is not None else "?"
        column.total_y = svg_number(y - 6)
        columns.append(column)

    legend = [{"fill": colors[e.program.pk], "label": e.program.name} for e in report.matrix]
    if any(row.unknown_part for row in report.rows):
        legend.append({"fill": UNKNOWN_FILL, "label": _("Major not published")})
    return StackedBarChart(
        width, height, left, right, left - 8, bottom + 22, ticks, columns, legend
    )


def _segment(x, y, width, height, fill, label):
    return Segment(svg_number(x), svg_number(y), svg_number(width), svg_number(height), fill, label)


def _segment_label(program, year, students):
    return ngettext(
        "%(major)s, %(year)s: %(count)s student",
        "%(major)s, %(year)s: %(count)s students",
        students,
    ) % {"major": program.name, "year": year, "count": students}


def _unknown_label(year, students):
    return ngettext(
        "%(year)s: %(count)s student whose major was not published",
        "%(year)s: %(count)s students whose major was not published",
        students,
    ) % {"year": year, "count": students}
