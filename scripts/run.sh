#!/usr/bin/env bash
# Start the site and the task worker; print where to go and how to log in. Ctrl-C stops both.
set -euo pipefail
host="${1:-127.0.0.1}"
port="${2:-8000}"
bin=.venv/bin

"$bin/python" manage.py db_worker --queue-name '*' &
worker=$!
"$bin/python" manage.py run_scheduler &
scheduler=$!
trap 'kill "$worker" "$scheduler" 2>/dev/null || true' EXIT INT TERM

cat <<MSG

  AI literacy workshops is running at http://$host:$port/
  Editors' admin:                  http://$host:$port/admin/

  Demo logins (password: ${DEMO_PASSWORD:-learn-ai-literacy}):
    admin@example.org        site administrator
    educator@example.org     Educators group: write lessons, submit for review;
                             educator at the Riverside Museum (demo partner)
    reviewer@example.org     Reviewers group: approve and publish
    coordinator@example.org  Riverside Museum coordinator: venues, sessions, group requests
    learner@example.org      learner

  Task worker pid $worker, scheduled-publishing loop pid $scheduler. Ctrl-C stops everything.

MSG
"$bin/python" manage.py runserver "$host:$port"
