"""Demo partners, venues, workshops and sessions (fictional institutions, real teaching)."""

PARTNERS = [
    {
        "slug": "riverside-museum",
        "name": "Riverside Museum of Art (demo partner)",
        "kind": "museum",
        "website": "https://example.org/riverside",
        "contact_email": "learning@example.org",
        "venue": {
            "name": "Learning Studio",
            "address": "1 Quay Street",
            "city": "Bristol",
            "postcode": "BS1 4QA",
            "timezone": "Europe/London",
            "step_free_access": True,
            "accessible_toilet": True,
            "hearing_loop": True,
            "seating": True,
            "nearest_transport": "Bristol Temple Meads station, 15 minutes' walk; buses 8 and 9 stop outside.",
            "access_notes": "Lift to all floors. Assistance dogs welcome. Large-print handouts on request.",
        },
    },
    {
        "slug": "northern-light-gallery",
        "name": "Northern Light Gallery (demo partner)",
        "kind": "gallery",
        "website": "https://example.org/northern-light",
        "contact_email": "workshops@example.org",
        "venue": {
            "name": "Gallery 3 workshop room",
            "address": "22 Mill Lane",
            "city": "Leeds",
            "postcode": "LS1 5AB",
            "timezone": "Europe/London",
            "step_free_access": True,
            "sign_language": True,
            "captioning": True,
            "quiet_room": True,
            "nearest_transport": "Leeds station, 10 minutes' walk.",
            "access_notes": "BSL interpretation at sessions marked BSL; tell us when you book.",
        },
    },
]

WORKSHOPS = [
    {
        "slug": "opt-out-clinic",
        "partner": "riverside-museum",
        "title": "Opt-out clinic: protect your portfolio from AI training",
        "summary": (
            "Bring your laptop and leave with a working plan: robots.txt rules for AI crawlers, "
            "platform objection settings, a text-and-data-mining reservation for your site, and "
            "an honest view of what cloaking tools can and cannot do."
        ),
        "audience": "Artists, illustrators and photographers with work online",
        "age_range": "16+",
        "what_to_bring": "A laptop or tablet, and the logins for the sites where your work appears.",
        "course": "opting-out-and-protecting-your-work",
        "sessions": [(7, 14, 18), (21, 10, 12)],
        "language": "English",
    },
    {
        "slug": "provenance-lab",
        "partner": "northern-light-gallery",
        "title": "Provenance lab: reading and adding Content Credentials",
        "summary": (
            "Inspect real files with the Content Credentials verifier, see what a C2PA manifest "
            "records and what it cannot prove, and add a signed 'do not train' preference to your own "
            "images."
        ),
        "audience": "Photographers, designers and anyone who publishes images",
        "age_range": "14+",
        "what_to_bring": "Two or three of your own image files (JPEG or PNG) on a laptop or USB stick.",
        "course": "content-credentials-and-provenance",
        "sessions": [(10, 18, 20), (28, 14, 16)],
        "language": "English with BSL",
    },
]
