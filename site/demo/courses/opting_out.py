"""Course: practical ways to say no to AI training, and protective tools with their limits."""

COURSE = {
    "slug": "opting-out-and-protecting-your-work",
    "title": "Opting out and protecting your work",
    "summary": (
        "Platform objection forms, robots.txt, machine-readable reservations, do-not-train "
        "registries and cloaking tools such as Glaze and Nightshade: what each does, and what it "
        "cannot do."
    ),
    "audience": (
        "Creators who publish work online and want practical, honest steps to limit its use for AI "
        "training."
    ),
    "level": "intermediate",
    "duration_minutes": 100,
    "learning_outcomes": [
        "Use platform settings and objection forms, and explain what they do and do not cover",
        "Write a robots.txt file for AI crawlers and explain its limits",
        (
            "Describe other machine-readable reservations, including TDMRep, and do-not-train "
            "registries"
        ),
        "Explain how Glaze and Nightshade work and why they are not a permanent guarantee",
        "Build a layered protection plan suited to your own work",
    ],
    "prerequisites": [],
    "image": "course-opting-out",
    "modules": [
        {
            "slug": "saying-no-to-training",
            "title": "Saying no to AI training",
            "summary": (
                "Objection forms and settings on platforms, robots.txt for your own site, and "
                "other machine-readable signals."
            ),
            "lessons": [
                {
                    "slug": "platform-settings-and-objection-forms",
                    "title": "Platform settings and objection forms",
                    "summary": (
                        "How social media and portfolio platforms use your posts for AI, and how "
                        "to use the objection forms and settings they offer."
                    ),
                    "body": [
                        ("heading", {"text": "Read the terms you agreed to", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>When you upload work to a platform, its terms of service "
                                "usually give the platform a broad licence to use what you post. "
                                "Many platforms have updated their terms and privacy policies to "
                                "mention AI, either to train their own models or to license posts "
                                "to other companies. In 2024, for example, Reddit agreed a "
                                "data-licensing deal with Google, and Tumblr and WordPress.com "
                                "added a setting to opt out of sharing with third parties, "
                                "including AI companies, after reports of planned deals. Adobe "
                                "faced a backlash the same year over wording in its terms and "
                                "clarified that it does not train its Firefly models on "
                                "customers' own content.</p><p>The first step is unglamorous: for "
                                "each platform you use, find the terms of service and privacy "
                                'policy, search them for "AI", "machine learning" and "train", and '
                                "note what you find and the date.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "Meta's objection form in the UK and EU", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The best-known example is Meta (Facebook and Instagram). In "
                                "2024 it told users in Europe it would use their public posts, "
                                "photos and captions to train its AI models, relying on the data "
                                "protection ground of <b>legitimate interests</b> rather than "
                                "consent, and offered a form to <b>object</b>. After the Irish "
                                "Data Protection Commission raised concerns and the privacy group "
                                "noyb filed complaints in eleven countries, Meta paused. It "
                                "announced in September 2024 that it would go ahead in the UK, and "
                                "in the EU it began training on adults' public content from 27 May "
                                "2025, after a German court refused to block it.</p><p>Points to "
                                "know:</p><ul><li>The form is found in the Facebook and Instagram "
                                "Privacy Centres. You do not have to give a "
                                "reason.</li><li>According to Meta and consumer groups, objecting "
                                "before training started kept existing public posts out; objecting "
                                "later only covers what is used from then on.</li><li>It covers "
                                "your own account's public content. Private messages were not "
                                "included, according to Meta.</li><li>Users in most other "
                                "countries, including the US, were not offered an equivalent form "
                                "as of 2025.</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "Other platforms", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Settings change often, but examples include LinkedIn's <i>Data "
                                "for Generative AI Improvement</i> setting (which from November "
                                "2025 also applied to members in the UK and EU), X's setting for "
                                'whether posts can train its Grok models, and the "noai" options '
                                "some art platforms, such as DeviantArt, introduced in 2022. Look "
                                "in privacy, data or AI sections of your account settings. If a "
                                "platform gives no option at all, that is useful information too: "
                                "it may affect where you choose to post full-resolution work.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "legal_note",
                                "title": "This is not legal advice: data protection is not copyright",
                                "body": (
                                    "<p>Objection forms like Meta's rest on data protection law "
                                    "(Article 21 of the GDPR and UK GDPR gives a right to object "
                                    "to processing based on legitimate interests). They concern "
                                    "<b>personal data</b>: your posts, photos of you, your "
                                    "captions. They are not a copyright opt-out, and they do not "
                                    "cover copies of your artwork posted by other people. The law "
                                    "differs between countries and is being tested in court; check "
                                    "the current position before relying on it.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "try_it",
                                "title": "A 20-minute settings check",
                                "body": (
                                    "<ol><li>Pick the three platforms where you post "
                                    'most.</li><li>In each, search the help pages for "AI '
                                    'training" and find any setting or objection form.</li><li>Use '
                                    "it if you want to, and take a dated screenshot of the "
                                    "confirmation.</li><li>Add a reminder to check again in six "
                                    "months, or whenever the platform emails you about new "
                                    "terms.</li></ol>"
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
                                            "Regulation), Article 21: Right to object"
                                        ),
                                        "publisher": "Official Journal of the European Union",
                                        "date": "2016-04-27",
                                        "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Verbraucherzentrale NRW v. Meta Platforms Ireland, "
                                            "case 15 UKl 2/25"
                                        ),
                                        "publisher": (
                                            "Oberlandesgericht Köln (Higher Regional Court of "
                                            "Cologne)"
                                        ),
                                        "date": "2025-05-23",
                                        "url": "",
                                        "note": (
                                            "Refused an injunction against Meta's AI training from "
                                            "27 May 2025."
                                        ),
                                    },
                                    {
                                        "title": (
                                            "noyb urges 11 data protection authorities to stop "
                                            "Meta's abuse of personal data for AI"
                                        ),
                                        "publisher": "noyb – European Center for Digital Rights",
                                        "date": "2024-06-06",
                                        "url": "",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "robots-txt-and-ai-crawlers",
                    "title": "robots.txt and AI crawlers",
                    "summary": (
                        "How to ask AI companies' crawlers not to collect your website, which "
                        "names to use, and why this only goes so far."
                    ),
                    "body": [
                        ("heading", {"text": "A polite notice on your front door", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p><b>robots.txt</b> is a plain text file at the top level of a "
                                "website (for example "
                                "<i>https://example-artist.org/robots.txt</i>) that tells "
                                "automated crawlers which parts of the site they may visit. The "
                                "convention dates from 1994 and was written up as an internet "
                                "standard, RFC 9309, in 2022. Each group of rules names a crawler "
                                "by its <b>user agent</b> and then lists what it may not fetch. "
                                '<i>Disallow: /</i> means "nothing on this site".</p>'
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "robots-txt-file",
                                "alt_text": (
                                    "A robots.txt file in a browser window listing GPTBot, CCBot, "
                                    "ClaudeBot, Google-Extended, Applebot-Extended and "
                                    "Meta-ExternalAgent followed by Disallow: /, then allowing all "
                                    "other user agents. A note reminds readers it is voluntary and "
                                    "only affects future visits."
                                ),
                                "caption": (
                                    "A robots.txt file that asks named AI crawlers to stay away "
                                    "while letting search engines in."
                                ),
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        ("heading", {"text": "The names to know", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Since 2023 the major AI companies have published the names "
                                "their crawlers use. Some of the most important, as of "
                                "2025:</p><ul><li><b>GPTBot</b>: OpenAI's crawler for training "
                                "data. OpenAI uses separate names for its search index "
                                "(<i>OAI-SearchBot</i>) and for pages a user asks ChatGPT to visit "
                                "(<i>ChatGPT-User</i>).</li><li><b>CCBot</b>: Common Crawl, whose "
                                "archives feed many datasets.</li><li><b>ClaudeBot</b>: "
                                "Anthropic's training crawler.</li><li><b>Google-Extended</b>: not "
                                "a crawler but a token. Blocking it asks Google not to use your "
                                "pages to train or ground its Gemini models. It does not affect "
                                "Google Search, including AI "
                                "Overviews.</li><li><b>Applebot-Extended</b>: the equivalent token "
                                "for Apple's AI training.</li><li><b>Meta-ExternalAgent</b>: "
                                "Meta's crawler, which Meta says is used for purposes such as "
                                "training AI models.</li></ul><p>The downloadable template below "
                                "includes these and more, with a comment on each line.</p>"
                            ),
                        ),
                        (
                            "document",
                            {
                                "document": "robots-txt-template",
                                "title": "Download the robots.txt template for AI crawlers",
                                "description": (
                                    "A commented robots.txt that blocks common AI training "
                                    "crawlers and explains what each line does and does not do."
                                ),
                            },
                        ),
                        ("heading", {"text": "What robots.txt cannot do", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>It is voluntary.</b> Reputable crawlers follow it; "
                                "others may ignore it or disguise themselves. In 2025 the network "
                                "company Cloudflare accused Perplexity of crawling sites that had "
                                "blocked it, which Perplexity disputed.</li><li><b>It only works "
                                "for future visits.</b> Pages collected before you added the rule "
                                "stay in archives, datasets and models.</li><li><b>It only covers "
                                "your own site.</b> Copies of your work on Instagram, Pinterest, a "
                                "shop or a newspaper site are governed by their robots.txt, not "
                                "yours.</li><li><b>Names change.</b> New crawlers appear, and "
                                "companies split or rename them. Review the file every few "
                                "months.</li><li><b>There is a trade-off.</b> Blocking AI search "
                                "crawlers may stop AI assistants from linking to you in answers. "
                                "Decide which you value more.</li></ul><p>If you use a hosted "
                                "website builder that does not let you edit robots.txt, look for a "
                                "setting to block AI crawlers. Some network providers now offer "
                                "one at a larger scale: in July 2025 Cloudflare began blocking "
                                "known AI crawlers by default for new sites on its network.</p>"
                            ),
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "User agent",
                                "definition": (
                                    "<p>The name a crawler or browser gives when it requests a web "
                                    "page, such as <i>GPTBot</i>. robots.txt rules are addressed "
                                    "to user agents.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Crawler",
                                "definition": (
                                    "<p>A program that automatically visits web pages, follows "
                                    "links and saves copies, for search engines, archives or AI "
                                    "training. Also called a bot or spider.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "title": "Check your understanding",
                                "instructions": "Two questions on robots.txt.",
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "You add a rule blocking GPTBot today. What does it "
                                            "achieve?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "It asks OpenAI's training crawler not to "
                                                    "collect your site from now on"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. It affects future crawling by "
                                                    "crawlers that respect it."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "It removes your site from models OpenAI has "
                                                    "already trained"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. robots.txt cannot reach data collected "
                                                    "before the rule existed."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "It stops copies of your work on social media "
                                                    "being collected"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. It only covers the site where the file is "
                                                    "published."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Think of robots.txt as a sign on your own front "
                                            "door, read by visitors who choose to respect it.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": "What happens if you disallow Google-Extended?",
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": "Your site disappears from Google Search",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Google says Google-Extended does not "
                                                    "affect Search inclusion or ranking."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Google is asked not to use your pages to "
                                                    "train or ground its Gemini models"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. It is a control token, not a "
                                                    "separate crawler."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Google stops showing your pages in AI "
                                                    "Overviews in Search"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. AI Overviews are part of Search, which "
                                                    "Google-Extended does not control."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Companies draw these lines differently, so read "
                                            "each one's documentation.</p>"
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
                                        "title": "RFC 9309: Robots Exclusion Protocol",
                                        "publisher": "Internet Engineering Task Force (IETF)",
                                        "date": "2022-09",
                                        "url": "https://www.rfc-editor.org/rfc/rfc9309",
                                        "note": "",
                                    },
                                    {
                                        "title": "Overview of OpenAI crawlers",
                                        "publisher": "OpenAI platform documentation",
                                        "date": "",
                                        "url": "",
                                        "note": "Describes GPTBot, OAI-SearchBot and ChatGPT-User.",
                                    },
                                    {
                                        "title": "Google's common crawlers: Google-Extended",
                                        "publisher": "Google Search Central documentation",
                                        "date": "",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Content Independence Day: no AI crawl without "
                                            "compensation"
                                        ),
                                        "publisher": "Cloudflare blog",
                                        "date": "2025-07-01",
                                        "url": "",
                                        "note": "Default blocking of AI crawlers for new domains.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "machine-readable-reservations-and-registries",
                    "title": "Other machine-readable reservations and do-not-train registries",
                    "summary": (
                        "TDMRep, meta tags, ai.txt, file metadata and Spawning's registry: what "
                        "each signal is, who reads it, and how to write a clear human-readable "
                        "notice too."
                    ),
                    "body": [
                        ("heading", {"text": "Why more than robots.txt?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>robots.txt controls <i>crawling</i> of one site. It says "
                                "nothing about what may be done with a work once it is copied, and "
                                "it cannot travel with an image that is reposted elsewhere. EU law "
                                'asks for reservations to be made "in an appropriate manner, such '
                                'as machine-readable means", without naming a format, so several '
                                "signals have been developed. None is universally respected; each "
                                "covers a different gap.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "TDMRep: the TDM Reservation Protocol", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p><b>TDMRep</b> was developed by a W3C Community Group, led "
                                "largely by European publishers, specifically to express the EU "
                                "Article 4(3) opt-out. It is a community specification, not an "
                                "official W3C standard. You can publish it in three "
                                "ways:</p><ul><li>a file at <i>/.well-known/tdmrep.json</i> on "
                                "your site listing which paths are reserved;</li><li>HTML tags in "
                                "each page: <i>tdm-reservation</i> set to 1, and optionally "
                                "<i>tdm-policy</i> pointing to your licensing terms;</li><li>the "
                                "same two values as HTTP headers sent by your "
                                "server.</li></ul><p>It is also defined for EPUB e-books. The "
                                "template below shows each method.</p>"
                            ),
                        ),
                        ("heading", {"text": "Meta tags, ai.txt and file metadata", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                '<ul><li><b>"noai" and "noimageai"</b> robots meta tags were '
                                "introduced by DeviantArt in 2022 and adopted by some other sites. "
                                "They are not a standard and few AI companies say they read "
                                "them.</li><li><b>ai.txt</b> is a file format proposed by Spawning "
                                "in 2023, similar to robots.txt but describing which kinds of "
                                "media may be used for AI training. It too is non-standard, with "
                                "limited adoption.</li><li><b>Image metadata</b> travels with the "
                                "file itself. The IPTC photo metadata standard has included a "
                                '"data mining" field since 2023, and Content Credentials (covered '
                                'in the provenance course) can carry a signed "do not train" '
                                "preference. Many platforms strip metadata on upload, so this "
                                "helps most on your own site and in files you send to "
                                "clients.</li></ul><p>Standards bodies are working on a common "
                                "vocabulary. In 2025 the Internet Engineering Task Force set up an "
                                'AI Preferences working group ("aipref") to define how to say, for '
                                'example, "no generative AI training" in robots.txt and HTTP '
                                "headers. The European Commission also consulted in 2025–26 on "
                                "which opt-out protocols AI providers should be expected to "
                                "respect. Check the current state of both.</p>"
                            ),
                        ),
                        ("heading", {"text": "Do-not-train registries", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Spawning's <b>Have I Been Trained?</b> site was launched in "
                                "2022 to let people search the LAION-5B dataset for their images, "
                                "by text or by uploading a picture, and to add images or whole "
                                "domains to its <b>Do Not Train Registry</b>. Stability AI said in "
                                "December 2022 that it would honour these opt-outs in future "
                                "training, and Hugging Face also worked with Spawning. A registry "
                                "only helps with the companies that choose to consult it, so treat "
                                "it as one layer among several.</p>"
                            ),
                        ),
                        ("heading", {"text": "Say it in words too", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A clear human-readable notice in your website footer and terms "
                                "of use is worth adding. The EU Directive's recitals mention "
                                "website terms as one way to reserve rights, and a German court "
                                "suggested in 2024 that a plain-language reservation might count "
                                "as machine-readable. A notice also shows anyone, including a "
                                "court, when and how you reserved your rights.</p>"
                            ),
                        ),
                        (
                            "document",
                            {
                                "document": "tdm-reservation-notice",
                                "title": "Download the rights-reservation notice template",
                                "description": (
                                    "Footer wording, a longer terms-of-use section, and TDMRep "
                                    "examples (file, HTML tags and HTTP headers), with a checklist."
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "TDMRep",
                                "definition": (
                                    "<p>The TDM Reservation Protocol: a W3C Community Group "
                                    "specification for stating, in machine-readable form, that a "
                                    "website's content is reserved from text and data mining, with "
                                    "an optional link to licensing terms.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "title": "Check your understanding",
                                "instructions": "Two questions on reservations and registries.",
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "Which of these are ways to publish a TDMRep "
                                            "reservation?"
                                        ),
                                        "kind": "multiple",
                                        "options": [
                                            {
                                                "text": (
                                                    "A tdmrep.json file in the /.well-known/ "
                                                    "folder of your site"
                                                ),
                                                "is_correct": True,
                                                "feedback": "Yes, that is one of the three methods.",
                                            },
                                            {
                                                "text": "A tdm-reservation meta tag in your web pages",
                                                "is_correct": True,
                                                "feedback": "Yes, HTML tags are a second method.",
                                            },
                                            {
                                                "text": "A tdm-reservation HTTP header",
                                                "is_correct": True,
                                                "feedback": "Yes, HTTP headers are the third method.",
                                            },
                                            {
                                                "text": "A hashtag in your Instagram captions",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Hashtags are not part of TDMRep and are "
                                                    "not machine-readable reservations in any "
                                                    "standard sense."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Use whichever your website set-up allows, and pair "
                                            "it with a human-readable notice.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "What is the main limit of a do-not-train registry "
                                            "such as Spawning's?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "It only helps with AI developers who choose "
                                                    "to check it"
                                                ),
                                                "is_correct": True,
                                                "feedback": "Correct. It is a voluntary system.",
                                            },
                                            {
                                                "text": (
                                                    "It deletes your images from every existing "
                                                    "model"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Registries affect future dataset use by "
                                                    "participating developers, not existing models."
                                                ),
                                            },
                                            {
                                                "text": "It is only available to US citizens",
                                                "is_correct": False,
                                                "feedback": "No. Anyone can search and register.",
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Registries, like robots.txt, rely on the other "
                                            "side's cooperation, which is why law and transparency "
                                            "rules matter too.</p>"
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
                                        "title": "TDM Reservation Protocol Community Group",
                                        "publisher": "World Wide Web Consortium (W3C)",
                                        "date": "",
                                        "url": "https://www.w3.org/community/tdmrep/",
                                        "note": "Community Group, not a W3C standard.",
                                    },
                                    {
                                        "title": "Directive (EU) 2019/790, Article 4(3) and Recital 18",
                                        "publisher": "Official Journal of the European Union",
                                        "date": "2019-04-17",
                                        "url": "https://eur-lex.europa.eu/eli/dir/2019/790/oj",
                                        "note": "",
                                    },
                                    {
                                        "title": "AI Preferences (aipref) working group",
                                        "publisher": "Internet Engineering Task Force (IETF)",
                                        "date": "2025",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "IPTC Photo Metadata Standard 2023.1 (Data Mining "
                                            "property)"
                                        ),
                                        "publisher": "IPTC",
                                        "date": "2023",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": "Have I Been Trained? and the Do Not Train Registry",
                                        "publisher": "Spawning",
                                        "date": "2022",
                                        "url": "",
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
            "slug": "cloaking-and-a-protection-plan",
            "title": "Cloaking tools and a protection plan",
            "summary": (
                "How Glaze and Nightshade work, their limits, and how to combine everything into a "
                "plan."
            ),
            "lessons": [
                {
                    "slug": "how-glaze-and-nightshade-work",
                    "title": "How Glaze and Nightshade work",
                    "summary": (
                        "Two tools from the University of Chicago that alter pixels so that AI "
                        "models misread an image."
                    ),
                    "body": [
                        ("heading", {"text": "Changing what the machine sees", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Image models do not see pictures the way people do. They turn "
                                "each image into a list of numbers, called <i>features</i>, using "
                                "an encoder. Researchers have known for years that carefully "
                                "chosen, tiny changes to pixels can shift those features a long "
                                "way while barely changing what a person sees. These are called "
                                "<b>adversarial perturbations</b>. A team at the University of "
                                "Chicago's SAND Lab, led by Ben Zhao and Heather Zheng, built two "
                                "free tools for artists on this idea.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "glaze-nightshade",
                                "alt_text": (
                                    "Two rows. Glaze: a landscape painting that people see as the "
                                    "painting, while the model sees a different art style. "
                                    "Nightshade: a cow in a field that people see as a cow, while "
                                    "the model sees a leather handbag."
                                ),
                                "caption": "What each tool aims for, simplified.",
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        (
                            "heading",
                            {"text": "Glaze: defending against style mimicry", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p><b>Glaze</b>, released in March 2023 and described in a paper "
                                "at the USENIX Security Symposium that year, targets <i>style "
                                "mimicry</i>: someone fine-tuning a model on a few of your images "
                                'to generate new work "in your style". Glaze computes a '
                                "perturbation, which its authors call a cloak, that makes the "
                                "model's encoder see your image as if it were in a different "
                                "style. A model fine-tuned on glazed images learns the wrong "
                                "style. You choose an intensity: higher settings protect more but "
                                "are more visible. There is a desktop app and a web version, "
                                "WebGlaze, for artists without a powerful computer.</p>"
                            ),
                        ),
                        ("heading", {"text": "Nightshade: making scraping costly", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p><b>Nightshade</b>, released in January 2024 and presented at "
                                "the IEEE Symposium on Security and Privacy that year, is designed "
                                "as an offensive tool. It alters an image so that a model trained "
                                "on it learns a wrong association: to the model, a picture of a "
                                "cow might look like a handbag. The authors showed that a "
                                'relatively small number of such "poisoned" images, in their '
                                "experiments, could noticeably corrupt how a model handled a "
                                "particular concept. The aim is not to protect one picture but to "
                                "make training on unlicensed, scraped images riskier and more "
                                "expensive, pushing developers towards licensing. Its real-world "
                                "effect on large models has not been publicly measured.</p>"
                            ),
                        ),
                        (
                            "comparison",
                            {
                                "heading": "Original and simulated cloaked version",
                                "first": {
                                    "image": "artwork-original",
                                    "alt_text": (
                                        "A stylised landscape painting with an orange sky, pale "
                                        "sun, layered green hills and small trees, with smooth "
                                        "areas of flat colour."
                                    ),
                                    "label": "Original",
                                    "credit": "Illustration made for this course",
                                    "ai_generated": False,
                                },
                                "second": {
                                    "image": "artwork-cloaked",
                                    "alt_text": (
                                        "The same landscape with faint grain across the whole "
                                        "image and soft, blotchy colour shifts, most visible in "
                                        "the flat sky."
                                    ),
                                    "label": "With Glaze-style perturbation (simulated)",
                                    "credit": (
                                        "Simulated for this course with random noise, not made "
                                        "with Glaze"
                                    ),
                                    "ai_generated": True,
                                },
                                "caption": (
                                    "<p>This is a <b>simulation</b> made with random noise, not "
                                    "real Glaze output. Notice where the changes show most: in "
                                    "large flat areas like the sky. Real cloaks are computed for a "
                                    "model, not random, and their visibility depends on the "
                                    "intensity you choose.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Adversarial perturbation",
                                "definition": (
                                    "<p>A small, deliberately calculated change to an input, such "
                                    "as pixel values, that makes an AI model misinterpret it while "
                                    "people notice little or no difference.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Data poisoning",
                                "definition": (
                                    "<p>Deliberately altering training data so that a model "
                                    "trained on it learns wrong or harmful behaviour. Nightshade "
                                    "is a poisoning tool aimed at unlicensed training.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "try_it",
                                "title": "Test it on one image",
                                "body": (
                                    "<p>Download Glaze from the official University of Chicago "
                                    "site only (copies elsewhere may be fake or altered). Run it "
                                    "on a recent image at two intensities, then compare them with "
                                    "the original at full size and at the size you usually post. "
                                    "Decide which level you could live with. Keep your unaltered "
                                    "original offline.</p>"
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
                                            "Glaze: Protecting Artists from Style Mimicry by "
                                            "Text-to-Image Models"
                                        ),
                                        "publisher": "Shan et al., USENIX Security Symposium 2023",
                                        "date": "2023-02-08",
                                        "url": "https://arxiv.org/abs/2302.04222",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Nightshade: Prompt-Specific Poisoning Attacks on "
                                            "Text-to-Image Generative Models"
                                        ),
                                        "publisher": (
                                            "Shan et al., IEEE Symposium on Security and Privacy "
                                            "2024"
                                        ),
                                        "date": "2023-10-20",
                                        "url": "https://arxiv.org/abs/2310.13828",
                                        "note": "",
                                    },
                                    {
                                        "title": "Glaze project site",
                                        "publisher": "University of Chicago SAND Lab",
                                        "date": "",
                                        "url": "https://glaze.cs.uchicago.edu/",
                                        "note": "",
                                    },
                                    {
                                        "title": "Nightshade project site",
                                        "publisher": "University of Chicago SAND Lab",
                                        "date": "",
                                        "url": "https://nightshade.cs.uchicago.edu/",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "limits-of-cloaking",
                    "title": "The limits of cloaking",
                    "summary": (
                        "Why protections can be removed or outdated, what researchers have shown, "
                        "and how to use these tools sensibly."
                    ),
                    "body": [
                        ("heading", {"text": "A cat-and-mouse game", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Cloaking tools are a form of security, and security tools are "
                                "tested by attackers. Glaze and Nightshade calculate their changes "
                                "against particular image encoders. If someone finds a way to "
                                "remove the changes, or trains a future model whose encoder is not "
                                "fooled by them, an image that was protected yesterday may not be "
                                "protected tomorrow. Crucially, an image you posted in 2024 cannot "
                                "be re-cloaked once it has been collected: whoever copied it keeps "
                                "that version for as long as they like, and can try new removal "
                                "techniques on it later.</p>"
                            ),
                        ),
                        ("heading", {"text": "What the research shows", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>In 2024 researchers from ETH Zurich and Google DeepMind "
                                "(Hönig, Rando, Carlini and Tramèr) reported in <i>Adversarial "
                                "Perturbations Cannot Reliably Protect Artists From Generative "
                                "AI</i> that simple, widely available techniques, such as certain "
                                "kinds of image upscaling, could strip protections from several "
                                "tools, including Glaze, so that style mimicry worked again. The "
                                "Glaze team disputed parts of the evaluation and updated the tool; "
                                "the debate continued.</li><li>In 2025 researchers from the "
                                "University of Cambridge, TU Darmstadt and the University of Texas "
                                "at San Antonio presented <b>LightShed</b> at the USENIX Security "
                                "Symposium. It learns to detect images protected by tools such as "
                                "Nightshade and Glaze and to remove the perturbations, and the "
                                "authors reported near-perfect detection for Nightshade. They said "
                                "their aim was to show artists the limits of current "
                                "protections.</li></ul><p>These results do not mean the tools are "
                                "useless. They raise the effort required, may deter casual "
                                "mimicry, and send a clear signal of non-consent. But they should "
                                "not be relied on as a guarantee.</p>"
                            ),
                        ),
                        ("heading", {"text": "Practical costs", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>Visible artefacts.</b> At higher intensities, cloaks "
                                "can show as grain, smudges or colour shifts, especially in flat "
                                "colour, line art and pixel art. Many artists find this "
                                "unacceptable for their portfolio.</li><li><b>Time and computing "
                                "power.</b> Processing can take minutes per image on an ordinary "
                                "computer.</li><li><b>Scope.</b> The tools are designed around "
                                "training and fine-tuning. They do not stop someone from simply "
                                "reposting, tracing or photographing your "
                                "work.</li><li><b>Compression.</b> Platforms resize and compress "
                                "uploads, which can weaken some perturbations.</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "What the tool makers say", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Glaze team has been open that Glaze is not a permanent "
                                "solution: it is designed to work against the techniques in use "
                                "when each version is released, and it is updated as new attacks "
                                "appear. Both tools remain free, and the team argues that even "
                                "imperfect protection raises the cost of mimicry and gives artists "
                                "time while laws and licensing catch up. Read the project's own "
                                "FAQ and updates before you decide, and be wary of copies of the "
                                "tools offered on other websites.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "How to use cloaking well",
                                "body": (
                                    "<ul><li>Treat it as one layer, alongside legal notices, "
                                    "opt-outs and good records.</li><li>Apply it to new work "
                                    "before it is first posted publicly, and keep unaltered "
                                    "originals offline.</li><li>Post at the smallest size that "
                                    "still serves your audience.</li><li>Update the tools when new "
                                    "versions appear, and follow what researchers find.</li></ul>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "title": "Check your understanding",
                                "instructions": "Two questions on the limits of cloaking.",
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "Why might an image you cloaked and posted in 2024 be "
                                            "less protected today?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "Anyone who copied it can apply newer removal "
                                                    "techniques, or use models not fooled by the "
                                                    "cloak"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. The copy stays fixed while attacks "
                                                    "improve."
                                                ),
                                            },
                                            {
                                                "text": "Cloaks wear off over time like fading ink",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. The pixels do not change by themselves; "
                                                    "the tools used against them do."
                                                ),
                                            },
                                            {
                                                "text": "Glaze automatically expires after a year",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. There is no expiry; the issue is progress "
                                                    "in removal and new models."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Protection that depends on fooling today's models "
                                            "can be overtaken by tomorrow's.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "Which of these are known limitations of Glaze-style "
                                            "cloaking?"
                                        ),
                                        "kind": "multiple",
                                        "options": [
                                            {
                                                "text": (
                                                    "Visible artefacts at higher intensity, "
                                                    "especially in flat colour"
                                                ),
                                                "is_correct": True,
                                                "feedback": "Yes. This is a common complaint.",
                                            },
                                            {
                                                "text": (
                                                    "Research such as LightShed shows "
                                                    "perturbations can be detected and removed"
                                                ),
                                                "is_correct": True,
                                                "feedback": "Yes, presented at USENIX Security 2025.",
                                            },
                                            {
                                                "text": (
                                                    "It cannot protect copies collected before you "
                                                    "applied it"
                                                ),
                                                "is_correct": True,
                                                "feedback": "Yes. Only the versions you cloak are affected.",
                                            },
                                            {
                                                "text": "It makes an image legally impossible to copy",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. It is a technical measure, not a legal "
                                                    "one."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Knowing the limits lets you decide where the tools "
                                            "are worth their cost for your work.</p>"
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
                                            "Adversarial Perturbations Cannot Reliably Protect "
                                            "Artists From Generative AI"
                                        ),
                                        "publisher": "Hönig, Rando, Carlini and Tramèr",
                                        "date": "2024-06-17",
                                        "url": "https://arxiv.org/abs/2406.12027",
                                        "note": "Published at ICLR 2025.",
                                    },
                                    {
                                        "title": (
                                            "LightShed: Defeating Perturbation-based Image "
                                            "Copyright Protections"
                                        ),
                                        "publisher": (
                                            "Foerster, Behrouzi, Rieger, Jadliwala and Sadeghi, "
                                            "USENIX Security Symposium 2025"
                                        ),
                                        "date": "2025-08",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": "Glaze project site: updates and FAQ",
                                        "publisher": "University of Chicago SAND Lab",
                                        "date": "",
                                        "url": "https://glaze.cs.uchicago.edu/",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "your-protection-plan",
                    "title": "Building your own protection plan",
                    "summary": (
                        "Decide what you want, then combine records, settings, website signals, "
                        "metadata, cloaking and collective action."
                    ),
                    "body": [
                        ("heading", {"text": "Start with what you want", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>There is no single right answer. Some artists want no AI "
                                "training on their work at all. Others are open to it if they are "
                                "asked and paid, or want credit and no imitation of their style. "
                                "Some use AI tools themselves. Your answer decides which tools "
                                "make sense: a licensing-minded artist needs clear terms and a "
                                "contact route; someone who wants nothing used needs every layer "
                                "of refusal they can manage.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "protection-layers",
                                "alt_text": (
                                    "Six stacked layers: records and rights; platform settings; "
                                    "your website (robots.txt, TDMRep, notice); your files "
                                    "(metadata and Content Credentials); your images (smaller "
                                    "posts, marks, cloaking); and together (unions, societies, "
                                    "collective licensing)."
                                ),
                                "caption": "Each layer covers gaps in the others.",
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        ("heading", {"text": "The layers", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ol><li><b>Records and rights.</b> Keep dated, full-resolution "
                                "originals offline. Know what your contracts allow. If you are in "
                                "the US, consider registering important works, because "
                                "registration affects what you can do in "
                                "court.</li><li><b>Platform settings.</b> Use objection forms and "
                                "AI settings; screenshot the confirmations.</li><li><b>Your "
                                "website.</b> robots.txt for AI crawlers, TDMRep, and a dated "
                                "rights-reservation notice.</li><li><b>Your files.</b> Put your "
                                "name, contact and rights statement in the metadata, and add "
                                "Content Credentials with a training preference where your tools "
                                "allow.</li><li><b>Your images.</b> Post smaller versions; "
                                "consider visible marks for previews and cloaking for new "
                                "work.</li><li><b>Together.</b> Unions, professional bodies and "
                                "collecting societies negotiate, lobby and increasingly offer "
                                "licensing routes. Collective voices shaped the UK debate in "
                                "2025.</li></ol>"
                            ),
                        ),
                        ("heading", {"text": "Monitoring and responding", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Search dataset tools such as Have I Been Trained? now and "
                                "then, and use reverse image search to find copies of your work. "
                                "If you find an output or a fine-tuned model that reproduces your "
                                "work or trades on your name, collect evidence (screenshots, "
                                "links, dates), use the platform's intellectual property reporting "
                                "process, and ask your union or a lawyer about your options. In "
                                "the US, platforms generally respond to formal copyright takedown "
                                "notices under the Digital Millennium Copyright Act; in the EU, "
                                "the Digital Services Act requires online platforms to offer a way "
                                "to report illegal content, including copyright infringement.</p>"
                            ),
                        ),
                        ("heading", {"text": "A worked example", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Amira is an illustrator who sells prints online and posts "
                                "work-in-progress on Instagram. She decides she wants no AI "
                                "training without payment. She objects through Meta's form and "
                                "screenshots the confirmation; adds the robots.txt template and a "
                                "rights notice to her shop site; exports finished pieces with "
                                "Content Credentials and a training preference; posts only small, "
                                "cloaked previews to social media; keeps full-resolution originals "
                                "offline; and joins her professional association's mailing list on "
                                "AI licensing. None of these steps is perfect on its own. Together "
                                "they make her wishes clear, raise the effort needed to use her "
                                "work, and leave a dated record if she ever needs to enforce her "
                                "rights.</p>"
                            ),
                        ),
                        (
                            "document",
                            {
                                "document": "protection-plan-worksheet",
                                "title": "Download the protection plan worksheet",
                                "description": (
                                    "A 30-minute worksheet to choose your layers, list where your "
                                    "work lives and plan your next three actions."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "try_it",
                                "title": "Make your plan",
                                "body": (
                                    "<p>Fill in the worksheet for your own practice. Choose no "
                                    "more than three actions for the next month; small steps you "
                                    "actually take beat a perfect plan you never start. If you are "
                                    "in a workshop, compare plans with the person next to you.</p>"
                                ),
                            },
                        ),
                        (
                            "sources",
                            {
                                "heading": "Sources",
                                "citations": [
                                    {
                                        "title": "RFC 9309: Robots Exclusion Protocol",
                                        "publisher": "Internet Engineering Task Force (IETF)",
                                        "date": "2022-09",
                                        "url": "https://www.rfc-editor.org/rfc/rfc9309",
                                        "note": "",
                                    },
                                    {
                                        "title": "TDM Reservation Protocol Community Group",
                                        "publisher": "World Wide Web Consortium (W3C)",
                                        "date": "",
                                        "url": "https://www.w3.org/community/tdmrep/",
                                        "note": "",
                                    },
                                    {
                                        "title": "Glaze project site",
                                        "publisher": "University of Chicago SAND Lab",
                                        "date": "",
                                        "url": "https://glaze.cs.uchicago.edu/",
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
                },
            ],
        },
    ],
}
