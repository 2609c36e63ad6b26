"""At the door on a phone: staff check three people in by typed ticket and by name, lose the
connection, check two more in, and when it comes back the server has all five, each with the
time it happened at the door rather than the time it was synced."""

import json
import os
import re
import time
from datetime import timedelta

import segno
from django.utils import timezone
from playwright.sync_api import expect

from tests import factories
from tests.workshops import factories as workshop_factories
from workshops.attendance.codes import current_code
from workshops.models import Attendance, Booking, PartnerMembership

PASSWORD = "correct-horse-battery-staple"
PHONE = {"width": 390, "height": 844}
# Fetches refused while offline; and two admin-wide console errors that are not this page's:
# the admin policy sends "frame-ancestors 'none' 'self'", and the sidebar's Gravatar avatar is
# outside img-src.
EXPECTED_ERRORS = ("ERR_INTERNET_DISCONNECTED", "'frame-ancestors'", "gravatar.com")
NO_TRANSITIONS = (
    "*, *::before, *::after { transition: none !important; animation: none !important; }"
)
SCREENSHOTS = os.environ.get("LMS_CHECKIN_SCREENSHOTS")  # a folder, to look at the page


def booked(session, name, seats=1, status=Booking.Status.CONFIRMED, queue=None, **fields):
    return Booking.objects.create(
        session=session,
        guest_name=name,
        guest_email=f"{name.split()[0].lower()}@example.org",
        seats=seats,
        status=status,
        queue_number=queue,
        confirmed_at=timezone.now(),
        **fields,
    )


def log_in(page, email, then):
    """Through the site's login page, where the admin sends people who are not logged in."""
    page.goto(then)
    page.wait_for_url("**/accounts/login/**")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**{then}")
    # Again, without Wagtail's "signed in" message (axe may catch it mid-fade, low contrast).
    page.goto(then)
    # No transitions either: axe must see colours as they end up, not halfway through a fade.
    page.add_style_tag(content=NO_TRANSITIONS)


def shot(page, name):
    if SCREENSHOTS:
        size = page.viewport_size
        page.set_viewport_size({**size, "height": 2000})  # the whole page, top first
        page.screenshot(path=os.path.join(SCREENSHOTS, f"checkin-{name}.png"))
        page.set_viewport_size(size)


