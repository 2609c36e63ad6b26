"""Course: copyright, training data and the law in the US, the EU and the UK."""

NOT_LEGAL_ADVICE = {
    "kind": "legal_note",
    "title": "This is not legal advice",
    "body": (
        "<p>This lesson explains the law in general terms for artists, as of the dates given. It "
        "is not legal advice about your situation. Laws, cases and guidance in this area are "
        "changing quickly: check the current position, and talk to a lawyer, your union or your "
        "professional association before relying on it.</p>"
    ),
}

COURSE = {
    "slug": "copyright-and-ai-training",
    "title": "Copyright, the law and AI training",
    "summary": (
        "Copyright basics for creators, the US fair-use cases, the EU text-and-data-mining rules "
        "and AI Act, and the UK debate, explained in plain English with dates."
    ),
    "audience": (
        "Creators and the staff who support them who want to understand the legal arguments about "
        "AI training without a law degree."
    ),
    "level": "intermediate",
    "duration_minutes": 120,
    "learning_outcomes": [
        "Describe what copyright protects and how it applies to copying for AI training",
        "Summarise the 2025 US court rulings on fair use and AI training and what they left open",
        "Explain the EU text-and-data-mining exceptions and how the Article 4(3) opt-out works",
        "Outline what the EU AI Act requires of general-purpose AI model providers and when",
        (
            "Describe the UK's current law, its 2024–26 policy debate and the Getty v Stability AI "
            "ruling"
        ),
    ],
    "prerequisites": ["how-generative-ai-learns"],
    "image": "course-copyright-law",
    "modules": [
        {
            "slug": "copyright-and-the-us-cases",
            "title": "Copyright basics and the US cases",
            "summary": (
                "What copyright gives you, and how US courts began to answer the fair-use question "
                "in 2025."
            ),
            "lessons": [
                {
                    "slug": "copyright-basics-for-creators",
                    "title": "Copyright basics for creators",
                    "summary": (
                        "What copyright protects, who owns it, how long it lasts, and why AI "
                        "training raises copyright questions at all."
                    ),
                    "body": [
                        ("callout", NOT_LEGAL_ADVICE),
                        ("heading", {"text": "You already have copyright", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In the UK, the EU, the US and the other countries that belong "
                                "to the Berne Convention, copyright arises automatically when you "
                                "create an original work and record it: a drawing, painting, "
                                "photograph, sculpture, poem, song or piece of writing. You do not "
                                "need to register it or add a © symbol, though a notice helps tell "
                                "people who to ask.</p><p>The United States is a partial exception "
                                "in practice. For works first published in the US, you must "
                                "register with the US Copyright Office before you can sue for "
                                "infringement, and registering early makes extra remedies "
                                "(statutory damages and legal costs) available. In <i>Andersen v. "
                                "Stability AI</i>, some artists' copyright claims were dismissed "
                                "in 2023 because their works were not registered.</p>"
                            ),
                        ),
                        ("heading", {"text": "What it protects, and for how long", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Copyright protects the <b>expression</b> in your work, not the "
                                "ideas, facts, techniques or general style behind it. It gives you "
                                "exclusive rights to copy the work, to distribute copies, to adapt "
                                "it and to communicate it to the public, for example online. For "
                                "most works by individual creators it lasts for your lifetime plus "
                                "70 years in the UK, the EU and (for works created since 1978) the "
                                "US.</p><p>Many countries, including the UK and EU member states, "
                                "also give you <b>moral rights</b>: the right to be named as the "
                                "author and to object to derogatory treatment of your work. Moral "
                                "rights are weaker in the US and can be waived in some places, for "
                                "example by contract in the UK.</p>"
                            ),
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Copyright",
                                "definition": (
                                    "<p>An automatic legal right over an original creative work "
                                    "that lets its owner control copying, distribution, adaptation "
                                    "and communication to the public, subject to exceptions such "
                                    "as fair use or fair dealing.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Moral rights",
                                "definition": (
                                    "<p>Rights to be credited as the author of a work and to "
                                    "object to distortion of it. They stay with the creator even "
                                    "if the copyright is sold, but can be waived in some "
                                    "countries.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "Who owns it", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Usually the creator owns the copyright. The main exceptions "
                                "are work made by employees as part of their job (owned by the "
                                'employer in the UK and in the US as "work made for hire") and '
                                "rights you have transferred in writing. A commission does not, by "
                                "itself, transfer copyright in the UK: the client normally gets a "
                                "licence to use the work for the agreed purpose unless the "
                                "contract says otherwise. Read contracts carefully for wording "
                                'such as "all rights", "any media now known or later developed" or '
                                '"sub-license to third parties": such grants can reach AI uses '
                                "that nobody mentioned.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "Why training raises copyright questions", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Training involves making copies: downloading images or text, "
                                "storing them, converting them and feeding them through the model. "
                                "Copying is one of the copyright owner's exclusive rights, so the "
                                "copying needs either permission or an exception in the law. Which "
                                "exception might apply depends on where the copying "
                                "happens:</p><ul><li><b>United States:</b> the flexible, "
                                "case-by-case doctrine of <i>fair use</i>.</li><li><b>European "
                                "Union:</b> specific text-and-data-mining exceptions, one with an "
                                "opt-out.</li><li><b>United Kingdom:</b> a narrow "
                                "text-and-data-mining exception for non-commercial research "
                                "only.</li></ul><p>A second set of questions concerns "
                                "<b>outputs</b>: whether a model itself, or something it "
                                "generates, reproduces a substantial part of a protected work.</p>"
                            ),
                        ),
                        ("heading", {"text": "Can AI output be protected?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In the US, copyright requires a human author. In March 2025 "
                                "the federal appeals court in Washington, D.C. confirmed this in "
                                "<i>Thaler v. Perlmutter</i>, and the US Copyright Office's "
                                "January 2025 report on copyrightability said that prompts alone "
                                "generally do not make someone the author of an output, while "
                                "human selection, arrangement and modification can be protected. "
                                'The UK has an unusual provision for "computer-generated works" '
                                "(section 9(3) of the Copyright, Designs and Patents Act 1988); in "
                                "2026 the UK government said it would prefer to remove it. Check "
                                "the current position before relying on either.</p>"
                            ),
                        ),
                        (
                            "sources",
                            {
                                "heading": "Sources",
                                "citations": [
                                    {
                                        "title": "Copyright, Designs and Patents Act 1988",
                                        "publisher": "UK legislation",
                                        "date": "1988",
                                        "url": "https://www.legislation.gov.uk/ukpga/1988/48",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Copyright and Artificial Intelligence, Part 2: "
                                            "Copyrightability"
                                        ),
                                        "publisher": "US Copyright Office",
                                        "date": "2025-01-29",
                                        "url": "https://www.copyright.gov/ai/",
                                        "note": "",
                                    },
                                    {
                                        "title": "Thaler v. Perlmutter",
                                        "publisher": (
                                            "US Court of Appeals for the District of Columbia "
                                            "Circuit"
                                        ),
                                        "date": "2025-03-18",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": "Report on Copyright and Artificial Intelligence",
                                        "publisher": "UK Government (DSIT, DCMS and IPO)",
                                        "date": "2026-03-18",
                                        "url": "https://www.gov.uk/government/publications/report-and-impact-assessment-on-copyright-and-artificial-intelligence",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "first-fair-use-rulings",
                    "title": "Fair use and the first US rulings on AI training",
                    "summary": (
                        "The four fair-use factors and what three 2025 decisions (Ross, Bartz and "
                        "Kadrey) did and did not decide."
                    ),
                    "body": [
                        ("callout", NOT_LEGAL_ADVICE),
                        ("heading", {"text": "Fair use in four questions", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                '<p>US copyright law (17 U.S.C. § 107) allows "fair use" of a work '
                                "without permission. A court weighs four factors:</p><ol><li>the "
                                "<b>purpose and character</b> of the use, including whether it is "
                                "commercial and whether it is <i>transformative</i>, meaning it "
                                "serves a different purpose from the original;</li><li>the "
                                "<b>nature</b> of the work (creative works get stronger protection "
                                "than factual ones);</li><li>the <b>amount</b> used;</li><li>the "
                                "<b>effect on the market</b> for the original, including licensing "
                                "markets.</li></ol><p>There is no formula, and different judges "
                                "can weigh the same factors differently. In 2025 three federal "
                                "district courts issued the first rulings on AI training.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "us-cases-timeline",
                                "alt_text": (
                                    "Timeline from January 2023 to September 2025 showing when "
                                    "Andersen, Getty and New York Times cases were filed and when "
                                    "the Ross, Bartz and Kadrey rulings, the Copyright Office "
                                    "report and the Bartz settlement happened."
                                ),
                                "caption": (
                                    "Key US moments to September 2025. Check each case's current "
                                    "status."
                                ),
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        (
                            "heading",
                            {
                                "text": "Thomson Reuters v. Ross Intelligence (11 February 2025)",
                                "level": "h3",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Ross built an AI legal-research tool using material derived "
                                "from Westlaw's headnotes, short summaries written by Thomson "
                                "Reuters' editors. Judge Stephanos Bibas (sitting in the District "
                                "of Delaware) held that this was <b>not fair use</b>: the use was "
                                "commercial, not transformative, and aimed at a competing product. "
                                "The AI was not generative, which limits how far the ruling "
                                "applies to image and text generators. The judge allowed an "
                                "immediate appeal, and as of mid-2026 the case was before the "
                                "Third Circuit Court of Appeals.</p>"
                            ),
                        ),
                        ("heading", {"text": "Bartz v. Anthropic (23 June 2025)", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Authors sued Anthropic over the books used to build its Claude "
                                "models. Judge William Alsup (Northern District of California) "
                                "split the question in three:</p><ul><li>using lawfully acquired "
                                "books to <b>train</b> models was fair use, which he called "
                                '"exceedingly transformative";</li><li>buying print books and '
                                "<b>scanning</b> them into a digital library was also fair "
                                "use;</li><li>but downloading millions of <b>pirated</b> books "
                                "from shadow libraries to build a permanent central library was "
                                "<b>not</b> fair use, and that claim was sent towards "
                                "trial.</li></ul><p>Facing that trial, Anthropic agreed a "
                                "settlement of $1.5 billion, roughly $3,000 per book for about "
                                "half a million works, which the court preliminarily approved on "
                                "25 September 2025. Check whether final approval has been "
                                "given.</p>"
                            ),
                        ),
                        ("heading", {"text": "Kadrey v. Meta (25 June 2025)", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Two days later, Judge Vince Chhabria, in the same court, "
                                "granted Meta summary judgment on fair use for training its Llama "
                                "models on the plaintiffs' books. But he stressed that the ruling "
                                "did not mean Meta's use was lawful in general; the authors had "
                                "simply made the wrong arguments and had not produced evidence of "
                                "the harm he thought most important: <b>market dilution</b>, where "
                                "floods of AI-generated works compete with and depress sales of "
                                "human-made ones. Other claims in the case continued.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "What to take away",
                                "body": (
                                    "<ul><li>These are first-instance decisions, binding only in "
                                    "their own cases. Appeals may change them.</li><li>Where the "
                                    "copies came from mattered: pirated sources were treated very "
                                    "differently.</li><li>Market harm, including possible dilution "
                                    "of creators' markets, is the battleground to "
                                    "watch.</li><li>All three cases were about text. No US court "
                                    "had ruled on fair use for training image generators by the "
                                    "end of 2025.</li></ul>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "title": "Check your understanding",
                                "instructions": "Three questions on the 2025 rulings.",
                                "pass_mark": 60,
                                "questions": [
                                    {
                                        "prompt": (
                                            "In Bartz v. Anthropic (June 2025), which uses did "
                                            "Judge Alsup find to be fair use? Choose all that "
                                            "apply."
                                        ),
                                        "kind": "multiple",
                                        "options": [
                                            {
                                                "text": "Training the models on lawfully acquired books",
                                                "is_correct": True,
                                                "feedback": (
                                                    'Yes. He called training "exceedingly '
                                                    'transformative".'
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Scanning purchased print books into a digital "
                                                    "library"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Yes. Digitising books Anthropic had bought "
                                                    "was also held to be fair use."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Downloading pirated books to keep in a "
                                                    "central library"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. That part was held not to be fair use, "
                                                    "which led to the $1.5 billion settlement."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>The ruling drew a line between how works were used "
                                            "and how the copies were obtained.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "Why did the court in Thomson Reuters v. Ross reject "
                                            "fair use?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "The use was commercial, not transformative, "
                                                    "and fed a competing product"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. The factors all pointed the same way "
                                                    "on those facts."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Because all AI training is automatically "
                                                    "infringing"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. The judge decided on the particular "
                                                    "facts, and the AI involved was not generative."
                                                ),
                                            },
                                            {
                                                "text": "Because Ross was a non-profit research project",
                                                "is_correct": False,
                                                "feedback": "No. Ross was a commercial company.",
                                            },
                                        ],
                                        "explanation": (
                                            "<p>The ruling was appealed to the Third Circuit. Its "
                                            "reach to generative AI is debated.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "What did Judge Chhabria say about his ruling for Meta "
                                            "in Kadrey v. Meta?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "That it settles the legality of AI training "
                                                    "for all US cases"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. He said the opposite: it does not stand "
                                                    "for the proposition that Meta's use was "
                                                    "lawful."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "That the plaintiffs lost because they did not "
                                                    "develop evidence of market harm such as "
                                                    "dilution"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. He suggested market dilution could "
                                                    "win future cases."
                                                ),
                                            },
                                            {
                                                "text": "That books are not protected by copyright",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. The books were protected; the question "
                                                    "was whether fair use applied."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Kadrey shows that the outcome can depend heavily "
                                            "on the evidence each side brings.</p>"
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
                                            "17 U.S. Code § 107: Limitations on exclusive rights: "
                                            "Fair use"
                                        ),
                                        "publisher": "Legal Information Institute, Cornell Law School",
                                        "date": "",
                                        "url": "https://www.law.cornell.edu/uscode/text/17/107",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Thomson Reuters Enterprise Centre GmbH v. Ross "
                                            "Intelligence Inc., memorandum opinion on summary "
                                            "judgment"
                                        ),
                                        "publisher": "US District Court for the District of Delaware",
                                        "date": "2025-02-11",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": "Bartz v. Anthropic PBC, order on fair use",
                                        "publisher": (
                                            "US District Court for the Northern District of "
                                            "California"
                                        ),
                                        "date": "2025-06-23",
                                        "url": "",
                                        "note": (
                                            "Preliminary approval of the settlement followed on "
                                            "2025-09-25."
                                        ),
                                    },
                                    {
                                        "title": (
                                            "Kadrey v. Meta Platforms, Inc., order on "
                                            "cross-motions for partial summary judgment"
                                        ),
                                        "publisher": (
                                            "US District Court for the Northern District of "
                                            "California"
                                        ),
                                        "date": "2025-06-25",
                                        "url": "",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "cases-still-running-and-the-copyright-office",
                    "title": "Cases still running, and what the US Copyright Office said",
                    "summary": (
                        "The artists' case against Stability AI and others, Getty's US case, the "
                        "New York Times case, and the Copyright Office's 2025 report on training."
                    ),
                    "body": [
                        ("callout", NOT_LEGAL_ADVICE),
                        (
                            "heading",
                            {"text": "Andersen v. Stability AI: the artists' case", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>In January 2023 the illustrators Sarah Andersen, Kelly "
                                "McKernan and Karla Ortiz filed a proposed class action in the "
                                "Northern District of California against Stability AI, Midjourney "
                                "and DeviantArt; more artists and the company Runway were added "
                                "later. They argue that the companies copied their works to train "
                                "image models, that the models themselves contain compressed "
                                "copies of the works, and that outputs and marketing trade on "
                                "their names.</p><p>In October 2023 Judge William Orrick dismissed "
                                "most claims but let the artists amend their complaint. In August "
                                "2024 he allowed the core copyright claims against all four "
                                "companies, and some trade mark-based claims, to go forward, "
                                'noting that whether the works are contained in the model "as '
                                'algorithmic or mathematical representations" should be tested '
                                "with evidence. As of 2025 the case was in the evidence-gathering "
                                "stage. No decision on fair use had been made; check its current "
                                "status.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "Getty Images v. Stability AI in the US", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Getty Images sued Stability AI in the US in February 2023, as "
                                "well as in the UK, claiming that millions of its photos were "
                                "copied to train Stable Diffusion and that some outputs even "
                                "showed distorted Getty watermarks. The UK case reached judgment "
                                "in November 2025 and is covered in the Europe and UK module. As "
                                "of 2025 the US case had not produced a ruling on whether the "
                                "training was lawful.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "The New York Times v. Microsoft and OpenAI", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Filed in December 2023 in New York, this case combines "
                                "training and output claims: the Times says millions of its "
                                "articles were used to train OpenAI's models and that ChatGPT can "
                                "reproduce articles nearly word for word, competing with its "
                                "journalism. The companies argue that training is fair use and "
                                "that the examples were produced by unusual prompting. In 2025 the "
                                "court allowed the main copyright claims to proceed and the case "
                                "was grouped with other authors' and news publishers' cases "
                                "against OpenAI. It is a good one to follow for questions about "
                                "memorisation and outputs.</p><p>Output-focused cases are "
                                "multiplying. In June 2025, for example, Disney and Universal sued "
                                "Midjourney, arguing that it generates images of their well-known "
                                "characters on demand.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "The Copyright Office's report on training (May 2025)",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The US Copyright Office does not decide cases, but courts read "
                                "its views. Its report series <i>Copyright and Artificial "
                                "Intelligence</i> has three parts: digital replicas (July 2024), "
                                "copyrightability (January 2025) and <b>generative AI "
                                'training</b>, released as a "pre-publication version" on 9 May '
                                "2025. Key points of Part 3:</p><ul><li>several steps in building "
                                "a model, including assembling datasets and training, involve "
                                "copying that the copyright owner's rights cover, so they need "
                                "fair use or a licence;</li><li>fair use depends on the facts; "
                                "research or uses that do not compete with the originals are more "
                                "likely to be fair;</li><li>using large amounts of copyrighted "
                                "works to produce expressive content that competes with them in "
                                "existing markets, especially when the works were accessed "
                                "illegally, goes beyond established fair use;</li><li>market harm "
                                "can include lost licensing income and dilution of the market for "
                                "works in a similar style;</li><li>voluntary licensing markets "
                                "should be allowed to develop before any government "
                                "intervention.</li></ul><p>Because it was published in "
                                "pre-publication form, check whether a final version has since "
                                "been issued and whether it differs.</p>"
                            ),
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Class action",
                                "definition": (
                                    "<p>A US lawsuit brought by a few named people on behalf of a "
                                    "larger group with similar claims, such as all authors whose "
                                    "books were used. A settlement can bind everyone in the class "
                                    "unless they opt out.</p>"
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
                                            "Andersen v. Stability AI Ltd., order on motions to "
                                            "dismiss the first amended complaint"
                                        ),
                                        "publisher": (
                                            "US District Court for the Northern District of "
                                            "California"
                                        ),
                                        "date": "2024-08-12",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "The New York Times Company v. Microsoft Corporation "
                                            "and OpenAI, complaint"
                                        ),
                                        "publisher": (
                                            "US District Court for the Southern District of New "
                                            "York"
                                        ),
                                        "date": "2023-12-27",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Disney Enterprises and Universal City Studios v. "
                                            "Midjourney, complaint"
                                        ),
                                        "publisher": (
                                            "US District Court for the Central District of "
                                            "California"
                                        ),
                                        "date": "2025-06-11",
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
            "slug": "europe-and-the-uk",
            "title": "Europe and the UK",
            "summary": (
                "The EU's text-and-data-mining exceptions and opt-out, the EU AI Act, and the UK's "
                "law and policy debate."
            ),
            "lessons": [
                {
                    "slug": "eu-text-and-data-mining",
                    "title": "The EU text-and-data-mining exceptions and the opt-out",
                    "summary": (
                        "Articles 3 and 4 of the 2019 Copyright in the Digital Single Market "
                        "Directive, and how to reserve your rights."
                    ),
                    "body": [
                        ("callout", NOT_LEGAL_ADVICE),
                        ("heading", {"text": "Two exceptions, one opt-out", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The EU's Directive (EU) 2019/790 on copyright in the Digital "
                                "Single Market, which member states had to bring into national law "
                                "by June 2021, created two exceptions for <b>text and data "
                                "mining</b> (TDM), defined in Article 2(2) as any automated "
                                "analytical technique for analysing text and data in digital form "
                                "to generate information such as patterns, trends and "
                                "correlations.</p><ul><li><b>Article 3</b> allows research "
                                "organisations and cultural heritage institutions, such as "
                                "museums, libraries and archives, to carry out TDM for scientific "
                                "research on works they have lawful access to. Rights holders "
                                "<b>cannot opt out</b> of this, and contracts cannot override "
                                "it.</li><li><b>Article 4</b> allows <b>anyone</b>, including "
                                "companies, to make copies for TDM for any purpose, again with "
                                "lawful access, and to keep them as long as necessary. But it does "
                                "not apply where the rights holder has <b>expressly reserved</b> "
                                'the use "in an appropriate manner, such as machine-readable means '
                                'in the case of content made publicly available online" (Article '
                                "4(3)).</li></ul>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "tdm-exceptions-table",
                                "alt_text": (
                                    "Table comparing four rules. EU Article 3: research and "
                                    "heritage institutions, scientific research, no opt-out. EU "
                                    "Article 4: anyone with lawful access, any purpose, opt-out "
                                    "possible. UK section 29A: non-commercial research only. US "
                                    "fair use: decided case by case, no opt-out."
                                ),
                                "caption": (
                                    "How the main text-and-data-mining rules compare, simplified, "
                                    "as of 2025."
                                ),
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        (
                            "heading",
                            {
                                "text": "Does AI training count as text and data mining?",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>When the Directive was written, generative AI was not the "
                                "focus, and some scholars argue that training generative models "
                                'goes beyond "analysis". The EU legislature has, however, linked '
                                "the two: the AI Act of 2024 says that providers of "
                                "general-purpose AI models must respect reservations made under "
                                "Article 4(3), and its recitals treat TDM as covering "
                                "training.</p><p>Courts have begun to engage. In <i>Kneschke v. "
                                "LAION</i> (Hamburg Regional Court, 27 September 2024), a "
                                "photographer objected to his image being included in LAION-5B. "
                                "The court held that LAION's downloading to build the dataset was "
                                "covered by the scientific-research exception. It also said, in "
                                "passing, that a reservation written in plain language in a "
                                'website\'s terms of use might count as "machine-readable", an '
                                "important but untested point. The photographer appealed. In "
                                "November 2025 a Munich court, in a case brought by the music "
                                "collecting society GEMA against OpenAI, found that song lyrics "
                                "memorised in OpenAI's models and reproduced in outputs infringed "
                                "copyright and were not covered by the TDM exception. Both cases "
                                "may go further: check their current status.</p>"
                            ),
                        ),
                        ("heading", {"text": "How to reserve your rights", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Recital 18 of the Directive says reservations can be made "
                                "through metadata and a website's terms and conditions. Because no "
                                "single format was prescribed, artists usually combine "
                                "several:</p><ul><li>a clear written notice in the footer and "
                                "terms of your website;</li><li>robots.txt rules for AI "
                                "crawlers;</li><li>machine-readable signals such as the TDM "
                                "Reservation Protocol (TDMRep);</li><li>metadata and Content "
                                "Credentials inside your image files.</li></ul><p>Each of these is "
                                "explained in the opting-out course, with templates. Date your "
                                "notices and keep evidence of when they were in place: a "
                                "reservation only protects against copying made after it was "
                                "expressed.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Where the copying happens matters",
                                "body": (
                                    "<p>Copyright is territorial. An EU reservation governs "
                                    "copying in the EU. But the AI Act requires providers placing "
                                    "general-purpose models on the EU market to have a "
                                    "copyright-compliance policy whatever country the training "
                                    "took place in, which gives EU opt-outs some reach beyond "
                                    "Europe.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Text and data mining (TDM)",
                                "definition": (
                                    "<p>Automated analysis of text, images or other data in "
                                    "digital form to find patterns, trends and correlations. In EU "
                                    "law this definition is the basis for the exceptions used for "
                                    "AI training.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Rights reservation (opt-out)",
                                "definition": (
                                    "<p>A statement by a rights holder, made in an appropriate way "
                                    "such as machine-readable signals for online content, that "
                                    "their works may not be used under the EU's Article 4 "
                                    "text-and-data-mining exception.</p>"
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
                                            "Directive (EU) 2019/790 on copyright and related "
                                            "rights in the Digital Single Market"
                                        ),
                                        "publisher": "Official Journal of the European Union",
                                        "date": "2019-04-17",
                                        "url": "https://eur-lex.europa.eu/eli/dir/2019/790/oj",
                                        "note": "See Articles 2, 3, 4 and 7 and Recital 18.",
                                    },
                                    {
                                        "title": "Kneschke v. LAION e.V., case 310 O 227/23",
                                        "publisher": "Landgericht Hamburg (Hamburg Regional Court)",
                                        "date": "2024-09-27",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": "GEMA v. OpenAI, case 42 O 14139/24",
                                        "publisher": "Landgericht München I (Munich Regional Court I)",
                                        "date": "2025-11-11",
                                        "url": "",
                                        "note": "Not final when this lesson was written.",
                                    },
                                    {
                                        "title": (
                                            "Regulation (EU) 2024/1689 (Artificial Intelligence "
                                            "Act)"
                                        ),
                                        "publisher": "Official Journal of the European Union",
                                        "date": "2024-07-12",
                                        "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
                                        "note": "See Article 53(1)(c) and Recitals 105 and 106.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "eu-ai-act",
                    "title": "The EU AI Act: what AI providers must now do",
                    "summary": (
                        "The obligations on general-purpose AI model providers since August 2025, "
                        "the Code of Practice, and the Article 50 labelling rules."
                    ),
                    "body": [
                        ("callout", NOT_LEGAL_ADVICE),
                        (
                            "heading",
                            {"text": "A law about AI, with copyright duties inside", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The EU's Artificial Intelligence Act, Regulation (EU) "
                                "2024/1689, entered into force on 1 August 2024 and applies in "
                                "stages. It is mainly a product-safety law, but it contains two "
                                "sets of rules that matter directly to creators: duties for "
                                "providers of <b>general-purpose AI (GPAI) models</b>, such as "
                                "large language and image models, and <b>transparency</b> duties "
                                "about AI-generated content. (Since February 2025 it has also "
                                "required organisations that provide or use AI systems to take "
                                "measures to ensure their staff have a sufficient level of AI "
                                "literacy.)</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "ai-act-timeline",
                                "alt_text": (
                                    "Timeline of AI Act dates: in force 1 August 2024; bans and AI "
                                    "literacy from 2 February 2025; general-purpose AI model "
                                    "duties from 2 August 2025; most other rules, including "
                                    "Article 50, from 2 August 2026; older models by 2 August 2027."
                                ),
                                "caption": "The AI Act's main dates as adopted in 2024.",
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        (
                            "heading",
                            {
                                "text": (
                                    "Article 53: duties for general-purpose AI models (from 2 "
                                    "August 2025)"
                                ),
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Providers placing a GPAI model on the EU market must, among "
                                "other things:</p><ul><li>keep technical documentation and give "
                                "information to companies that build on the model;</li><li>put in "
                                "place a <b>policy to comply with EU copyright law</b>, in "
                                "particular to identify and respect reservations of rights made "
                                'under Article 4(3) of the 2019 Directive, "including through '
                                'state-of-the-art technologies";</li><li>publish a <b>sufficiently '
                                "detailed summary of the content used for training</b>, following "
                                "a template the European Commission published in July 2025. The "
                                "template asks for information such as the main datasets and the "
                                "most relevant internet domains crawled.</li></ul><p>The copyright "
                                "policy and the training summary apply even to open-source models. "
                                "Models already on the market before 2 August 2025 have until 2 "
                                "August 2027 to comply, and the Commission's AI Office gains "
                                "powers to enforce these duties, including fines, from 2 August "
                                "2026.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "The General-Purpose AI Code of Practice (July 2025)",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>On 10 July 2025 the Commission published a voluntary <b>Code "
                                "of Practice</b> drafted by independent experts, with chapters on "
                                "transparency, copyright, and safety and security. Signing it is a "
                                "way for providers to show they comply. Most large developers, "
                                "including Amazon, Anthropic, Google, IBM, Microsoft, Mistral AI "
                                "and OpenAI, signed; Meta declined, and xAI signed only the safety "
                                "chapter. In the copyright chapter, signatories commit "
                                "to:</p><ul><li>keep and implement a copyright policy;</li><li>not "
                                "circumvent paywalls or other technical protections when crawling, "
                                "and exclude websites recognised as persistently infringing "
                                "copyright on a commercial scale;</li><li>follow robots.txt, and "
                                "other appropriate machine-readable rights reservations that are "
                                "standardised or widely adopted;</li><li>reduce the risk of "
                                "outputs that infringe copyright;</li><li>provide a contact point "
                                "and a way for rights holders to complain.</li></ul>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "Article 50: labelling AI-generated content", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Article 50 requires providers of AI systems that generate "
                                "images, audio, video or text to ensure outputs are <b>marked in a "
                                "machine-readable format</b> and detectable as artificially "
                                "generated; technologies such as watermarks and C2PA Content "
                                "Credentials are candidates. People who use AI to create "
                                "<b>deepfakes</b> must disclose that the content was artificially "
                                "generated or manipulated, with a lighter duty for evidently "
                                "artistic, creative or satirical work. These rules were set to "
                                "apply from 2 August 2026. In 2026 EU lawmakers agreed targeted "
                                "amendments, known as the Digital Omnibus on AI, which among other "
                                "things gave some providers until 2 December 2026 for the marking "
                                "duty. Check the final text in the Official Journal and the "
                                "Commission's guidelines.</p>"
                            ),
                        ),
                        (
                            "knowledge_check",
                            {
                                "title": "Check your understanding",
                                "instructions": "Two questions on the AI Act.",
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "Which of these are obligations on providers of "
                                            "general-purpose AI models under Article 53 of the AI "
                                            "Act?"
                                        ),
                                        "kind": "multiple",
                                        "options": [
                                            {
                                                "text": (
                                                    "Have a policy to comply with EU copyright "
                                                    "law, including respecting Article 4(3) "
                                                    "opt-outs"
                                                ),
                                                "is_correct": True,
                                                "feedback": "Yes, Article 53(1)(c).",
                                            },
                                            {
                                                "text": (
                                                    "Publish a sufficiently detailed summary of "
                                                    "the content used for training"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Yes, Article 53(1)(d), using the Commission's "
                                                    "template."
                                                ),
                                            },
                                            {
                                                "text": "Pay every rights holder whose work was used",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. The AI Act does not create a payment "
                                                    "obligation."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Obtain a licence for every work before "
                                                    "training"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. The Act relies on existing copyright law, "
                                                    "including the TDM exception with its opt-out."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>The AI Act strengthens transparency and the "
                                            "opt-out, but does not itself require licences or "
                                            "payment.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "What does Article 50 require of providers of systems "
                                            "that generate synthetic images?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "That outputs be marked in a machine-readable "
                                                    "format and detectable as AI-generated"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. This is the marking duty in Article "
                                                    "50(2)."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "That every output carry a visible 'AI' logo "
                                                    "in the corner"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. The provider duty is machine-readable "
                                                    "marking; visible disclosure duties apply "
                                                    "mainly to deepfakes."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "That they stop generating images in the style "
                                                    "of living artists"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Article 50 is about transparency, not "
                                                    "style."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Machine-readable marking is one reason Content "
                                            "Credentials and watermarking are spreading.</p>"
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
                                            "Regulation (EU) 2024/1689 laying down harmonised "
                                            "rules on artificial intelligence (Artificial "
                                            "Intelligence Act)"
                                        ),
                                        "publisher": "Official Journal of the European Union",
                                        "date": "2024-07-12",
                                        "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
                                        "note": "See Articles 4, 50, 53 and 113.",
                                    },
                                    {
                                        "title": "General-Purpose AI Code of Practice",
                                        "publisher": "European Commission",
                                        "date": "2025-07-10",
                                        "url": "",
                                        "note": (
                                            "Chapters on transparency, copyright, and safety and "
                                            "security."
                                        ),
                                    },
                                    {
                                        "title": (
                                            "Template for the public summary of training content "
                                            "for general-purpose AI models"
                                        ),
                                        "publisher": "European Commission",
                                        "date": "2025-07-24",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Digital Omnibus on AI: proposal and 2026 political "
                                            "agreement"
                                        ),
                                        "publisher": (
                                            "European Commission; Council of the EU and European "
                                            "Parliament"
                                        ),
                                        "date": "2025-11-19",
                                        "url": "",
                                        "note": (
                                            "Proposal date; political agreement reached in May "
                                            "2026. Check the final adopted text."
                                        ),
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "uk-law-and-policy",
                    "title": "The UK: section 29A, the consultation and Getty v Stability AI",
                    "summary": (
                        "The UK's narrow research exception, the fierce 2024–26 debate about an "
                        "opt-out, and what the first major UK judgment decided."
                    ),
                    "body": [
                        ("callout", NOT_LEGAL_ADVICE),
                        ("heading", {"text": "Today's law: a narrow exception", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Since 2014, section 29A of the Copyright, Designs and Patents "
                                "Act 1988 has allowed someone with lawful access to a work to copy "
                                "it for computational analysis for the <b>sole purpose of "
                                "non-commercial research</b>. Contracts cannot override it. There "
                                "is no general exception for commercial text and data mining, so "
                                "commercial AI training carried out in the UK needs a licence "
                                "unless another exception applies. That is one reason much "
                                "training has taken place elsewhere.</p>"
                            ),
                        ),
                        ("heading", {"text": "The consultation and the backlash", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In 2022 the Intellectual Property Office proposed a broad TDM "
                                "exception for any purpose, then dropped it in early 2023 after "
                                "objections. An attempt to agree a voluntary code between the "
                                "creative and AI sectors also failed.</p><p>On 17 December 2024 "
                                "the government opened the consultation <i>Copyright and "
                                "Artificial Intelligence</i> (closing 25 February 2025). It "
                                "described four options and said its preferred one was a TDM "
                                "exception for all purposes where rights holders could <b>reserve "
                                "their rights</b>, backed by transparency duties, similar to the "
                                "EU model. Many creators objected strongly that an opt-out places "
                                "the burden on them and does not work in practice. In February "
                                '2025 the "Make It Fair" campaign ran across newspaper front '
                                "pages, and more than a thousand musicians released <i>Is This "
                                "What We Want?</i>, an album of near-silent recordings of empty "
                                "studios. The government received around 11,500 responses.</p>"
                            ),
                        ),
                        ("heading", {"text": "The Data (Use and Access) Act 2025", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>During 2025 the House of Lords repeatedly amended the Data "
                                "(Use and Access) Bill, led by Baroness Kidron, to require AI "
                                "developers to disclose what copyright works they used. The "
                                "Commons rejected those amendments, and the Act received Royal "
                                "Assent on 19 June 2025 with a compromise: the government had to "
                                "publish, within nine months, an economic impact assessment of the "
                                "consultation options and a report on the use of copyright works "
                                "in developing AI systems.</p><p>Those were published on 18 March "
                                "2026. The government said it would not change copyright law until "
                                "it was confident reforms met its objectives, that the opt-out "
                                "exception was <b>no longer its preferred way forward</b>, that "
                                "transparency would be a focus, and that it would monitor the "
                                "developing licensing market. As of that report, no change to "
                                "copyright law had been made: check for later announcements.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Getty Images v Stability AI (High Court, 4 November 2025)",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>This was the first major UK judgment on generative AI and "
                                "copyright, given by Mrs Justice Joanna Smith. Its scope narrowed "
                                "during the June 2025 trial:</p><ul><li>Getty <b>dropped its main "
                                "claim about training</b>, because it could not show that Stable "
                                "Diffusion was trained in the UK; copyright is territorial. It "
                                "also dropped claims about outputs and database rights. So the "
                                "court did not decide whether training on copyright works in the "
                                "UK is lawful.</li><li>On <b>secondary infringement</b>, Getty "
                                "argued that making the model available in the UK was importing an "
                                '"infringing copy". The judge accepted that a model, even '
                                'intangible, can be an "article" but held that Stable Diffusion is '
                                "not an infringing copy because it does not store or reproduce the "
                                "works. That claim failed.</li><li>On <b>trade marks</b>, Getty "
                                "succeeded in part: some older model versions generated images "
                                "bearing Getty and iStock watermarks. The judge called these "
                                'findings "historic and extremely limited in '
                                'scope".</li></ul><p>In December 2025 the judge gave Getty '
                                "permission to appeal the secondary infringement point to the "
                                "Court of Appeal. Check the outcome.</p>"
                            ),
                        ),
                        (
                            "knowledge_check",
                            {
                                "title": "Check your understanding",
                                "instructions": "Three questions on the UK.",
                                "pass_mark": 60,
                                "questions": [
                                    {
                                        "prompt": (
                                            "What does section 29A of the UK Copyright, Designs "
                                            "and Patents Act allow?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "Copying for computational analysis for "
                                                    "non-commercial research, with lawful access"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. It is limited to non-commercial "
                                                    "research."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Any commercial AI training unless the rights "
                                                    "holder opts out"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. That was the option the government "
                                                    "consulted on, not the current law."
                                                ),
                                            },
                                            {
                                                "text": "Any copying by museums for any purpose",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. It applies to anyone with lawful access, "
                                                    "but only for non-commercial research."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Commercial text and data mining in the UK "
                                            "generally needs a licence.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "Why did the High Court not decide whether training "
                                            "Stable Diffusion infringed UK copyright?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "Getty dropped the claim because the training "
                                                    "was not shown to have happened in the UK"
                                                ),
                                                "is_correct": True,
                                                "feedback": "Correct. UK copyright covers acts in the UK.",
                                            },
                                            {
                                                "text": (
                                                    "The judge ruled that AI training can never "
                                                    "infringe copyright"
                                                ),
                                                "is_correct": False,
                                                "feedback": "No. The question was left open.",
                                            },
                                            {
                                                "text": "The parties settled before trial",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. The case went to trial in June 2025 and "
                                                    "judgment was given in November 2025."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Where training happens is a practical question "
                                            "with legal consequences.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "Which statements about UK policy are accurate as of "
                                            "March 2026?"
                                        ),
                                        "kind": "multiple",
                                        "options": [
                                            {
                                                "text": (
                                                    "The Data (Use and Access) Act 2025 required "
                                                    "the government to report on copyright and AI "
                                                    "within nine months"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Yes. The report and impact assessment were "
                                                    "published on 18 March 2026."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "The government said an opt-out exception was "
                                                    "no longer its preferred way forward"
                                                ),
                                                "is_correct": True,
                                                "feedback": "Yes, in its March 2026 report.",
                                            },
                                            {
                                                "text": (
                                                    "The UK introduced an EU-style commercial TDM "
                                                    "exception with opt-out in 2025"
                                                ),
                                                "is_correct": False,
                                                "feedback": "No. No such exception was introduced.",
                                            },
                                        ],
                                        "explanation": (
                                            "<p>UK policy is still moving; check for later "
                                            "announcements.</p>"
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
                                            "Copyright, Designs and Patents Act 1988, section 29A: "
                                            "Copies for text and data analysis for non-commercial "
                                            "research"
                                        ),
                                        "publisher": "UK legislation",
                                        "date": "2014-06-01",
                                        "url": "https://www.legislation.gov.uk/ukpga/1988/48/section/29A",
                                        "note": "",
                                    },
                                    {
                                        "title": "Copyright and Artificial Intelligence (consultation)",
                                        "publisher": "UK Government (IPO, DSIT, DCMS)",
                                        "date": "2024-12-17",
                                        "url": "",
                                        "note": "Closed 2025-02-25.",
                                    },
                                    {
                                        "title": "Data (Use and Access) Act 2025",
                                        "publisher": "UK legislation",
                                        "date": "2025-06-19",
                                        "url": "https://www.legislation.gov.uk/ukpga/2025/18",
                                        "note": "Sections 135 to 137.",
                                    },
                                    {
                                        "title": (
                                            "Report and impact assessment on copyright and "
                                            "artificial intelligence"
                                        ),
                                        "publisher": "UK Government",
                                        "date": "2026-03-18",
                                        "url": "https://www.gov.uk/government/publications/report-and-impact-assessment-on-copyright-and-artificial-intelligence",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Getty Images (US) Inc and others v Stability AI Ltd "
                                            "[2025] EWHC 2863 (Ch)"
                                        ),
                                        "publisher": "High Court of England and Wales, Chancery Division",
                                        "date": "2025-11-04",
                                        "url": "",
                                        "note": (
                                            "Permission to appeal on secondary infringement "
                                            "granted in December 2025."
                                        ),
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
