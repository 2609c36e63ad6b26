"""Small text helpers shared by forms, services and CSV exports."""

import unicodedata

# Format characters that belong inside real names and text: the zero-width joiner (emoji
# sequences, Indic scripts) and non-joiner (Persian, Kurdish). Other format characters, such as
# bidirectional overrides, can disguise text and are removed.
KEPT_FORMAT_CHARACTERS = {"\u200c", "\u200d"}


def without_control_characters(text):
    """The text with control, format and unpaired-surrogate characters removed (spaces and the
    joiners names need kept)."""
    return "".join(
        char
        for char in text
        if char in "\t\n "
        or char in KEPT_FORMAT_CHARACTERS
        or unicodedata.category(char) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    )


# OWASP: a cell starting with one of these may be run as a formula by spreadsheet programs.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """A CSV cell that spreadsheet programs show as text, never run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
