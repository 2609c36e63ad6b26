"""Small text helpers shared by forms and services."""

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
