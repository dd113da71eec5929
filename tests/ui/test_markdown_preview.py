"""The Markdown editor's preview: hostile or long text never stops the window, and the newest text wins."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from career_journal.exchange.render import TANGLED_NOTE
from career_journal.ui.widgets.markdown_editor import MarkdownEditor
from career_journal.ui.widgets.markdown_view import QUICK_LIMIT, SafeMarkdownView

BRACKETS = "[" * 20_000 + "x" + "]" * 20_000  # 40 KB: a minute of python-markdown's time, once


def test_the_event_loop_keeps_turning_while_40_kb_of_nested_brackets_are_previewed(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.show()
    events: list[str] = []
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: events.append("tick"))
    editor.preview.render_started.connect(lambda: events.append("asked"))
    editor.preview.rendered.connect(lambda: events.append("rendered"))
    ticker.start()

    editor.editor.insertPlainText(BRACKETS)  # a paste: an edit, previewed after the pause
    qtbot.keyClicks(editor.editor, " and more")
    events.append("typed")
    with qtbot.waitSignal(editor.preview.rendered, timeout=20_000):
        pass
    ticker.stop()

    assert editor.text() == BRACKETS + " and more"  # nothing typed was lost
    assert events.index("typed") < events.index("asked") < events.index("rendered")  # made on a worker
    assert events[events.index("typed") : events.index("rendered")].count("tick") >= 1  # the loop kept turning
    assert TANGLED_NOTE in editor.preview.toPlainText() and "and more" in editor.preview.toPlainText()


def test_a_long_note_shows_its_plain_text_until_the_render_arrives(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = SafeMarkdownView()
    qtbot.addWidget(view)
    note = "## Plan\n\n" + "- a **step** of the plan\n" * 200

    view.set_markdown(note)

    assert view.pending and view.toPlainText().startswith("## Plan")  # the text as typed, at once
    with qtbot.waitSignal(view.rendered, timeout=20_000):
        pass
    assert not view.pending and "<li" in view.toHtml() and "## Plan" not in view.toPlainText()


def test_a_newer_text_makes_an_older_render_stale(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = SafeMarkdownView()
    qtbot.addWidget(view)
    shown: list[str] = []
    view.rendered.connect(lambda: shown.append(view.toPlainText()))

    for number in range(5):
        view.set_markdown(f"# Version {number}\n\n" + "word " * QUICK_LIMIT, replacing=False)
    qtbot.waitUntil(lambda: not view.pending, timeout=20_000)

    assert [text.splitlines()[0] for text in shown] == ["Version 4"]  # only the newest was shown


def test_a_short_note_is_rendered_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = SafeMarkdownView()
    qtbot.addWidget(view)

    view.set_markdown("Dana ran the **release**.")

    assert not view.pending and "Dana ran the release." in view.toPlainText()
