"""Light and dark: what is drawn stays readable after View → Appearance switches the scheme of a running window."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox

from career_journal.ui.icons import IconView, icon
from career_journal.ui.pages.network.page import NetworkPage
from career_journal.ui.session import Session
from career_journal.ui.theme import WARM, Scheme, apply_theme
from career_journal.ui.widgets.segments import toggle


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio (1 to 21; 4.5 for text, 3 for icons and edges)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def strongest(image: QImage, background: QColor) -> float:
    """The contrast of the pixel that stands out most from ``background`` (transparent pixels sit on it)."""
    best = 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alphaF() > 0.6:
                best = max(best, contrast(pixel, background))
    return best


@pytest.fixture
def switch_scheme(qapp: QApplication) -> Iterator[Callable[[Scheme], None]]:  # type: ignore[no-untyped-def]
    """Apply a scheme the way View → Appearance does; the app's look is put back afterwards."""
    style, palette, sheet = qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet()
    yield lambda scheme: apply_theme(qapp, scheme)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.styleHints().unsetColorScheme()


@pytest.fixture
def page(qtbot, sample_session: Session) -> NetworkPage:  # type: ignore[no-untyped-def]
    made = NetworkPage(sample_session)
    qtbot.addWidget(made)
    made.resize(1200, 800)
    made.show()
    priya = next(p for p in sample_session.journal.people.list() if p.email)
    made.show_record("person", priya.id)
    return made


@pytest.mark.parametrize("scheme", [Scheme.DARK, Scheme.LIGHT])
def test_icons_drawn_before_a_switch_take_the_new_schemes_colours(
    page: NetworkPage, switch_scheme, scheme: Scheme
) -> None:  # type: ignore[no-untyped-def]
    switch_scheme(Scheme.LIGHT if scheme is Scheme.DARK else Scheme.DARK)  # the window was built in the other one
    page.repaint()
    switch_scheme(scheme)
    palette = QGuiApplication.palette()

    lock = page.card.contact_row.findChild(IconView)
    assert lock.isVisible()
    assert strongest(lock.grab().toImage(), palette.color(QPalette.ColorRole.Base)) >= 3
    for button in (page.card.delete_button, page.card.edit_button, page.log.delete_button):
        drawn = button.icon().pixmap(QSize(16, 16)).toImage()
        assert strongest(drawn, palette.color(QPalette.ColorRole.Button)) >= 3, button.text()
    new_person = page.new_button.icon().pixmap(QSize(16, 16)).toImage()  # on the primary (highlighted) button
    assert strongest(new_person, palette.color(QPalette.ColorRole.Highlight)) >= 3


@pytest.mark.parametrize("scheme", [Scheme.DARK, Scheme.LIGHT])
def test_a_selected_row_reads_well_text_and_icon(switch_scheme, scheme: Scheme) -> None:  # type: ignore[no-untyped-def]
    switch_scheme(scheme)
    palette = QGuiApplication.palette()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    assert contrast(palette.color(QPalette.ColorRole.HighlightedText), highlight) >= 4.5
    warning = icon("alert", QColor(WARM))  # an overdue person's warning, on a selected row
    drawn = warning.pixmap(QSize(16, 16), QIcon.Mode.Selected).toImage()
    assert strongest(drawn, highlight) >= 4.5


def test_an_unticked_box_shows_its_edge_in_the_dark(qtbot, switch_scheme) -> None:  # type: ignore[no-untyped-def]
    switch_scheme(Scheme.DARK)
    box = QCheckBox("Private")
    qtbot.addWidget(box)
    box.show()
    image = box.grab().toImage()
    indicator = image.copy(0, 0, image.height(), image.height())  # the square left of the words
    assert strongest(indicator, QGuiApplication.palette().color(QPalette.ColorRole.Window)) >= 3


@pytest.mark.parametrize("scheme", [Scheme.DARK, Scheme.LIGHT])
def test_a_toggles_icon_made_before_a_switch_reads_on_and_off(qtbot, switch_scheme, scheme: Scheme) -> None:  # type: ignore[no-untyped-def]
    switch_scheme(Scheme.LIGHT if scheme is Scheme.DARK else Scheme.DARK)
    private = toggle("Private", "lock")  # Today's "Private" beside the box, made in the other scheme
    qtbot.addWidget(private)
    switch_scheme(scheme)
    palette = QGuiApplication.palette()
    off = private.icon().pixmap(QSize(16, 16), QIcon.Mode.Normal, QIcon.State.Off).toImage()
    assert strongest(off, palette.color(QPalette.ColorRole.Button)) >= 3
    on = private.icon().pixmap(QSize(16, 16), QIcon.Mode.Normal, QIcon.State.On).toImage()
    assert strongest(on, palette.color(QPalette.ColorRole.Highlight)) >= 3
