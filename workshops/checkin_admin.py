"""Placeholder: filled in by the attendance work (issue 6)."""
