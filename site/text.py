"""Small text helpers shared by forms and services."""

import unicodedata


def without_control_characters(text):
    """The text with control, format and unpaired-surrogate characters removed (spaces kept)."""
    return "".join(
        char
        for char in text
        if char in "\t\n " or unicodedata.category(char) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    )
