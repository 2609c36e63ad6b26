"""Course: content provenance with C2PA and Content Credentials."""

COURSE = {
    "slug": "content-credentials-and-provenance",
    "title": "Provenance and Content Credentials",
    "summary": (
        "What a C2PA manifest is, what Content Credentials prove and what they do not, which "
        "cameras and tools sign, and how to add a 'do not train' preference and inspect files "
        "yourself."
    ),
    "audience": (
        "Photographers, artists and collections staff who want to label their work's origin and "
        "read other people's provenance claims critically."
    ),
    "level": "intermediate",
    "duration_minutes": 105,
    "learning_outcomes": [
        "Describe the parts of a C2PA manifest: assertions, claim, signature and hard binding",
        "Explain what valid Content Credentials prove and what they cannot prove",
        "Name cameras, apps and platforms that create or display Content Credentials",
        "Add a training and data mining preference and inspect credentials with free tools",
        "Tell signed, AI-generated, AI-edited, tampered and stripped images apart by their "
        "credentials",
    ],
    "prerequisites": [],
    "image": "course-content-credentials",
    "modules": [
        {
            "slug": "how-content-credentials-work",
            "title": "How Content Credentials work",
            "summary": (
                "The structure of a C2PA manifest, and how to read what it does and does not tell "
                "you."
            ),
            "lessons": [
                {
                    "slug": "what-is-a-c2pa-manifest",
                    "title": "What a C2PA manifest is",
                    "summary": "How signed provenance data is attached to a file, piece by piece.",
                    "body": [
                        (
                            "heading",
                            {"text": "A signed history that travels with the file", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The <b>Coalition for Content Provenance and Authenticity "
                                "(C2PA)</b> was formed in February 2021 by Adobe, Arm, the BBC, "
                                "Intel, Microsoft and Truepic, bringing together two earlier "
                                "efforts: the Adobe-led Content Authenticity Initiative and "
                                "Project Origin, started by the BBC and Microsoft with news "
                                "partners. It publishes an open technical specification, first "
                                "released as version 1.0 in January 2022 and updated regularly "
                                "since, for attaching <b>tamper-evident provenance information</b> "
                                "to images, video, audio and documents.</p><p><b>Content "
                                "Credentials</b> is the public-facing name for this information, "
                                'often shown with a small "CR" icon. Think of it as a label '
                                "attached to a file that says who made claims about the file's "
                                "history, what those claims are, and whether the file has changed "
                                "since.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "c2pa-manifest",
                                "alt_text": (
                                    "Diagram of an image file with an embedded manifest: the "
                                    "pixels are hashed for the hard binding; assertions such as "
                                    "actions, ingredients and a training preference are hashed "
                                    "into a claim; the claim is signed with the signer's "
                                    "certificate."
                                ),
                                "caption": "The parts of a C2PA manifest, simplified.",
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        ("heading", {"text": "The parts of a manifest", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Each time a C2PA-enabled camera or app creates or edits a "
                                "file, it can add a <b>manifest</b>. A manifest has three main "
                                "parts:</p><ol><li><b>Assertions</b>: individual statements about "
                                "the file. Examples are <i>actions</i> (created, opened, cropped, "
                                "colour-adjusted, generated with AI), <i>ingredients</i> (the "
                                "earlier files this one was made from, with their own manifests), "
                                "a thumbnail, camera or software details, a statement about the "
                                'digital source type (such as a camera capture or "trained '
                                'algorithmic media", the term used for AI-generated content), and '
                                "optional preferences such as whether the file may be used for AI "
                                "training.</li><li>The <b>claim</b>: a list that gathers a "
                                "cryptographic hash (a kind of fingerprint) of every assertion, "
                                "plus the <b>hard binding</b>, a hash of the file's actual "
                                "content, and details of the tool that made the claim.</li><li>The "
                                "<b>claim signature</b>: a digital signature over the claim, made "
                                "with the signer's private key and identified by an X.509 "
                                "certificate, like the certificates that secure websites. It can "
                                "include a trusted timestamp.</li></ol><p>The manifests are stored "
                                "together in a <i>manifest store</i>, usually embedded in the file "
                                "itself, although it can also be kept in the cloud and linked.</p>"
                            ),
                        ),
                        ("heading", {"text": "How the chain works", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Suppose you photograph a sculpture on a camera that signs "
                                "images, crop it in an editor that supports C2PA, and export it "
                                "for your website. The camera creates the first manifest. The "
                                "editor records the camera file as an <i>ingredient</i>, lists its "
                                "own actions, and signs a new manifest. The exported file now "
                                "carries both, forming a chain. If anyone changes a pixel without "
                                "adding a new signed manifest, the hard-binding hash no longer "
                                "matches, and a validator reports that the file has been altered "
                                "since it was signed.</p><p>The chain can break. An app that does "
                                "not support C2PA may simply drop the manifest when it saves the "
                                "file. That does not mean anything sinister happened; it means the "
                                "record stops.</p>"
                            ),
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Manifest",
                                "definition": (
                                    "<p>A signed package of provenance information attached to a "
                                    "file by a C2PA-enabled tool: a set of assertions, a claim "
                                    "that lists their hashes and the file's hash, and a "
                                    "signature.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Assertion",
                                "definition": (
                                    "<p>A single statement in a C2PA manifest, such as the actions "
                                    "taken on a file, its ingredients, or a training and data "
                                    "mining preference.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Hard binding",
                                "definition": (
                                    "<p>A cryptographic hash of a file's content recorded in the "
                                    "signed claim. If the content changes, the hash no longer "
                                    "matches, so tampering is detectable.</p>"
                                ),
                            },
                        ),
                        (
                            "sources",
                            {
                                "heading": "Sources",
                                "citations": [
                                    {
                                        "title": "C2PA technical specifications",
                                        "publisher": "Coalition for Content Provenance and Authenticity",
                                        "date": "",
                                        "url": "https://c2pa.org/specifications/",
                                        "note": "Check the current version.",
                                    },
                                    {
                                        "title": "Content Authenticity Initiative",
                                        "publisher": "Content Authenticity Initiative (Adobe and members)",
                                        "date": "",
                                        "url": "https://contentauthenticity.org/",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "what-credentials-prove",
                    "title": "What Content Credentials prove, and what they don't",
                    "summary": (
                        "Reading credentials critically: signatures, trust, stripping, watermarks "
                        "and the limits of provenance."
                    ),
                    "body": [
                        ("heading", {"text": "What a valid manifest tells you", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>When a validator checks a file and reports valid Content "
                                "Credentials, it has confirmed two things: the manifest was signed "
                                "with a particular certificate, and neither the assertions nor the "
                                "file's content have changed since signing. In other words: "
                                "<b>this signer made these claims about this file</b>. Validators "
                                "also check whether the signer's certificate comes from a source "
                                "they trust. C2PA has been building a conformance programme and "
                                "trust list so that tools can tell recognised products from "
                                "unknown signers.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "credentials-proves",
                                "alt_text": (
                                    "Two columns. Can show: the signing certificate, that the file "
                                    "is unchanged since signing, the recorded history, and stated "
                                    "AI and training preferences. Cannot show: that the scene is "
                                    "real, that images without credentials are fake, who the "
                                    "creator is, or anything once metadata is stripped."
                                ),
                                "caption": "",
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        ("heading", {"text": "What it does not tell you", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>That the content is true.</b> A camera can sign a "
                                "photo of a staged scene or of a screen showing a fake. "
                                "Credentials record provenance, not truth.</li><li><b>That the "
                                "assertions are accurate.</b> The signature proves who made a "
                                "statement, not that the statement is correct. Trust depends on "
                                "the signer.</li><li><b>Who the creator is.</b> The signer is "
                                "often the tool or camera maker, not you. Naming a person reliably "
                                "needs a separate identity assertion, covered in the next "
                                "module.</li><li><b>That files without credentials are fake.</b> "
                                "Most images online have none, because most cameras and apps do "
                                "not add them and many platforms remove metadata on upload. "
                                "Absence proves nothing.</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "When credentials are stripped", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Metadata is fragile. A screenshot, a re-save in an unsupported "
                                "app or an upload to a platform that strips metadata removes the "
                                "manifest, and a hard binding cannot help once the manifest is "
                                "gone. C2PA therefore also supports <b>soft bindings</b>: ways to "
                                "find a file's credentials again from its content.</p><ul><li>An "
                                "<b>invisible watermark</b> hides a short identifier in the "
                                "pixels, which points to a copy of the manifest stored online. "
                                "Adobe's open-source TrustMark is one such watermark; commercial "
                                "providers offer others.</li><li>A <b>fingerprint</b> is a compact "
                                "description of what an image looks like, which can be matched "
                                "against a database of registered images even after "
                                "resizing.</li></ul><p>The Content Authenticity Initiative calls "
                                "the combination of manifest, watermark and fingerprint <i>durable "
                                "Content Credentials</i>. Watermarks themselves can be attacked or "
                                "removed, so they make recovery more likely, not certain. Separate "
                                "watermarking systems also exist outside C2PA, such as Google's "
                                "SynthID for content made with its AI models.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Provenance is not detection",
                                "body": (
                                    "<p>Content Credentials are a way for honest makers to "
                                    "disclose history, including AI use. They are not an AI "
                                    "detector. Tools that claim to detect AI-generated images from "
                                    "their pixels alone make frequent mistakes in both directions, "
                                    "so be cautious about accusing anyone on the basis of a "
                                    "detector score.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "title": "Check your understanding",
                                "instructions": "Two questions on reading credentials.",
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "A photo shows valid Content Credentials signed by a "
                                            "camera maker's certificate. What can you conclude?"
                                        ),
                                        "kind": "multiple",
                                        "options": [
                                            {
                                                "text": (
                                                    "The file's content has not changed since the "
                                                    "manifest was signed"
                                                ),
                                                "is_correct": True,
                                                "feedback": "Yes. The hard binding confirms this.",
                                            },
                                            {
                                                "text": (
                                                    "A device with that maker's certificate signed "
                                                    "the claims in the manifest"
                                                ),
                                                "is_correct": True,
                                                "feedback": "Yes. That is what the signature shows.",
                                            },
                                            {
                                                "text": (
                                                    "The scene in the photo really happened as it "
                                                    "appears"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. A camera can sign a photo of a staged "
                                                    "scene or a screen."
                                                ),
                                            },
                                            {
                                                "text": "The person who posted it is the photographer",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Without a verified identity assertion, "
                                                    "the credentials do not name a person reliably."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Valid credentials tell you who signed which claims "
                                            "and that nothing changed since. The rest is "
                                            "judgement.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "An image you find online has no Content Credentials. "
                                            "What does that tell you?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": "It is probably AI-generated",
                                                "is_correct": False,
                                                "feedback": "No. Most genuine images have no credentials.",
                                            },
                                            {
                                                "text": (
                                                    "Very little: it may never have had them, or "
                                                    "they may have been stripped"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. Absence of credentials is not "
                                                    "evidence of fakery."
                                                ),
                                            },
                                            {
                                                "text": "It was definitely edited",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Many tools and platforms drop metadata "
                                                    "routinely."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>A lookup through a watermark or fingerprint may "
                                            "sometimes recover credentials that were stripped.</p>"
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
                                            "C2PA technical specifications: validation, hard and "
                                            "soft bindings"
                                        ),
                                        "publisher": "Coalition for Content Provenance and Authenticity",
                                        "date": "",
                                        "url": "https://c2pa.org/specifications/",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "TrustMark: Universal Watermarking for Arbitrary "
                                            "Resolution Images"
                                        ),
                                        "publisher": "Bui et al., Adobe Research",
                                        "date": "2023-11",
                                        "url": "",
                                        "note": "Open-source watermark used with Content Credentials.",
                                    },
                                    {
                                        "title": "Durable Content Credentials",
                                        "publisher": "Content Authenticity Initiative",
                                        "date": "",
                                        "url": "https://contentauthenticity.org/",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "content-credentials-in-practice",
            "title": "Content Credentials in practice",
            "summary": (
                "Which tools sign, how to name yourself reliably, and how to add and inspect a "
                "training preference."
            ),
            "lessons": [
                {
                    "slug": "cameras-tools-and-identity",
                    "title": "Cameras, tools and your identity",
                    "summary": (
                        "Devices and apps that add Content Credentials, platforms that display "
                        "them, and the CAWG identity assertion."
                    ),
                    "body": [
                        ("heading", {"text": "Signing at the moment of capture", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The strongest provenance starts in the camera. In October 2023 "
                                "Leica announced the <b>M11-P</b> as the first camera with Content "
                                "Credentials built in: each photo can be signed inside the camera "
                                "with a certificate stored in a secure chip. Sony has since added "
                                "C2PA-compatible signing to several professional cameras, aimed "
                                "first at news organisations, and in August 2025 Google announced "
                                "that the Pixel 10 phones would attach Content Credentials to "
                                "photos taken with the Pixel camera app. Check manufacturers' "
                                "current lists: support is spreading, often by firmware update, "
                                "and sometimes only in certain regions or for certain "
                                "customers.</p>"
                            ),
                        ),
                        ("heading", {"text": "Editing and generating", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Adobe, a founder of the initiative, supports Content "
                                "Credentials across several products. Photoshop and Lightroom can "
                                "attach them when you export, recording edits and ingredients; "
                                "images generated with Adobe Firefly carry them automatically, "
                                "stating that generative AI was used. In 2025 Adobe launched a "
                                "free Content Authenticity web app in public beta that lets "
                                "creators attach credentials to batches of images, add their name "
                                "and linked social media accounts, and set a preference about "
                                "generative AI training.</p><p>AI image generators increasingly "
                                "add credentials too. OpenAI, for example, began adding C2PA "
                                "metadata to images generated with DALL·E 3 in ChatGPT and its API "
                                "in February 2024. This is one practical way of meeting the EU AI "
                                "Act's machine-readable marking duty.</p>"
                            ),
                        ),
                        ("heading", {"text": "Where you will see them", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                '<p>Display is uneven. In 2024 LinkedIn began showing a "CR" label '
                                "on images with credentials, and TikTok began using C2PA data to "
                                "label AI-generated content uploaded from other platforms. Many "
                                "other sites still strip metadata. Browser extensions and the "
                                "verify site (next lesson) let you check any file yourself.</p>"
                            ),
                        ),
                        ("heading", {"text": "The identity problem, and CAWG", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A C2PA claim is signed by the tool or device, using the "
                                "manufacturer's or service's certificate. That proves which "
                                "product made the claim, not which person was behind it. Most "
                                "individual artists do not have their own X.509 signing "
                                "certificates.</p><p>The <b>Creator Assertions Working Group "
                                "(CAWG)</b>, which became part of the Decentralized Identity "
                                "Foundation in March 2025, defines an <b>identity assertion</b> "
                                "for this gap. It lets a named person or organisation sign their "
                                "own statement, binding their identity to specific assertions in "
                                'the manifest, such as "I created this" or "I do not allow AI '
                                'training". The identity can be backed by a certificate or by an '
                                "<i>identity claims aggregator</i>, a service that verifies things "
                                "like your website domain or social media accounts and vouches for "
                                "them. Adobe's linked accounts are an example of this "
                                "approach.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Think about privacy",
                                "body": (
                                    "<p>Credentials can include location, device serial numbers, "
                                    "names and edit history. That can be valuable for a news "
                                    "photographer and risky for someone else. Before you sign, "
                                    "check what will be included. In workshops, never attach a "
                                    "participant's name or identity to a file without their "
                                    "explicit consent.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Identity assertion (CAWG)",
                                "definition": (
                                    "<p>A statement, defined by the Creator Assertions Working "
                                    "Group, in which a named person or organisation signs to vouch "
                                    "for specific assertions in a C2PA manifest, backed by a "
                                    "certificate or a verified identity service.</p>"
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
                                            "Leica M11-P: the world's first camera with Content "
                                            "Credentials"
                                        ),
                                        "publisher": "Leica Camera AG, press release",
                                        "date": "2023-10-26",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": "Pixel 10 Content Credentials announcement",
                                        "publisher": "Google",
                                        "date": "2025-08",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": "Adobe Content Authenticity app (public beta)",
                                        "publisher": "Adobe",
                                        "date": "2025-04",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": "C2PA in ChatGPT images (DALL·E 3)",
                                        "publisher": "OpenAI Help Center",
                                        "date": "2024-02",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Creator Assertions Working Group: identity assertion "
                                            "specification"
                                        ),
                                        "publisher": (
                                            "Creator Assertions Working Group / Decentralized "
                                            "Identity Foundation"
                                        ),
                                        "date": "2025",
                                        "url": "https://cawg.io/",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "do-not-train-and-inspecting",
                    "title": "Adding a 'do not train' preference and inspecting credentials",
                    "summary": (
                        "The training and data mining assertion, and how to inspect files with the "
                        "Content Credentials verify site and c2patool."
                    ),
                    "body": [
                        (
                            "heading",
                            {"text": "The training and data mining assertion", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Version 1 of the C2PA specification defined an assertion "
                                "labelled <b>c2pa.training-mining</b> that lets the person making "
                                "the claim state whether a file may be used for data mining or AI "
                                "training. It has four entries, each with a <i>use</i> value of "
                                "<b>allowed</b>, <b>notAllowed</b> or <b>constrained</b> (with a "
                                "note on the "
                                "conditions):</p><ul><li><i>c2pa.ai_generative_training</i>: "
                                "training generative AI models;</li><li><i>c2pa.ai_training</i>: "
                                "training any AI or machine learning "
                                "model;</li><li><i>c2pa.ai_inference</i>: using the file as input "
                                "to an AI model at the time of use, for example as a reference "
                                "image;</li><li><i>c2pa.data_mining</i>: text and data mining in "
                                "general.</li></ul><p>In version 2 of the C2PA specification this "
                                "assertion was removed from the core standard and re-published by "
                                "the Creator Assertions Working Group as "
                                "<b>cawg.training-mining</b>, with the same idea and matching "
                                "entry names. Tools may write either form, so check which one "
                                "yours uses.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "training-mining-assertion",
                                "alt_text": (
                                    "A simplified JSON listing: label c2pa.training-mining, with "
                                    "ai_generative_training and ai_training set to notAllowed, "
                                    "data_mining set to constrained with a note pointing to a "
                                    "licence, and ai_inference set to allowed."
                                ),
                                "caption": (
                                    "A 'do not train' preference as it might appear in a manifest "
                                    "(simplified)."
                                ),
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "A preference, not a lock",
                                "body": (
                                    "<p>The assertion is a signed, machine-readable statement of "
                                    "your wishes. It does not technically prevent training, and it "
                                    "disappears if the metadata is stripped. Its value is that it "
                                    "travels with the file, is hard to dispute once signed, and "
                                    "may help show that you reserved your rights in a "
                                    "machine-readable way, which matters under EU law.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "Inspecting credentials on the web", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The <b>Content Credentials verify site</b> "
                                "(contentcredentials.org/verify) lets you drop in an image and see "
                                "any credentials it carries: who signed, when, which tools and AI "
                                "were used, and the chain of ingredients, with warnings if "
                                "something does not validate. It is designed for non-specialists, "
                                "which makes it a good first stop in a workshop. For some images "
                                "without embedded credentials, it can also search for possible "
                                "matches through watermarks or fingerprints.</p>"
                            ),
                        ),
                        ("heading", {"text": "Inspecting and adding with c2patool", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p><b>c2patool</b> is a free, open-source command-line tool from "
                                "the Content Authenticity Initiative's open-source project. "
                                "Typical uses:</p><ul><li><i>c2patool photo.jpg</i> prints a "
                                "report of the manifest store as JSON;</li><li><i>c2patool "
                                "photo.jpg --detailed</i> prints the full low-level "
                                "detail;</li><li><i>c2patool photo.jpg -m manifest.json -o "
                                "signed.jpg</i> adds a manifest that you describe in a JSON file, "
                                "such as a training and data mining assertion.</li></ul><p>Out of "
                                "the box it signs with a test certificate, so validators will show "
                                "the result as untrusted; for real use you configure your own "
                                "certificate. Options change between versions, so run <i>c2patool "
                                "--help</i> and read the current documentation.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "try_it",
                                "title": "Compare three files",
                                "body": (
                                    "<ol><li>Generate an image with a tool that adds credentials, "
                                    "such as Adobe Firefly, or find a press photo published with "
                                    "them.</li><li>Drop it into contentcredentials.org/verify and "
                                    "note the signer, the actions and any AI "
                                    "disclosure.</li><li>Take a screenshot of the same image and "
                                    "check the screenshot. What is lost?</li><li>Check one of your "
                                    "own images. If it has no credentials, what would you want it "
                                    "to say?</li></ol>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "title": "Check your understanding",
                                "instructions": "Two questions on the training assertion and inspection.",
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "In a training and data mining assertion, which value "
                                            "says that generative AI training is not permitted?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": "notAllowed",
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. The three values are allowed, "
                                                    "notAllowed and constrained."
                                                ),
                                            },
                                            {
                                                "text": "forbidden",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. That word is not one of the defined "
                                                    "values."
                                                ),
                                            },
                                            {
                                                "text": "private",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. The defined values are allowed, "
                                                    "notAllowed and constrained."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Use <i>constrained</i> with a note when training "
                                            "is possible under conditions, such as a paid "
                                            "licence.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "You add a signed 'do not train' assertion to your "
                                            "image and post it on a platform that strips metadata. "
                                            "What happens?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "The preference is lost from that copy unless "
                                                    "it can be recovered through a watermark or "
                                                    "fingerprint lookup"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. Embedded metadata does not survive "
                                                    "stripping."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "The platform is legally barred from "
                                                    "displaying the image"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. The assertion expresses a preference; it "
                                                    "does not control display."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "AI crawlers can still read the preference "
                                                    "from the pixels"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Unless a watermark links back to a stored "
                                                    "manifest, the information is gone from that "
                                                    "copy."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Keep credentialed originals on your own site, "
                                            "where you control what is served.</p>"
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
                                            "C2PA technical specifications (version 1.x: training "
                                            "and data mining assertion)"
                                        ),
                                        "publisher": "Coalition for Content Provenance and Authenticity",
                                        "date": "",
                                        "url": "https://c2pa.org/specifications/",
                                        "note": "",
                                    },
                                    {
                                        "title": "CAWG training and data mining assertion",
                                        "publisher": "Creator Assertions Working Group",
                                        "date": "",
                                        "url": "",
                                        "note": (
                                            "Re-publishes the assertion removed in C2PA 2.0 as "
                                            "cawg.training-mining."
                                        ),
                                    },
                                    {
                                        "title": "Content Credentials: Verify",
                                        "publisher": "Content Authenticity Initiative",
                                        "date": "",
                                        "url": "https://contentcredentials.org/verify",
                                        "note": "",
                                    },
                                    {
                                        "title": "c2patool command-line tool",
                                        "publisher": (
                                            "Content Authenticity Initiative open-source project "
                                            "(GitHub: contentauth)"
                                        ),
                                        "date": "",
                                        "url": "",
                                        "note": "Check the current documentation for options.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "provenance-lab",
            "title": "Provenance lab",
            "summary": (
                "Hands-on: read the Content Credentials of five pictures this site signed itself, "
                "then tell them apart."
            ),
            "lessons": [
                {
                    "slug": "read-the-credentials",
                    "title": "Read the credentials",
                    "summary": (
                        "One gallery photo in five versions: signed, AI-generated, AI-edited, "
                        "tampered and stripped, each with what a validator finds."
                    ),
                    "body": [
                        ("heading", {"text": "Five pictures, signed by this site", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The pictures in this lab were drawn and signed by this site "
                                "when the demo content was loaded. Each signed file carries a "
                                "C2PA manifest with its actions, any ingredients and, for some, a "
                                "training and data mining preference. When a picture is added to "
                                "the image library, the site reads its manifest with the "
                                "open-source <b>c2pa-python</b> library and stores what the "
                                "validator found; the panel beside each picture shows that "
                                "result.</p><p>The signers are fictional. No real camera, AI "
                                "service or photo editor made these files: <i>Riverside Museum "
                                "photo studio</i>, <i>Dreamlike Canvas image service</i> and "
                                "<i>Lumen Photo Editor</i> are names this site typed into "
                                "certificates it created for the purpose.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Why every signer here is 'not on this site's trust list'",
                                "body": (
                                    "<p>The demo certificates are self-made and untrusted on "
                                    "purpose. They were issued by a test authority that this site "
                                    "created a moment before signing, and the private keys were "
                                    "never stored. Anyone can make a certificate with any name in "
                                    "it, so a valid signature only shows that the claims were "
                                    "signed with that certificate and not changed since. A name "
                                    "means something only when the validator trusts the authority "
                                    "that issued the certificate: real validators check the chain "
                                    "against trust lists, such as the C2PA conformance trust list "
                                    "of authorities that issue certificates to conforming "
                                    "products.</p><p>None of these files has a <b>trusted "
                                    "time-stamp</b> either. The dates in the panels are what the "
                                    "signing tool claims. A time-stamp from a time-stamping "
                                    "authority would show that the signature existed at that time, "
                                    "and lets validators accept a signature made while its "
                                    "certificate was valid even after the certificate expires.</p>"
                                ),
                            },
                        ),
                        (
                            "content_credentials",
                            {
                                "image": "provenance-camera-photo",
                                "alt_text": (
                                    "A landscape painting of green hills and a pale sun under an "
                                    "orange sky, in a gold frame on a gallery wall, with a bench "
                                    "below and a wall label to its right reading 'Evening over "
                                    "the Quay, A. Demo, 2021, Oil on canvas'."
                                ),
                                "caption": "1. A signed camera photo",
                                "notes": (
                                    "<p>The signature is valid and the image hash matches, so the "
                                    "file is exactly as the signer left it. The action says the "
                                    "picture was created with the digital source type "
                                    "<i>digitalCapture</i>: the signer's statement that a camera "
                                    "captured it. The training and data mining entries say "
                                    "<i>notAllowed</i>. All of this is what the signer declares; "
                                    "none of it is checked against what happened in the "
                                    "gallery.</p>"
                                ),
                            },
                        ),
                        (
                            "content_credentials",
                            {
                                "image": "provenance-ai-generated",
                                "alt_text": (
                                    "A painting of a pink sky, a pale moon and a dark headland "
                                    "over a striped sea hangs on a violet wall above a shiny "
                                    "floor; beside it are a tilted empty frame and a small label "
                                    "with misspelt words."
                                ),
                                "caption": "2. Generated by an AI model",
                                "notes": (
                                    "<p>The action declares the IPTC digital source type "
                                    "<i>trainedAlgorithmicMedia</i>, the term C2PA uses for "
                                    "content created by a generative AI model. That is why the "
                                    "panel says generative AI created this image. It is a "
                                    "<b>disclosure</b> by the generator, not a detection: a "
                                    "generator that adds no credentials leaves no such statement, "
                                    "and a picture without one may still be AI-generated.</p>"
                                ),
                            },
                        ),
                        (
                            "content_credentials",
                            {
                                "image": "provenance-ai-composite",
                                "alt_text": (
                                    "The same gallery wall with the landscape painting and its "
                                    "label, now with a teal sculpture on a white plinth to the "
                                    "left of the painting."
                                ),
                                "caption": "3. The photo, edited with generative AI",
                                "notes": (
                                    "<p>The editor opened the signed photo, added the sculpture "
                                    "with generative fill and signed a new manifest. Its edit "
                                    "declares <i>compositeWithTrainedAlgorithmicMedia</i>: part "
                                    "of the picture was generated. The photo appears as an "
                                    "<b>ingredient</b> with its own manifest, so you can follow "
                                    "the chain back to the camera. The camera's signature covers "
                                    "only the original photo; the editor vouches for the "
                                    "rest.</p>"
                                ),
                            },
                        ),
                        (
                            "content_credentials",
                            {
                                "image": "provenance-tampered",
                                "alt_text": (
                                    "The landscape painting in its gold frame above the bench; "
                                    "to the right of the painting, where a label might hang, the "
                                    "wall is bare apart from a faint flat rectangle."
                                ),
                                "caption": "4. The photo, changed after signing",
                                "notes": (
                                    "<p>Someone painted out the wall label, which names the "
                                    "artist, and kept the old manifest. The signature over the "
                                    "claim still checks out, but the hash of the image no longer "
                                    "matches the hard binding, so the credentials <b>no longer "
                                    "match</b> this image. What they say describes the earlier "
                                    "version. They cannot tell you what changed or whether it "
                                    "matters: only a comparison with the original can.</p>"
                                ),
                            },
                        ),
                        (
                            "content_credentials",
                            {
                                "image": "provenance-stripped",
                                "alt_text": (
                                    "A closer, slightly blurrier view of the landscape painting "
                                    "in its gold frame above the bench, with the wall label to "
                                    "its right."
                                ),
                                "caption": "5. The photo, re-shared without its credentials",
                                "notes": (
                                    "<p>A copy as a social network might serve it: cropped, made "
                                    "smaller, re-compressed and with all metadata removed. It has "
                                    "no Content Credentials, yet it shows a genuine photo. Missing "
                                    "credentials prove nothing either way. The copy has also lost "
                                    "the machine-readable 'do not train' entries. Article 4(3) of "
                                    "the EU copyright directive (2019/790) expects a reservation "
                                    "of text and data mining for content online to be made 'in an "
                                    "appropriate manner, such as machine-readable means', and one "
                                    "that falls away with the metadata is easy to miss, so state "
                                    "it in more than one place.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "try_it",
                                "title": "Check the files yourself",
                                "body": (
                                    "<p>The pictures on this page are resized copies made by the "
                                    "site, and carry no credentials. Use the download link under "
                                    "each picture to get the original file, then drop it into the "
                                    "Content Credentials verify site or inspect it with c2patool "
                                    "or c2pa-python. Expect the signers to be flagged as "
                                    "unrecognised, the tampered file to fail its hash check and "
                                    "the re-shared copy to show no credentials at all.</p>"
                                ),
                            },
                        ),
                        (
                            "sources",
                            {
                                "heading": "Sources",
                                "citations": [
                                    {
                                        "title": "C2PA Technical Specification, version 2.1",
                                        "publisher": "Coalition for Content Provenance and Authenticity",
                                        "date": "",
                                        "url": (
                                            "https://spec.c2pa.org/specifications/specifications/"
                                            "2.1/specs/C2PA_Specification.html"
                                        ),
                                        "note": (
                                            "Manifests, hard bindings, validation, the trust model "
                                            "and time-stamps."
                                        ),
                                    },
                                    {
                                        "title": "Digital Source Type vocabulary",
                                        "publisher": "IPTC (International Press Telecommunications Council)",
                                        "date": "",
                                        "url": "https://cv.iptc.org/newscodes/digitalsourcetype/",
                                        "note": (
                                            "Defines digitalCapture, trainedAlgorithmicMedia and "
                                            "compositeWithTrainedAlgorithmicMedia."
                                        ),
                                    },
                                    {
                                        "title": "CAWG training and data mining assertion, version 1.1",
                                        "publisher": "Creator Assertions Working Group",
                                        "date": "",
                                        "url": "https://cawg.io/training-and-data-mining/1.1/",
                                        "note": "The cawg.training-mining entries in the signed photo.",
                                    },
                                    {
                                        "title": (
                                            "Directive (EU) 2019/790 on copyright and related "
                                            "rights in the Digital Single Market, Article 4(3)"
                                        ),
                                        "publisher": "European Parliament and Council of the European Union",
                                        "date": "2019-04-17",
                                        "url": "https://eur-lex.europa.eu/eli/dir/2019/790/oj",
                                        "note": "Reserving text and data mining by machine-readable means.",
                                    },
                                    {
                                        "title": "c2pa-python",
                                        "publisher": (
                                            "Content Authenticity Initiative open-source project "
                                            "(GitHub: contentauth)"
                                        ),
                                        "date": "",
                                        "url": "https://github.com/contentauth/c2pa-python",
                                        "note": "The library this site uses to sign and read the lab files.",
                                    },
                                    {
                                        "title": "Content Credentials: Verify",
                                        "publisher": "Content Authenticity Initiative",
                                        "date": "",
                                        "url": "https://contentcredentials.org/verify",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "which-is-which",
                    "title": "Which is which?",
                    "summary": (
                        "Tell four versions of the gallery picture apart, then check your "
                        "answers against their Content Credentials."
                    ),
                    "body": [
                        ("heading", {"text": "Four pictures, four histories", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Here are four of the pictures from the previous lesson, in a "
                                "different order. Say what each one is. Looking alone will not "
                                "always settle it, which is the point: use what you can see and "
                                "what you read in the previous lesson. When you check your "
                                "answers, each picture's Content Credentials appear with an "
                                "explanation.</p>"
                            ),
                        ),
                        (
                            "compare_exercise",
                            {
                                "title": "Which is which?",
                                "instructions": (
                                    "Choose what each picture really is. Every answer is used "
                                    "exactly once."
                                ),
                                "pass_mark": 75,
                                "max_attempts": 0,
                                "items": [
                                    {
                                        "image": "provenance-stripped",
                                        "alt_text": (
                                            "A close view of a landscape painting of green hills "
                                            "under an orange sky, in a gold frame above a bench, "
                                            "with a wall label to its right."
                                        ),
                                        "answer": "Stripped copy: no credentials",
                                        "explanation": (
                                            "<p>This copy was cropped, shrunk and re-saved without "
                                            "its metadata, so it has <b>no Content "
                                            "Credentials</b>. It still shows a genuine photo: "
                                            "missing credentials prove nothing either way.</p>"
                                        ),
                                    },
                                    {
                                        "image": "provenance-ai-generated",
                                        "alt_text": (
                                            "A painting of a pink sky and a dark headland over a "
                                            "striped sea on a violet wall, beside a tilted empty "
                                            "frame and a small label with misspelt words."
                                        ),
                                        "answer": "AI-generated, with credentials",
                                        "explanation": (
                                            "<p>The generator declared "
                                            "<i>trainedAlgorithmicMedia</i> and signed it. The "
                                            "garbled label and the warped frame are hints, but "
                                            "such visual clues are unreliable: the declaration in "
                                            "the credentials is what settles it.</p>"
                                        ),
                                    },
                                    {
                                        "image": "provenance-tampered",
                                        "alt_text": (
                                            "A landscape painting in a gold frame above a bench, "
                                            "with bare wall and a faint flat rectangle to its "
                                            "right."
                                        ),
                                        "answer": "Tampered copy: credentials no longer match",
                                        "explanation": (
                                            "<p>The wall label was painted out after signing. The "
                                            "old manifest is still attached, but the image hash "
                                            "no longer matches, so nothing it says applies to "
                                            "this version.</p>"
                                        ),
                                    },
                                    {
                                        "image": "provenance-camera-photo",
                                        "alt_text": (
                                            "A landscape painting in a gold frame on a gallery "
                                            "wall above a bench, with a wall label to its right "
                                            "reading 'Evening over the Quay'."
                                        ),
                                        "answer": "Signed camera photo",
                                        "explanation": (
                                            "<p>Valid credentials, an unchanged image and a "
                                            "<i>digitalCapture</i> source type. Remember what "
                                            "that proves: who signed and that the file has not "
                                            "changed since, not that the scene is true, and here "
                                            "the signer's certificate is not trusted.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        ("heading", {"text": "What to take away", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>Valid</b> credentials show which certificate signed "
                                "the claims and that the file has not changed since. They do not "
                                "show that the picture is true, and the name in the certificate "
                                "counts only if the validator trusts whoever issued "
                                "it.</li><li><b>Credentials that no longer match</b> mean the "
                                "file changed after signing. They describe an earlier "
                                "version.</li><li><b>No credentials</b> prove nothing: most "
                                "genuine images have none, and copies lose them "
                                "easily.</li><li>An <b>AI declaration</b> is there because the "
                                "maker chose to include it. Its absence does not mean no AI was "
                                "used.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Ask who is vouching, and for what",
                                "body": (
                                    "<p>Before relying on Content Credentials, ask three "
                                    "questions: does the validator recognise the signer, is the "
                                    "image unchanged since signing, and what exactly did the "
                                    "signer declare? Everything else is judgement, helped by "
                                    "context such as where and from whom you got the file.</p>"
                                ),
                            },
                        ),
                        (
                            "sources",
                            {
                                "heading": "Sources",
                                "citations": [
                                    {
                                        "title": "C2PA Technical Specification, version 2.1",
                                        "publisher": "Coalition for Content Provenance and Authenticity",
                                        "date": "",
                                        "url": (
                                            "https://spec.c2pa.org/specifications/specifications/"
                                            "2.1/specs/C2PA_Specification.html"
                                        ),
                                        "note": "Validation results and the trust model.",
                                    },
                                    {
                                        "title": "Digital Source Type vocabulary",
                                        "publisher": "IPTC (International Press Telecommunications Council)",
                                        "date": "",
                                        "url": "https://cv.iptc.org/newscodes/digitalsourcetype/",
                                        "note": "",
                                    },
                                    {
                                        "title": "Content Credentials: Verify",
                                        "publisher": "Content Authenticity Initiative",
                                        "date": "",
                                        "url": "https://contentcredentials.org/verify",
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