def now_ms():
    """Now, to the millisecond the browser's clock gives scans (never later than the scan)."""
    moment = timezone.now()
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def test_staff_check_in_online_and_offline_and_the_server_keeps_the_door_times(
    page, assert_accessible, browser_errors
):
    session = workshop_factories.session(
        capacity=12, max_group_size=3, starts_in=timedelta(minutes=20)
    )
    staff = factories.person("door@example.org", password=PASSWORD)
    PartnerMembership.objects.create(
        user=staff, partner=session.venue.partner, role=PartnerMembership.Role.EDUCATOR
    )
    ana = booked(session, "Ana Alvarez", seats=2, queue=1, attendee_names=["Ana", "Bruno"])
    ben = booked(session, "Ben Okafor", queue=2)
    cara = booked(session, "Cara Nuñez", queue=3)
    dev = booked(session, "Dev Patel", queue=4)
    eve = booked(session, "Eve Laurent", seats=3, queue=5)
    booked(session, "Wanda Waiting", status=Booking.Status.WAITLISTED, queue=6)
    page.set_viewport_size(PHONE)  # made for a phone
    door = f"/admin/checkin/{session.pk}/"
    result = page.get_by_role("status").filter(has=page.locator(".checkin__result-message"))
    counts = page.locator(".checkin__counts")
    waiting_to_sync = page.locator("[data-queue-count]")
    code = page.get_by_label("Ticket code or ticket link")
    search = page.get_by_label("Search by name")
    scan_times = {}

    log_in(page, "door@example.org", door)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Door check-in")
    expect(counts).to_contain_text("Expected8")
    expect(counts).to_contain_text("Present0")
    expect(counts).to_contain_text("Waiting list1")
    assert_accessible(page)
    shot(page, "1-loaded")

    # Online: two typed tickets (the link from the email, and the bare code) and a name.
    before = now_ms()
    code.fill(f"{page.url.split('/admin/')[0]}/bookings/tickets/{ana.ticket_secret}/")
    code.press("Enter")
    expect(result).to_contain_text("Checked in: Ana Alvarez.")
    expect(result).to_contain_text("2 seats · With: Ana, Bruno")
    scan_times[ana.pk] = (before, now_ms())

    before = now_ms()
    code.fill(ben.ticket_secret)
    page.get_by_role("button", name="Check in", exact=True).click()
    expect(result).to_contain_text("Checked in: Ben Okafor.")
    scan_times[ben.pk] = (before, now_ms())

    search.fill("nunez")  # accents need not be typed
    before = now_ms()
    page.get_by_role("button", name="Check in Cara Nuñez").click()
    expect(result).to_contain_text("Checked in: Cara Nuñez.")
    scan_times[cara.pk] = (before, now_ms())
    expect(counts).to_contain_text("Present4")

    # The same ticket again: nothing changes, and the page says when it happened.
    code.fill(ben.ticket_secret)
    code.press("Enter")
    expect(result).to_contain_text(re.compile(r"Already checked in at \d\d:\d\d: Ben Okafor"))
    assert Attendance.objects.count() == 3
    assert_accessible(page)
    shot(page, "2-online")

    # Offline: the page works from the roster it has and keeps the scans.
    page.context.set_offline(True)
    expect(page.locator("[data-connection-state]")).to_contain_text("Offline since")
    expect(page.get_by_text("cannot check cancellations and new bookings")).to_be_visible()

    before = now_ms()
    code.fill(dev.ticket_secret)
    code.press("Enter")
    expect(result).to_contain_text("Checked in on this device at")
    expect(result).to_contain_text("Dev Patel")
    scan_times[dev.pk] = (before, now_ms())
    expect(waiting_to_sync).to_have_text("1 scan waiting to sync")

    search.fill("eve")
    before = now_ms()
    page.get_by_role("button", name="Check in Eve Laurent").click()
    expect(result).to_contain_text("Eve Laurent")
    scan_times[eve.pk] = (before, now_ms())
    expect(waiting_to_sync).to_have_text("2 scans waiting to sync")
    expect(counts).to_contain_text("Present8")

    # Something that is no ticket at all is refused on the spot, offline too.
    code.fill("hello")
    code.press("Enter")
    expect(result).to_contain_text("No booking has this ticket.")

    # A second scan of a queued ticket is recognised offline too, and queues nothing.
    code.fill(dev.ticket_secret)
    code.press("Enter")
    expect(result).to_contain_text("Already checked in at")
    expect(waiting_to_sync).to_have_text("2 scans waiting to sync")
    assert Attendance.objects.count() == 3
    assert_accessible(page)
    shot(page, "3-offline")
    page.emulate_media(color_scheme="dark")  # the admin follows the system's theme
    assert_accessible(page)
    page.emulate_media(color_scheme="light")

    time.sleep(1.5)  # so that door time and sync time cannot be confused
    back_online = timezone.now()
    page.context.set_offline(False)
    expect(waiting_to_sync).to_have_text("Every scan is synced.", timeout=20_000)
    expect(page.locator("[data-connection-state]")).to_contain_text("Online")
    expect(counts).to_contain_text("Present8")
    assert_accessible(page)
    shot(page, "4-synced")

    attendances = {a.booking_id: a for a in Attendance.objects.filter(session=session)}
    assert sorted(attendances) == sorted(b.pk for b in (ana, ben, cara, dev, eve))
    for booking_id, (started, finished) in scan_times.items():
        attendance = attendances[booking_id]
        assert started <= attendance.checked_in_at <= finished, booking_id
        assert attendance.recorded_by == staff
    for booking in (dev, eve):
        offline = attendances[booking.pk]
        assert offline.checked_in_at < back_online <= offline.recorded_at
    assert {a.method for a in attendances.values()} == {"code", "search"}
    assert not [e for e in browser_errors if not any(known in e for known in EXPECTED_ERRORS)]


