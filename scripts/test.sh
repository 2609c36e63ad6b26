#!/usr/bin/env bash
# Run the whole suite. pytest's "no tests collected" (exit 5) is a failure, never a pass.
set -uo pipefail
bin=.venv/bin
if [ -x /usr/bin/chromium ] || [ -n "${LMS_CHROMIUM:-}" ]; then :; else
  echo "note: Chromium not found at /usr/bin/chromium; browser tests will skip (CI sets LMS_REQUIRE_E2E=1)."
fi
DJANGO_SETTINGS_MODULE=lms.settings.test "$bin/pytest" "$@"
status=$?
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: failing on purpose." >&2
  exit 1
fi
exit "$status"
