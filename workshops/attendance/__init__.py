"""Attendance: check-in at the door, self check-in, statuses, and who earned a certificate."""
