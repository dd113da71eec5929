"""The charts' fixed words (titles, layers, bands, months) in the app's language.

The domain names a chart's parts in English; the window shows them through
this table, in the ``Insights`` context. The one-line readings under each chart
are sentences the domain builds with their numbers, and stay English for now.
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from ....domain.charts import Bucket, Chart
from ....language import Language, app_language

WORDS = (
    QT_TRANSLATE_NOOP("Insights", "Teaching over time"),
    QT_TRANSLATE_NOOP("Insights", "Only you can do this"),
    QT_TRANSLATE_NOOP("Insights", "Critical skills only you can do"),
    QT_TRANSLATE_NOOP("Insights", "Network freshness"),
    QT_TRANSLATE_NOOP("Insights", "Internal customers"),
    QT_TRANSLATE_NOOP("Insights", "Strategic partners"),
    QT_TRANSLATE_NOOP("Insights", "Everyone else"),
    QT_TRANSLATE_NOOP("Insights", "Goals against their target dates"),
    QT_TRANSLATE_NOOP("Insights", "Milestones done"),
    QT_TRANSLATE_NOOP("Insights", "time gone"),
    QT_TRANSLATE_NOOP("Insights", "Rhythm: wins and reflections"),
    QT_TRANSLATE_NOOP("Insights", "Wins"),
    QT_TRANSLATE_NOOP("Insights", "Weeks with a reflection"),
    QT_TRANSLATE_NOOP("Insights", "Within a month"),
    QT_TRANSLATE_NOOP("Insights", "< 1 mo"),
    QT_TRANSLATE_NOOP("Insights", "1 to 3 months ago"),
    QT_TRANSLATE_NOOP("Insights", "1–3 mo"),
    QT_TRANSLATE_NOOP("Insights", "3 to 6 months ago"),
    QT_TRANSLATE_NOOP("Insights", "3–6 mo"),
    QT_TRANSLATE_NOOP("Insights", "6 to 12 months ago"),
    QT_TRANSLATE_NOOP("Insights", "6–12 mo"),
    QT_TRANSLATE_NOOP("Insights", "More than a year ago"),
    QT_TRANSLATE_NOOP("Insights", "> 1 yr"),
    QT_TRANSLATE_NOOP("Insights", "Never"),
)
MONTH = re.compile(r"(\d{4})-(\d{2})")


def _word(text: str) -> str:
    """A chart's word; the teaching chart's layers are learner levels, translated in their own context."""
    translated = QCoreApplication.translate("Insights", text)
    return translated if translated != text else QCoreApplication.translate("LearnerLevel", text)


def _bucket(bucket: Bucket) -> Bucket:
    month = MONTH.fullmatch(bucket.key)
    if month:
        day = QDate(int(month.group(1)), int(month.group(2)), 1)
        label, axis = QLocale().toString(day, "MMMM yyyy"), QLocale().toString(day, "MMM")
    else:
        label, axis = _word(bucket.label), _word(bucket.axis_label)
    return dataclasses.replace(bucket, label=label, axis_label=axis)


def in_app_language(chart: Chart) -> Chart:
    """The chart with its fixed words translated; English: the chart as it is."""
    if app_language() is Language.ENGLISH:
        return chart
    return dataclasses.replace(
        chart,
        title=_word(chart.title),
        layers=tuple(_word(layer) for layer in chart.layers),
        marker_label=_word(chart.marker_label) if chart.marker_label else chart.marker_label,
        buckets=[_bucket(bucket) for bucket in chart.buckets],
    )
