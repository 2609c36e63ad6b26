"""Hooks other apps attach to (certificates listen to session_closed)."""

from django.dispatch import Signal

# Sent after the transaction that closed a session (attendance final) commits.
# Arguments: session.
session_closed = Signal()