def test_the_self_check_in_code_screen_shows_the_new_code_without_reloading(
    page, assert_accessible, browser_errors, monkeypatch
):
    session = workshop_factories.session(starts_in=timedelta(minutes=10))
    staff = factories.person("educator@example.org", password=PASSWORD)
    PartnerMembership.objects.create(
        user=staff, partner=session.venue.partner, role=PartnerMembership.Role.EDUCATOR
    )
    screen = f"/admin/checkin/{session.pk}/code/"
    log_in(page, "educator@example.org", screen)
    digits = page.locator("[data-code]")
    shown = digits.inner_text().replace(" ", "")
    moment = timezone.now()
    assert shown in {current_code(session, now=moment - timedelta(seconds=s))[0] for s in (0, 30)}
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    assert_accessible(page)
    shot(page, "5-code")
    page.emulate_media(color_scheme="dark")
    assert_accessible(page)

    # Half a minute later (the live server runs in this process): a new code, by itself.
    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + timedelta(seconds=30))
    expect(digits).not_to_have_text(digits.inner_text(), timeout=10_000)
    new = digits.inner_text().replace(" ", "")
    # The screen may have fetched its code just before a 30-second boundary that has since passed.
    moment = timezone.now()
    assert new in {current_code(session, now=moment - timedelta(seconds=s))[0] for s in (0, 30)}
    assert not [e for e in browser_errors if not any(known in e for known in EXPECTED_ERRORS)]


# The camera, played by a canvas that shows the ticket's QR code (as printed on the ticket
# page); BarcodeDetector is taken away, so the vendored jsQR decoder reads it.
FAKE_CAMERA = """
(() => {
  window.BarcodeDetector = undefined;
  const picture = %s;
  navigator.mediaDevices.getUserMedia = async () => {
    const canvas = document.createElement("canvas");
    canvas.width = 640;
    canvas.height = 480;
    const context = canvas.getContext("2d");
    const image = new Image();
    await new Promise((resolve) => { image.onload = resolve; image.src = picture; });
    const draw = () => {
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 170, 90, 300, 300);
    };
    draw();
    setInterval(draw, 100);
    return canvas.captureStream(10);
  };
})();
"""


def test_the_camera_reads_a_ticket_qr_code(page, assert_accessible, live_server):
    session = workshop_factories.session(starts_in=timedelta(minutes=20))
    staff = factories.person("scanner@example.org", password=PASSWORD)
    PartnerMembership.objects.create(
        user=staff, partner=session.venue.partner, role=PartnerMembership.Role.COORDINATOR
    )
    ticket = booked(session, "Quinn Quarto", queue=1)
    url = f"{live_server.url}/bookings/tickets/{ticket.ticket_secret}/"
    picture = segno.make(url, error="m").png_data_uri(scale=6, border=4)
    page.add_init_script(FAKE_CAMERA % json.dumps(picture))
    log_in(page, "scanner@example.org", f"/admin/checkin/{session.pk}/")

    page.get_by_role("button", name="Scan with the camera").click()
    expect(page.get_by_role("status").filter(has_text="Checked in")).to_contain_text(
        "Checked in: Quinn Quarto.", timeout=15_000
    )
    # Held in front of the camera, the ticket counts once (no "already" every few seconds).
    page.wait_for_timeout(3500)
    expect(page.locator("[data-result]")).to_contain_text("Checked in: Quinn Quarto.")
    page.get_by_role("button", name="Stop the camera").click()
    expect(page.get_by_role("button", name="Scan with the camera")).to_be_focused()
    assert_accessible(page)
    (attendance,) = Attendance.objects.filter(session=session)
    assert (attendance.booking, attendance.method) == (ticket, "scan")
