"""Course: licensing your own work for the AI era, and consent in workshops."""

NOT_LEGAL_ADVICE = {
    "kind": "legal_note",
    "title": "This is not legal advice",
    "body": (
        "<p>This lesson explains general principles for creators and workshop organisers as of the "
        "dates given. It is not legal advice about your situation, and the law differs between "
        "countries. For contracts, consent forms and data protection, check with a lawyer, your "
        "union or professional body, or your organisation's data protection lead.</p>"
    ),
}

COURSE = {
    "slug": "licensing-and-consent",
    "title": "Licensing your work and consent in workshops",
    "summary": (
        "How Creative Commons licences interact with AI training, how to write your own terms for "
        "AI uses, and how to handle consent when photographing participants or using their artwork."
    ),
    "audience": (
        "Creators choosing how to license their work, and museum, gallery and community staff who "
        "run creative workshops."
    ),
    "level": "introductory",
    "duration_minutes": 75,
    "learning_outcomes": [
        "Explain what Creative Commons licences can and cannot say about AI training",
        "Describe CC signals and other emerging ways to express AI preferences",
        "Draft clear terms about AI training for your website and contracts",
        "Obtain valid consent for photographing participants and using their artwork",
        "Decide when and how participants' work may be used with AI tools in a session",
    ],
    "prerequisites": [],
    "image": "course-licensing-consent",
    "modules": [
        {
            "slug": "licensing-your-work",
            "title": "Licensing your work in the AI era",
            "summary": "Open licences, preference signals and your own terms.",
            "lessons": [
                {
                    "slug": "creative-commons-and-ai",
                    "title": "Creative Commons licences and AI training",
                    "summary": (
                        "Why a CC licence, even a restrictive one, does not by itself say 'no AI "
                        "training', and what CC signals are trying to add."
                    ),
                    "body": [
                        ("heading", {"text": "The licences in brief", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Creative Commons (CC) licences let you give the public "
                                "permission to use your work on standard conditions, without "
                                "negotiating one by one. All of them require credit (<b>BY</b>); "
                                "you can add <b>NC</b> (non-commercial use only), <b>ND</b> (no "
                                "adapted versions may be shared) or <b>SA</b> (share adaptations "
                                "under the same licence). <b>CC0</b> is not a licence but a "
                                "dedication that gives up your rights as far as the law allows. "
                                "The current version of the licences, 4.0, dates from 2013.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "cc-licence-spectrum",
                                "alt_text": (
                                    "Seven rows from CC0 (no conditions) through CC BY, BY-SA, "
                                    "BY-NC, BY-ND and BY-NC-SA to CC BY-NC-ND (most restrictive), "
                                    "with an arrow pointing towards more restrictive, and a note "
                                    "that none of them says no AI training."
                                ),
                                "caption": (
                                    "The seven Creative Commons tools, from most to least "
                                    "permissive."
                                ),
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        ("heading", {"text": "What a CC licence does not do", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A CC licence is a copyright licence: it grants permission for "
                                "things that would otherwise need permission. The 4.0 licences "
                                "state that where an exception or limitation to copyright applies "
                                "to a use, the licence does not apply to that use and its "
                                "conditions do not have to be followed. So:</p><ul><li>where AI "
                                "training is allowed anyway, for example under US fair use (if a "
                                "court agrees) or the EU text-and-data-mining exceptions, the "
                                "licence's conditions, including NC and ND, may not bite at "
                                'all;</li><li>no CC licence contains a clause that says "no AI '
                                'training", and choosing NC or ND does not reliably prevent '
                                "it;</li><li>where a licence is needed, its conditions do apply, "
                                "but how attribution or share-alike would work for a model trained "
                                "on billions of works is unsettled, and whether a model or an "
                                'output is an "adaptation" of any one work depends on the '
                                "facts.</li></ul><p>Creative Commons said in 2023 guidance that "
                                "its licences were not designed with generative AI in mind and "
                                "should not be relied on to control it. If you want to refuse AI "
                                "training, a CC licence is not the tool; in the EU, a separate "
                                "rights reservation is.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "CC signals: preferences for the AI era", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>In June 2025 Creative Commons proposed <b>CC signals</b>, a "
                                "framework for stewards of large collections of content (such as "
                                "archives, museums and open-knowledge projects) to state what they "
                                "expect in return when their content is used for AI. The first "
                                "proposal had four signals, each built on giving credit: "
                                "<i>Credit</i>; <i>Credit + Direct Contribution</i> (for example "
                                "financial or in-kind support); <i>Credit + Ecosystem "
                                "Contribution</i> (supporting the wider commons); and <i>Credit + "
                                "Open</i> (keeping the resulting model open). The signals were "
                                "designed to work with the AI preferences vocabulary being "
                                "developed at the IETF.</p><p>CC signals are not licences and do "
                                "not, on their own, create legal obligations; they set out social "
                                "and normative expectations that CC hoped would carry weight. CC "
                                "planned pilots and said in 2026 that its approach was evolving. "
                                "Check the current status on CC's website.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "For museums and galleries",
                                "body": (
                                    "<p>Many cultural institutions publish collection images under "
                                    "CC0 to maximise public access, and those images are widely "
                                    "used in AI datasets. That can be entirely consistent with an "
                                    "open-access mission, but it is worth deciding knowingly, "
                                    "explaining the choice to the artists and communities "
                                    "connected with the collection, and recording any works that "
                                    "need different treatment.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "title": "Check your understanding",
                                "instructions": "Two questions on open licences and AI.",
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "You publish your illustrations under CC BY-NC-ND 4.0. "
                                            "Which statements are accurate?"
                                        ),
                                        "kind": "multiple",
                                        "options": [
                                            {
                                                "text": (
                                                    "Where an exception such as a TDM exception "
                                                    "permits training, the licence conditions may "
                                                    "not apply"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Yes. The 4.0 licences say they do not apply "
                                                    "where an exception or limitation covers the "
                                                    "use."
                                                ),
                                            },
                                            {
                                                "text": "The licence explicitly prohibits AI training",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. No CC licence contains an AI-training "
                                                    "prohibition."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "To refuse AI training in the EU you would "
                                                    "need a separate rights reservation"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Yes. The Article 4(3) opt-out is separate "
                                                    "from the licence."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "NC guarantees that no commercial company will "
                                                    "ever train on your work"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. If training relies on an exception rather "
                                                    "than the licence, NC may not come into play."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Choose a CC licence for the sharing you want to "
                                            "allow, and use reservations and terms for what you "
                                            "want to refuse.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": "What are CC signals?",
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "A proposed framework for collection stewards "
                                                    "to state what they expect in return for AI use"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. It was proposed in June 2025 and "
                                                    "builds on credit and reciprocity."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "A new version of the CC licences that bans AI "
                                                    "training"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. They are not licences and do not ban "
                                                    "training."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "A watermark that Creative Commons embeds in "
                                                    "images"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. They are statements of expectations, not "
                                                    "watermarks."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>CC signals aim at reciprocity rather than "
                                            "refusal.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "sources",
                            {
                                "heading": "Sources",
                                "citations": [
                                    {
                                        "title": "About CC licenses",
                                        "publisher": "Creative Commons",
                                        "date": "",
                                        "url": "https://creativecommons.org/licenses/",
                                        "note": (
                                            "See section 2(a)(2) of the 4.0 legal code on "
                                            "exceptions and limitations."
                                        ),
                                    },
                                    {
                                        "title": "Understanding CC Licenses and Generative AI",
                                        "publisher": "Creative Commons",
                                        "date": "2023-08",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Introducing CC Signals: A New Social Contract for the "
                                            "Age of AI"
                                        ),
                                        "publisher": "Creative Commons",
                                        "date": "2025-06",
                                        "url": "",
                                        "note": "Initial proposal for public feedback.",
                                    },
                                    {
                                        "title": (
                                            "From Signals to Infrastructure: Strengthening the "
                                            "Commons for the AI Era"
                                        ),
                                        "publisher": "Creative Commons",
                                        "date": "2026-05-13",
                                        "url": "",
                                        "note": "Update on how CC signals are evolving.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "writing-your-own-ai-terms",
                    "title": "Writing your own terms for AI and data mining",
                    "summary": (
                        "Choosing your position, checking existing contracts, and wording terms "
                        "for your website and deals."
                    ),
                    "body": [
                        ("callout", NOT_LEGAL_ADVICE),
                        ("heading", {"text": "Decide your position first", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Before you write anything, decide what you want. Broadly, "
                                "creators choose between:</p><ul><li><b>No AI use</b>: no "
                                "training, no fine-tuning, no uploading into AI "
                                "tools;</li><li><b>Only under licence</b>: AI use is possible, but "
                                "must be agreed and usually paid for;</li><li><b>Allowed with "
                                "conditions</b>: for example credit, no style imitation, or use "
                                "only in particular tools.</li></ul><p>Clear, consistent terms "
                                "across your website, contracts and file metadata are more "
                                "persuasive than a patchwork.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "Check the rights you have already given away", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Your work may already be licensed for AI through someone else. "
                                "Stock agencies, publishers and platforms have made AI licensing "
                                "deals: Shutterstock agreed to license images to OpenAI in 2023; "
                                "Getty Images launched an image generator trained on its own "
                                "licensed library the same year; and Adobe trained its Firefly "
                                "models on Adobe Stock, among other sources, paying contributors a "
                                "bonus. Whether your work was included depended on the contracts "
                                "you had signed.</p><p>Look in your agreements for broad grants: "
                                '"all media now known or later developed", "any purpose", '
                                '"sub-license", "perpetual, worldwide, royalty-free". Ask agencies '
                                "and publishers directly whether they license content for AI "
                                "training and whether you can opt out or share in payments.</p>"
                            ),
                        ),
                        ("heading", {"text": "Three places to put your terms", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ol><li><b>Your website</b>: a footer notice and a rights page. "
                                "In the EU this doubles as an Article 4(3) reservation; elsewhere "
                                "it at least puts people on notice. Courts often treat website "
                                "terms as binding only if the visitor clearly agreed to them, and "
                                "a US court may find fair use regardless, so do not rely on terms "
                                "alone.</li><li><b>Your contracts</b>: commissions, licences, "
                                "gallery and agency agreements. Here terms are strongest, because "
                                "both sides sign. Add a definition of AI training and a clause "
                                "stating whether it is excluded, licensed separately or permitted "
                                "under conditions, and require the other party to pass the "
                                "restriction on.</li><li><b>Your files</b>: copyright and rights "
                                "fields in metadata and a training preference in Content "
                                "Credentials.</li></ol><p>Collective bargaining can help too. "
                                "Unions and professional associations publish model clauses and "
                                "advice, and some collecting societies have begun developing "
                                "licences for AI uses. Ask the organisations that represent your "
                                "field.</p>"
                            ),
                        ),
                        (
                            "document",
                            {
                                "document": "ai-licence-clauses",
                                "title": "Download sample contract clauses about AI",
                                "description": (
                                    "Plain-English definitions and three options (no AI use, "
                                    "separate licence, limited disclosed use), plus questions to "
                                    "ask before you sign."
                                ),
                            },
                        ),
                        (
                            "document",
                            {
                                "document": "tdm-reservation-notice",
                                "title": "Download the website rights-reservation notice",
                                "description": (
                                    "Footer and terms-page wording with machine-readable TDMRep "
                                    "examples."
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Licence",
                                "definition": (
                                    "<p>Permission from a copyright owner to use a work in "
                                    "specified ways. An <b>exclusive</b> licence means only the "
                                    "licensee may use it in those ways; a <b>non-exclusive</b> "
                                    "licence can be given to many people.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Assignment",
                                "definition": (
                                    "<p>A transfer of ownership of copyright, usually in writing. "
                                    "After an assignment, the new owner, not the creator, decides "
                                    "how the work is licensed, including for AI.</p>"
                                ),
                            },
                        ),
                        (
                            "sources",
                            {
                                "heading": "Sources",
                                "citations": [
                                    {
                                        "title": "Directive (EU) 2019/790, Article 4(3) and Recital 18",
                                        "publisher": "Official Journal of the European Union",
                                        "date": "2019-04-17",
                                        "url": "https://eur-lex.europa.eu/eli/dir/2019/790/oj",
                                        "note": "",
                                    },
                                    {
                                        "title": "Shutterstock expands partnership with OpenAI",
                                        "publisher": "Shutterstock, press release",
                                        "date": "2023-07-11",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": "Generative AI by Getty Images launch",
                                        "publisher": "Getty Images, press release",
                                        "date": "2023-09-25",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Copyright and Artificial Intelligence, Part 3: "
                                            "Generative AI Training (pre-publication version)"
                                        ),
                                        "publisher": "US Copyright Office",
                                        "date": "2025-05-09",
                                        "url": "https://www.copyright.gov/ai/",
                                        "note": "Discusses voluntary and collective licensing.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "consent-in-workshops",
            "title": "Consent in workshops",
            "summary": "Photographing people, using their artwork, and AI tools in sessions.",
            "lessons": [
                {
                    "slug": "photographing-participants",
                    "title": "Photographing workshop participants",
                    "summary": (
                        "Data protection basics, what valid consent looks like, model releases, "
                        "and practical habits for sessions."
                    ),
                    "body": [
                        ("callout", NOT_LEGAL_ADVICE),
                        ("heading", {"text": "Photos of people are personal data", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In the UK and the EU, a photo or video in which someone can be "
                                "identified is <b>personal data</b> under the GDPR (the UK GDPR in "
                                "the UK). Your organisation needs a lawful basis to take and use "
                                "it, must tell people what it will do, and must keep the images "
                                "secure and for no longer than needed.</p><p>Organisations often "
                                "use <b>consent</b> for recognisable photos used in publicity. "
                                "Some rely on <i>legitimate interests</i> for general shots of a "
                                "busy event, with clear notices and an easy way to opt out. Ask "
                                "your data protection lead which basis your organisation uses; the "
                                "rest of this lesson assumes consent.</p>"
                            ),
                        ),
                        ("heading", {"text": "What valid consent looks like", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Under the GDPR, consent must be:</p><ul><li><b>freely "
                                "given</b>: no penalty for saying no, and taking part in the "
                                "workshop must not depend on it;</li><li><b>specific</b>: separate "
                                "choices for separate uses, such as internal records, website, "
                                "social media and press;</li><li><b>informed</b>: people know who "
                                "is taking photos, what for, where they will appear and for how "
                                "long;</li><li><b>unambiguous</b>: a clear positive action, such "
                                "as ticking an empty box. Pre-ticked boxes and silence do not "
                                "count.</li></ul><p>People must be able to withdraw consent as "
                                "easily as they gave it, and you must keep a record of what they "
                                "agreed to. For children and young people, follow your "
                                "safeguarding policy: normally a parent or guardian consents as "
                                "well, and the young person's own view is respected.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "consent-form",
                                "alt_text": (
                                    "Mock-up of a consent form for a workshop called 'Your art and "
                                    "AI training', with separate tick boxes for being "
                                    "photographed, website use, social media, photographing "
                                    "artwork with a credit line, and AI tools. Some boxes are "
                                    "ticked and others are empty, and a line explains how to "
                                    "change your mind."
                                ),
                                "caption": "Separate choices for separate uses. Never pre-tick boxes.",
                                "credit": "Illustration made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        ("heading", {"text": "Model releases", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A <b>model release</b> is a signed permission from a person "
                                "who appears in a photo for the image of them to be used, "
                                "particularly commercially, in advertising or in stock libraries. "
                                "It is separate from the copyright in the photo (which belongs to "
                                "the photographer or their employer) and from data protection "
                                "consent, though one form can cover both. If workshop photos might "
                                "be sold, licensed to a stock agency or used in advertising, get a "
                                "proper release that states the uses, territories and duration; "
                                "for under-18s, a parent or guardian signs.</p>"
                            ),
                        ),
                        ("heading", {"text": "Habits that make consent real", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Explain photography when people book, not only on the "
                                'day.</li><li>Offer a visible "no photos, please" marker, such as '
                                "a coloured sticker or lanyard, and brief the "
                                "photographer.</li><li>Keep a photo-free area or time in the "
                                "session.</li><li>Avoid capturing name badges, screens with "
                                "personal details, or other people's work in the "
                                "background.</li><li>Check images against the consent records "
                                "before anything is published.</li><li>Offer the form in large "
                                "print, in other languages or read aloud.</li></ul>"
                            ),
                        ),
                        (
                            "document",
                            {
                                "document": "workshop-consent-form",
                                "title": "Download the workshop consent form template",
                                "description": (
                                    "Separate choices for photos, film, artwork and AI tools, with "
                                    "withdrawal, retention and under-18 sections and notes for "
                                    "organisers."
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Model release",
                                "definition": (
                                    "<p>A signed permission from a person shown in a photo or "
                                    "video allowing the image of them to be used for stated "
                                    "purposes, especially commercial ones.</p>"
                                ),
                            },
                        ),
                        (
                            "sources",
                            {
                                "heading": "Sources",
                                "citations": [
                                    {
                                        "title": (
                                            "Regulation (EU) 2016/679 (General Data Protection "
                                            "Regulation), Articles 4(11), 6, 7 and 8"
                                        ),
                                        "publisher": "Official Journal of the European Union",
                                        "date": "2016-04-27",
                                        "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
                                        "note": "Retained in UK law as the UK GDPR.",
                                    },
                                    {
                                        "title": "Guide to the UK GDPR: Consent",
                                        "publisher": "Information Commissioner's Office (ICO)",
                                        "date": "",
                                        "url": "",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "participants-artwork-and-ai-tools",
                    "title": "Participants' artwork and AI tools in sessions",
                    "summary": (
                        "Respecting participants' rights in what they make, and using AI tools in "
                        "workshops without exposing their work."
                    ),
                    "body": [
                        ("callout", NOT_LEGAL_ADVICE),
                        ("heading", {"text": "Participants own what they make", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Artwork that participants make or bring to a workshop belongs "
                                "to them, and so does the copyright, unless they have agreed "
                                "otherwise in writing. A close photograph of a drawing or painting "
                                "is a reproduction of it, so photographing, exhibiting online or "
                                "printing someone's work needs their permission, separately from "
                                "permission to photograph them. Ask how they want to be credited; "
                                "some prefer a pseudonym or no name at all.</p><p>Some works carry "
                                "meanings that go beyond copyright, such as Indigenous cultural "
                                "and intellectual property or community protocols about images and "
                                "stories. Ask before photographing or sharing, and follow the "
                                "guidance of the communities concerned.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "AI tools: why uploading is a big decision", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Uploading an image or text to an AI tool sends a copy to the "
                                "tool's provider. Depending on the provider and the plan, what you "
                                "upload may be stored, reviewed by staff or used to train future "
                                "models. Consumer versions of some popular assistants have used "
                                "conversations for training by default unless the user turns a "
                                "setting off, while business and education plans often exclude "
                                "training. Terms change, so check the current data-use settings of "
                                "any tool you plan to use, and switch training off where you "
                                "can.</p><p>In a workshop about protecting creators' work, "
                                "uploading participants' work without their knowledge would "
                                "undermine the whole session. A good rule: <b>no participant's "
                                "artwork, face or personal details go into an AI tool without "
                                "their explicit, informed, separate consent</b>, and never for "
                                "under-18s.</p>"
                            ),
                        ),
                        ("heading", {"text": "Safer ways to demonstrate", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Use images you have clear rights to: your own work, "
                                "public-domain or CC0 collection images, or images made for the "
                                "demonstration.</li><li>Prefer tools with training switched off, "
                                "or models that run locally on the workshop computer.</li><li>Show "
                                "participants the tool's data settings on screen, so they learn to "
                                "check them too.</li><li>Label AI-generated results clearly, in "
                                "line with the transparency expectations of the EU AI Act, and do "
                                "not present them as participants' work.</li><li>If participants "
                                "create with AI in the session, explain that who owns the outputs "
                                "is unsettled, and that their own human contributions, such as "
                                "their drawings and choices, remain theirs.</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "When someone changes their mind", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Make withdrawal easy: one named contact, a simple email "
                                "address, and a promise to act quickly. Explain honestly what can "
                                "and cannot be undone. You can remove photos from your website and "
                                "delete files you hold; you cannot recall printed leaflets or "
                                "copies other people have already made, and you cannot remove "
                                "something from an AI model that has already been trained on "
                                "it.</p>"
                            ),
                        ),
                        (
                            "knowledge_check",
                            {
                                "title": "Check your understanding",
                                "instructions": "Three questions on consent in sessions.",
                                "pass_mark": 60,
                                "questions": [
                                    {
                                        "prompt": (
                                            "A participant agreed to be photographed. Can you also "
                                            "post close-up photos of their painting on social "
                                            "media?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "Only if they also agreed to their artwork "
                                                    "being photographed and shared that way"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. Permission to photograph a person is "
                                                    "separate from permission to reproduce their "
                                                    "work."
                                                ),
                                            },
                                            {
                                                "text": "Yes, because they agreed to be photographed",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Their artwork is a separate copyright "
                                                    "work that needs its own permission."
                                                ),
                                            },
                                            {
                                                "text": "Yes, if you credit them",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Credit is good practice but does not "
                                                    "replace permission."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Keep separate tick boxes for people and for their "
                                            "work.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "Which are good practice when demonstrating AI tools "
                                            "in a workshop?"
                                        ),
                                        "kind": "multiple",
                                        "options": [
                                            {
                                                "text": (
                                                    "Using your own or public-domain images for "
                                                    "demonstrations"
                                                ),
                                                "is_correct": True,
                                                "feedback": "Yes. It avoids exposing participants' work.",
                                            },
                                            {
                                                "text": (
                                                    "Checking and switching off training on inputs "
                                                    "where the tool allows"
                                                ),
                                                "is_correct": True,
                                                "feedback": "Yes. Show participants how to do it too.",
                                            },
                                            {
                                                "text": (
                                                    "Uploading participants' work to show what the "
                                                    "tool can do, and telling them afterwards"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Consent has to come first, be explicit "
                                                    "and be separate."
                                                ),
                                            },
                                            {
                                                "text": "Clearly labelling AI-generated results",
                                                "is_correct": True,
                                                "feedback": (
                                                    "Yes. It is honest and matches emerging "
                                                    "transparency rules."
                                                ),
                                            },
                                        ],
                                        "explanation": "<p>Model the behaviour you are teaching.</p>",
                                    },
                                    {
                                        "prompt": (
                                            "Which of these is a valid way to record consent under "
                                            "the GDPR?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "A form with pre-ticked boxes that people can "
                                                    "untick"
                                                ),
                                                "is_correct": False,
                                                "feedback": "No. Pre-ticked boxes are not valid consent.",
                                            },
                                            {
                                                "text": "Assuming consent unless someone complains",
                                                "is_correct": False,
                                                "feedback": "No. Silence or inactivity is not consent.",
                                            },
                                            {
                                                "text": (
                                                    "Empty boxes that people tick for each use "
                                                    "they agree to, kept on record"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. This is a clear, specific, positive "
                                                    "action."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Consent must be freely given, specific, informed "
                                            "and unambiguous, and as easy to withdraw as to "
                                            "give.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "sources",
                            {
                                "heading": "Sources",
                                "citations": [
                                    {
                                        "title": (
                                            "Regulation (EU) 2016/679 (General Data Protection "
                                            "Regulation), Article 7: Conditions for consent"
                                        ),
                                        "publisher": "Official Journal of the European Union",
                                        "date": "2016-04-27",
                                        "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
                                        "note": "",
                                    },
                                    {
                                        "title": "Copyright, Designs and Patents Act 1988",
                                        "publisher": "UK legislation",
                                        "date": "1988",
                                        "url": "https://www.legislation.gov.uk/ukpga/1988/48",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Regulation (EU) 2024/1689 (Artificial Intelligence "
                                            "Act), Article 50"
                                        ),
                                        "publisher": "Official Journal of the European Union",
                                        "date": "2024-07-12",
                                        "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}
