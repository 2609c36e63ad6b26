"""Demo home page and general pages for the AI-literacy workshops programme."""

HOME = {
    "title": "AI literacy for creators",
    "introduction": (
        "Free workshops and self-paced courses, run with museums and galleries, for artists, "
        "photographers, illustrators and writers whose work is used to train generative AI. Learn "
        "how the technology works, what the law says, how to say no, and how to label your own "
        "work."
    ),
    "body": [
        ("heading", {"text": "Understand it, then decide", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Generative AI models are trained on huge collections of images and text "
                "gathered from the web, and much of that material was made by people like you. "
                "Some creators want nothing to do with AI; some want to be asked and paid; some "
                "use it in their own practice. Whatever you decide, it helps to know what is "
                "actually happening to your work.</p><p>These courses accompany in-person "
                "workshops at partner venues, and you can also take them on your own, at your own "
                "pace.</p>"
            ),
        ),
        (
            "image",
            {
                "image": "home-hero",
                "alt_text": (
                    "Illustration of four workshop participants sitting at a long table with a "
                    "laptop, in a gallery hung with landscape paintings."
                ),
                "caption": "",
                "credit": "Illustration made for this site",
                "licence": "CC BY 4.0",
                "ai_generated": False,
            },
        ),
        ("heading", {"text": "What you can learn", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul><li><b>How generative AI learns from your work</b>: datasets such as "
                "LAION-5B, how diffusion and language models learn, memorisation, style and why "
                "removal is hard.</li><li><b>Copyright, the law and AI training</b>: the US "
                "fair-use cases, the EU text-and-data-mining rules and AI Act, and the UK "
                "debate.</li><li><b>Opting out and protecting your work</b>: objection forms, "
                "robots.txt, machine-readable reservations, Glaze and Nightshade, and a protection "
                "plan.</li><li><b>Provenance and Content Credentials</b>: what C2PA manifests "
                'prove and don\'t, and how to add a "do not train" '
                "preference.</li><li><b>Licensing your work and consent in workshops</b>: Creative "
                "Commons and AI, writing your own terms, and consent for photos and "
                "artwork.</li></ul><p>Start with <i>How generative AI learns from your work</i> if "
                "you are new to the subject. Each course lists what it builds on.</p>"
            ),
        ),
        (
            "callout",
            {
                "kind": "legal_note",
                "title": "Information, not legal advice",
                "body": (
                    "<p>Our courses explain the law in plain English, with dates and sources, so "
                    "you can follow the debate and ask good questions. They are not legal advice. "
                    "The law on AI and copyright is changing quickly in many countries; check the "
                    "current position and talk to a lawyer, your union or your professional "
                    "association about your own situation.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "key_idea",
                "title": "Kept up to date",
                "body": (
                    '<p>Every lesson ends with its sources and says "as of" where law or practice '
                    "is still moving. Course teams review the material regularly. If you spot "
                    "something out of date, please tell the team at your venue.</p>"
                ),
            },
        ),
        (
            "sources",
            {
                "heading": "Key sources used across the courses",
                "citations": [
                    {
                        "title": "Regulation (EU) 2024/1689 (Artificial Intelligence Act)",
                        "publisher": "Official Journal of the European Union",
                        "date": "2024-07-12",
                        "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
                        "note": "",
                    },
                    {
                        "title": "Copyright and Artificial Intelligence reports",
                        "publisher": "US Copyright Office",
                        "date": "2024–2025",
                        "url": "https://www.copyright.gov/ai/",
                        "note": "",
                    },
                    {
                        "title": "C2PA technical specifications",
                        "publisher": "Coalition for Content Provenance and Authenticity",
                        "date": "",
                        "url": "https://c2pa.org/specifications/",
                        "note": "",
                    },
                ],
            },
        ),
    ],
}

STANDARD_PAGES = [
    {
        "slug": "about",
        "title": "About these workshops",
        "introduction": (
            "A programme of practical workshops and online courses, hosted by museums and "
            "galleries, that helps creators understand generative AI and make informed choices "
            "about their own work."
        ),
        "body": [
            ("heading", {"text": "Why museums and galleries?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Museums and galleries sit where creators, collections and the public meet. "
                    "They commission and show living artists, hold collections that are themselves "
                    "copied into AI datasets, and have long experience of teaching difficult "
                    "subjects to mixed audiences. That makes them natural, trusted places to talk "
                    "about generative AI without hype and without selling anything.</p>"
                ),
            ),
            ("heading", {"text": "Who the workshops are for", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The workshops are for anyone whose creative work ends up online: painters, "
                    "illustrators, photographers, designers, writers, musicians, students and "
                    "community artists. They are also useful for the staff who support creators, "
                    "such as learning teams, curators, collections and rights staff, and "
                    "producers. You do not need any technical knowledge.</p>"
                ),
            ),
            ("heading", {"text": "How a workshop runs", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A typical session lasts two to three hours and mixes short talks, hands-on "
                    "activities and discussion. Participants might search a dataset for their own "
                    "work, write a robots.txt file for their website, inspect Content Credentials "
                    "on a news photo, or try a cloaking tool on one of their images. The online "
                    "courses cover the same ground, so you can prepare beforehand or go deeper "
                    "afterwards, and you can take them without attending a workshop at "
                    "all.</p><p>We do not upload participants' artwork, photos or personal details "
                    "to AI tools. Demonstrations use images we have the rights to, and any "
                    "photography at a session is by consent, with separate choices for each "
                    "use.</p>"
                ),
            ),
            ("heading", {"text": "Our principles", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li><b>Plain and accurate.</b> We explain technology and law in everyday "
                    "language, with dates and sources, and say clearly where things are uncertain "
                    "or still changing.</li><li><b>Your choice.</b> We do not tell creators to "
                    "embrace or reject AI. We help you decide what you want and how to pursue "
                    "it.</li><li><b>Honest about limits.</b> Every protective tool has gaps. We "
                    "say what each one does and does not do.</li><li><b>Not legal advice.</b> We "
                    "point you to sources of advice rather than giving "
                    "it.</li><li><b>Accessible.</b> Images have text descriptions, and venues "
                    "offer access support on request.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_idea",
                    "title": "About the images on this site",
                    "body": (
                        "<p>Diagrams and illustrations on this site were drawn with code for these "
                        "courses. Where an image has been generated or altered to simulate an "
                        "effect, such as the cloaking example, it is labelled as AI-generated or "
                        "AI-edited and the caption explains how it was made.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "introduction": (
            "We want everyone who takes part in the programme to be able to use this website and "
            "its courses. This statement explains what we do, what we know still needs work, and "
            "how to tell us about problems."
        ),
        "body": [
            ("heading", {"text": "Our aim", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at "
                    "level AA. You should be able to:</p><ul><li>use the site with a keyboard "
                    "alone;</li><li>use it with a screen reader or speech recognition "
                    "software;</li><li>zoom the text up to 400% without content disappearing off "
                    "the screen;</li><li>follow lessons without relying on colour, images or video "
                    "alone.</li></ul>"
                ),
            ),
            ("heading", {"text": "How the courses are built for access", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Every image has a text alternative describing what it shows, and "
                    "diagrams that contain text have that text in the alternative or the "
                    "surrounding lesson.</li><li>Videos, where used, come with a full "
                    "transcript.</li><li>Images that are AI-generated or AI-edited carry a visible "
                    "label.</li><li>Knowledge checks have no time limit, and every answer comes "
                    "with an explanation.</li><li>Downloadable templates are plain text files that "
                    "work with any editor, screen reader or braille display.</li><li>Lessons use "
                    "headings, lists and short paragraphs, and explain technical and legal terms "
                    "in glossary boxes.</li></ul>"
                ),
            ),
            ("heading", {"text": "Known limitations", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Some diagrams pack a lot of information into one image. Their text "
                    "alternatives summarise the key points, and the lesson text covers the same "
                    "content in full; if you would like a longer description of any diagram, ask "
                    "us. Some external sites we link to, such as court, legislation and standards "
                    "websites, are outside our control and may not meet the same standard.</p>"
                ),
            ),
            ("heading", {"text": "At workshops", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Venues can offer step-free access, seating, hearing loops, large-print and "
                    "easy-read materials, and consent forms read aloud or in other languages. "
                    "Please tell the venue what you need when you book, or at any time before the "
                    "session.</p>"
                ),
            ),
            ("heading", {"text": "Tell us about a problem", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If something on this site does not work for you, or you need information "
                    "in a different format, please contact the team at the venue that runs your "
                    "workshop, using the contact details on its booking page. Tell us the web "
                    "address of the page and what went wrong. We will reply and aim to fix the "
                    "problem or provide the information another way.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>This statement was prepared in November 2026 and will be reviewed at least "
                    "once a year.</p>"
                ),
            ),
        ],
    },
]
