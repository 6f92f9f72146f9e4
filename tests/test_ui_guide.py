"""The German user guide: the HTML book and its screenshots are complete and consistent,
the Help menu opens it in a window of its own, and its find field moves to a hit."""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from digiwandel.ui.dialogs.guide import GUIDE_FILE, GuideWindow, guide_folder

ROOT = Path(__file__).resolve().parent.parent
TITLE = "DigiWandel – Benutzerhandbuch"


class GuideParser(HTMLParser):
    """Collects images, links, anchors and the title; checks tags are closed in order."""

    VOID = frozenset({"img", "br", "meta", "hr", "link", "input"})
    OPTIONAL_END = frozenset({"p", "li", "td", "th", "tr"})

    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.links: list[str] = []
        self.anchors: list[str] = []
        self.title = ""
        self.stack: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "img":
            self.images.append(values["src"])
            assert values.get("alt"), f"{values['src']} has no alt text"
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
        if tag == "a" and "name" in values:
            self.anchors.append(values["name"])
        self._in_title = tag == "title"
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        while self.stack and self.stack[-1] != tag and self.stack[-1] in self.OPTIONAL_END:
            self.stack.pop()
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


@pytest.fixture(scope="module")
def guide() -> GuideParser:
    parser = GuideParser()
    parser.feed((guide_folder() / GUIDE_FILE).read_text("utf-8"))
    parser.close()
    assert not parser.stack, f"unclosed tags: {parser.stack}"
    return parser


def test_the_guide_exists_and_parses(guide):
    assert guide_folder() == ROOT / "resources" / "guide" / "de"
    assert guide.title == TITLE
    text = (guide_folder() / GUIDE_FILE).read_text("utf-8")
    for chapter in ("Installation", "Erste Schritte", "Digitalisierungscheck", "Häufige Fragen"):
        assert chapter in text
    assert '"' not in _visible_text(text), "German quotes are „…“"


def _visible_text(html: str) -> str:
    import re

    body = html.split("<body>", 1)[1]
    return re.sub(r"<[^>]+>", "", body)


def test_every_image_exists_and_every_image_is_used(guide):
    images = guide_folder() / "images"
    used = {src for src in guide.images}
    assert all(src.startswith("images/") for src in used)
    for src in used:
        assert (guide_folder() / src).is_file(), f"{src} is missing"
    files = {f"images/{path.name}" for path in images.iterdir()}
    assert files - used == set(), "screenshots the guide does not show"
    total = sum(path.stat().st_size for path in images.iterdir())
    assert total < 3 * 1024 * 1024, "the screenshots ship in the installer: keep them small"


def test_every_link_of_the_guide_has_its_target(guide):
    internal = [link for link in guide.links if link.startswith("#")]
    assert len(internal) >= 11, "the table of contents links every chapter"
    for link in internal:
        assert link[1:] in guide.anchors, f"{link} leads nowhere"
    assert all(link.startswith("#") for link in guide.links), "the guide is offline"


def test_the_help_menu_opens_the_guide(qtbot, tmp_path):
    from digiwandel.ui.context import AppContext
    from digiwandel.ui.main_window import MainWindow

    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    window.guide_action.trigger()
    guide = window._guide_window
    qtbot.addWidget(guide)
    assert guide.isVisible() and not guide.isModal()
    assert guide.title() == TITLE
    assert TITLE in guide.browser.toPlainText()
    # the tests run in English: the window says the guide is German, and shows it anyway
    assert guide.language_note.isVisible()
    assert "German" in guide.language_note.text()
    window.guide_action.trigger()
    assert window._guide_window is guide, "a second click raises the open window"


def test_a_german_ui_gets_no_note_and_the_images_load(qtbot):
    guide = GuideWindow(None, "de")
    qtbot.addWidget(guide)
    guide.show()
    assert not guide.language_note.isVisible()
    document = guide.browser.document()
    url = guide.browser.source().resolved("images/overview.png")
    image = document.resource(document.ResourceType.ImageResource.value, url)
    assert image is not None and not image.isNull()


def test_find_moves_to_a_hit_and_the_contents_button_goes_home(qtbot):
    guide = GuideWindow(None, "de")
    qtbot.addWidget(guide)
    guide.show()
    qtbot.keyClicks(guide.find_edit, "Papierkorb")
    qtbot.keyClick(guide.find_edit, "\r")
    first = guide.browser.textCursor()
    assert first.selectedText() == "Papierkorb"
    guide.find_next_button.click()
    second = guide.browser.textCursor()
    assert second.selectedText() == "Papierkorb"
    assert second.position() > first.position()
    guide.find_edit.setText("Wort, das es nicht gibt")
    assert guide.find_next() is False
    assert guide.find_status.text() == "Not found"

    guide.browser.setSource(guide.browser.source().resolved("#fragen"))
    assert guide.back_button.isEnabled()
    guide.back_button.click()
    assert guide.forward_button.isEnabled()


def test_every_control_has_a_name_or_a_label(qtbot):
    from PySide6.QtWidgets import QLineEdit, QPushButton, QTextBrowser

    guide = GuideWindow(None, "de")
    qtbot.addWidget(guide)
    for widget in guide.findChildren(QPushButton):
        assert widget.text().strip() or widget.accessibleName()
    for kind in (QLineEdit, QTextBrowser):
        for widget in guide.findChildren(kind):
            assert widget.accessibleName()


def test_the_screenshot_script_renders_a_chosen_picture(qtbot, tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT))
    try:
        from tools import guide_screenshots
    finally:
        sys.path.remove(str(ROOT))
    out = tmp_path / "shots"
    saved = guide_screenshots.render(["overview"], out)
    assert [path.name for path in saved] == ["overview.png"]
    from PySide6.QtGui import QImage

    image = QImage(str(saved[0]))
    assert 0 < image.width() <= guide_screenshots.MAX_WIDTH
    assert image.height() > 300
    with pytest.raises(ValueError):
        guide_screenshots.render(["no-such-picture"], out)


def test_no_two_controls_share_an_alt_letter(qtbot):
    import re

    from PySide6.QtWidgets import QLabel, QPushButton

    guide = GuideWindow(None, "de")
    qtbot.addWidget(guide)
    texts = [w.text() for w in guide.findChildren(QPushButton)]
    texts += [w.text() for w in guide.findChildren(QLabel) if w.buddy() is not None]
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t))]
    assert len(letters) == len(set(letters)) >= 7
