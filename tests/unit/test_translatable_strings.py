"""Every word the window shows goes through Qt's translation: no bare literal reaches a user-facing setter.

An AST walk over ``colivingdesk/ui/``: a string literal or f-string passed straight to ``setText``,
``QLabel(...)``, ``addAction(...)``, a message box and the like would stay English in every language. Text
built by ``self.tr(...)``/``QCoreApplication.translate(...)`` (then ``.format``-ed) passes; so do empty strings,
which say nothing. Modules whose words are not wrapped yet are listed in ``NOT_YET_WRAPPED``; the list only
shrinks.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "colivingdesk" / "ui"

#: Methods whose (first) string arguments a user reads.
SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setAccessibleName",
    "setAccessibleDescription", "setWhatsThis", "setTitle", "setLabelText", "setInformativeText",
    "setDetailedText", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels",
    "setTabText", "setTabToolTip", "setItemText", "setSpecialValueText", "setSuffix", "setPrefix",
    "setCancelButtonText", "setFormat", "showMessage", "addAction", "addMenu", "addTab", "insertTab",
    "addItem", "addItems", "insertItem", "addRow", "addButton", "setPlaceholder", "setHeaderData",
}
#: Constructors whose string arguments a user reads.
CONSTRUCTORS = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QAction", "QGroupBox", "QMenu",
    "QListWidgetItem", "QTreeWidgetItem", "QTableWidgetItem", "QStandardItem", "QMessageBox",
}
#: QMessageBox's static helpers: (parent, title, text, ...).
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}

#: Modules whose words are not wrapped yet.
NOT_YET_WRAPPED: set[str] = {
    "formatting.py",
    "theme.py",
    "selfcheck.py",
}


#: Names that read the same in every language.
BRANDS = {"Colivingdesk", "BookMyColiving", "Coliving.com"}


def _has_words(text: str) -> bool:
    """Letters outside markup tags (``<h3>`` carries no words) and other than a brand name."""
    text = re.sub(r"<[^>]*>", "", text).strip()
    return text not in BRANDS and any(ch.isalpha() for ch in text)


def _is_bare_text(node: ast.expr) -> bool:
    """A literal a user would read untranslated: a non-empty string constant, or an f-string with words."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(part, ast.Constant) and _has_words(str(part.value)) for part in node.values)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_is_bare_text(element) for element in node.elts)
    if isinstance(node, ast.BinOp):  # "Sent to " + name
        return _is_bare_text(node.left) or _is_bare_text(node.right)
    return False


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def bare_texts(source: str) -> list[tuple[int, str]]:
    """(line, call) for each user-facing call in ``source`` that receives a bare literal."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        if name in ("addItem", "insertItem") and len(node.args) >= 2:
            arguments = list(node.args[:-1])  # the last is the item's data (an id), not words
        elif name in SETTERS or name in CONSTRUCTORS:
            arguments = list(node.args)
        elif name in MESSAGE_BOXES and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and owner.id == "QMessageBox"):
                continue
            arguments = list(node.args[1:3])
        else:
            continue
        # Only string-carrying keywords: text=, title=, toolTip=...; object names and data roles are not read.
        arguments += [kw.value for kw in node.keywords if kw.arg in ("text", "title", "toolTip", "statusTip")]
        if any(_is_bare_text(argument) for argument in arguments):
            found.append((node.lineno, name))
    return found


def _modules() -> list[str]:
    return sorted(str(path.relative_to(UI)) for path in UI.rglob("*.py"))


@pytest.mark.parametrize("module", [m for m in _modules() if m not in NOT_YET_WRAPPED])
def test_no_bare_literal_reaches_a_user_facing_call(module: str) -> None:
    problems = bare_texts((UI / module).read_text(encoding="utf-8"))
    assert problems == [], f"{module}: untranslated text passed at (line, call) {problems}; wrap it in tr()"


def test_the_list_of_unwrapped_modules_names_only_existing_files() -> None:
    """A module renamed or wrapped must leave the list, so it never excuses a file it no longer names."""
    assert set(_modules()) >= NOT_YET_WRAPPED


@pytest.mark.parametrize("snippet", [
    'self.button.setText("Send")',
    'label = QLabel(f"Sent to {name}")',
    'menu.addAction("Archive", self.archive)',
    'QMessageBox.warning(self, "Discard?", "The draft is lost.")',
    'table.setHorizontalHeaderLabels(["Guest", "Status"])',
    'self.setToolTip("Reply to " + name)',
])
def test_the_check_finds_a_planted_bare_literal(snippet: str) -> None:
    assert bare_texts(snippet) != []


@pytest.mark.parametrize("snippet", [
    'self.button.setText(self.tr("Send"))',
    'label = QLabel(self.tr("Sent to {name}").format(name=name))',
    'menu.addAction(QCoreApplication.translate("Inbox", "Archive"), self.archive)',
    'self.label.setText("")',
    'self.label.setText(text)',
])
def test_the_check_lets_translated_text_through(snippet: str) -> None:
    assert bare_texts(snippet) == []
