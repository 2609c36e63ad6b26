"""Demo downloads: plain-text templates that lessons link to.

These are starting points written for the workshops, not legal advice. Each one says what it can
and cannot do, and where to check the current position.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentSpec:
    title: str
    filename: str
    text: str


ROBOTS_TXT_TEMPLATE = """\
# robots.txt template: asking AI crawlers not to collect your website
# From the course "Opting out and protecting your work". Last reviewed: November 2026.
#
# HOW TO USE IT
# 1. Save this file as robots.txt and upload it to the top level of your website,
#    so that it opens at https://your-domain.example/robots.txt (not in a sub-folder).
# 2. If your site already has a robots.txt (many website builders create one), copy
#    the groups below into it instead of replacing it.
# 3. Check it: open https://your-domain.example/robots.txt in a browser.
# 4. Put a reminder in your diary to review it every few months.
#
# WHAT IT CANNOT DO - PLEASE READ
# - robots.txt is a request, not a lock. Reputable crawlers follow it (the rules are
#   standardised in RFC 9309, 2022); others may ignore it or hide who they are.
# - It only affects FUTURE visits. It does not remove your work from datasets, web
#   archives (such as old Common Crawl snapshots) or models that already contain it.
# - It only covers THIS website. Your images on social media, portfolio sites, shops
#   or other people's pages are governed by those sites' own robots.txt files.
# - Crawler names change and new ones appear. Check each company's own documentation.
# - Blocking a crawler that an AI search service uses may also stop that service from
#   showing or linking to your site in its answers. Decide what you want.
# - Some hosted platforms do not let you edit robots.txt. Look for a setting such as
#   "block AI crawlers" instead, or ask your host.
# - Lines starting with # are comments: crawlers ignore them.

# OpenAI's crawler for collecting training data.
User-agent: GPTBot
# Common Crawl's crawler. Its free web archive is the raw material for many datasets,
# including LAION-5B, which was used to train Stable Diffusion.
User-agent: CCBot
# Anthropic's crawler for collecting training data.
User-agent: ClaudeBot
# Google-Extended is not a separate crawler but a "product token". Disallowing it asks
# Google not to use your pages to train or ground its Gemini models. It does not remove
# you from Google Search and does not control AI Overviews, which are part of Search.
User-agent: Google-Extended
# Applebot-Extended works the same way for Apple: it asks Apple not to use pages that
# Applebot has crawled to train its AI models. It does not affect Apple's search results.
User-agent: Applebot-Extended
# Meta's crawler, which Meta says is used for purposes such as training AI models.
User-agent: Meta-ExternalAgent
# ByteDance's crawler, widely reported to collect data for AI.
User-agent: Bytespider
# One rule for every user agent named above: do not visit any page.
Disallow: /

# OPTIONAL: AI search and assistant fetchers. These visit pages to answer a user's
# question or to build an AI search index, rather than (their operators say) to train
# models. Remove the # at the start of the next four lines if you want to block them
# too, knowing that your site may then not be cited or linked in those services.
# User-agent: OAI-SearchBot
# User-agent: ChatGPT-User
# User-agent: PerplexityBot
# Disallow: /

# Everyone else, including ordinary search engines, may visit everything.
User-agent: *
Allow: /
"""

TDM_RESERVATION_NOTICE = """\
RIGHTS RESERVATION AGAINST TEXT AND DATA MINING AND AI TRAINING
Template wording for artists' websites. Last reviewed: November 2026.

This is not legal advice. It is wording you can adapt. Whether a reservation is
effective depends on the law where the copying happens, and the law is changing.
In the EU, Article 4(3) of Directive (EU) 2019/790 lets rights holders reserve
their works against commercial text and data mining "in an appropriate manner,
such as machine-readable means" for content made publicly available online. A
written notice is a useful human-readable statement; pair it with the
machine-readable signals in Part 3. In the UK and the US the legal effect of a
notice like this is different and less certain: see the course lessons.

Replace everything in [square brackets].


PART 1 - SHORT NOTICE FOR YOUR WEBSITE FOOTER
---------------------------------------------
(c) [year] [your name]. All rights reserved. The works on this website may not be
used for text and data mining, including training, fine-tuning or testing
artificial intelligence systems, without my written permission. This is an
express reservation of rights under Article 4(3) of Directive (EU) 2019/790 and
any equivalent law. Licensing enquiries: [contact link or email address].


PART 2 - LONGER WORDING FOR A "TERMS OF USE" OR "RIGHTS" PAGE
-------------------------------------------------------------
1. Who owns the content
   All artworks, photographs, texts and other content on [website address]
   ("the Works") are owned by [your name] unless stated otherwise, and are
   protected by copyright.

2. Reservation of rights against text and data mining
   [Your name] expressly reserves all rights in the Works against text and data
   mining, as defined in Article 2(2) of Directive (EU) 2019/790, and against
   any similar use under the law of any country. This reservation is made under
   Article 4(3) of that Directive and applies to every automated technique used
   to analyse the Works, including collecting them to train, fine-tune,
   evaluate or improve machine learning or generative artificial intelligence
   models, and including building datasets for those purposes.

3. What needs permission
   Without a written licence from [your name], you may not:
   a) copy, download or scrape the Works by automated means;
   b) include the Works, or links to them, in any dataset used for the
      purposes in section 2;
   c) use the Works as inputs, prompts, references or style examples for
      generative AI systems in order to imitate them; or
   d) remove or alter copyright information, metadata or Content Credentials
      attached to the Works.

4. What is still welcome
   You are welcome to view the Works, link to this website, and share links
   on social media. Search engines may index this website for search results.
   [Add anything else you are happy to allow, for example: "Educators may show
   the Works in class with credit."]

5. Licensing
   If you would like to use the Works for any purpose in section 3, contact
   [email address]. Licences are available on request [and may be subject to a
   fee].

6. Machine-readable signals
   This reservation is also expressed in machine-readable form through this
   website's robots.txt file, its TDM Reservation Protocol (TDMRep) signals and,
   where supported, in the metadata of image files. [Delete any you do not use.]

Date this notice was first published: [date]. Keep a dated copy (for example a
saved PDF or an Internet Archive snapshot) so you can show when it was in place.


PART 3 - MACHINE-READABLE SIGNALS (TDMRep)
------------------------------------------
The TDM Reservation Protocol (TDMRep) is a specification from a W3C Community
Group, designed for the EU opt-out. It is not an official W3C standard, and
not every AI company reads it. Use any of these three methods:

a) A file at https://[your-domain]/.well-known/tdmrep.json containing:

   [
     {
       "location": "/",
       "tdm-reservation": 1,
       "tdm-policy": "https://[your-domain]/rights"
     }
   ]

   ("tdm-policy" is optional: it points to a page or file saying how to get
   a licence.)

b) Two tags in the <head> of each web page:

   <meta name="tdm-reservation" content="1">
   <meta name="tdm-policy" content="https://[your-domain]/rights">

c) Two HTTP response headers (ask your web host or developer):

   tdm-reservation: 1
   tdm-policy: https://[your-domain]/rights

Also update robots.txt (see the robots.txt template in the same course).


CHECKLIST
---------
[ ] Footer notice added to every page
[ ] Terms or rights page published and linked from the footer
[ ] robots.txt updated and checked in a browser
[ ] TDMRep file, tags or headers added (if your host allows)
[ ] Dated copy of the notice saved
[ ] Reminder set to review in six months
"""

WORKSHOP_CONSENT_FORM = """\
PHOTOGRAPHY, FILM AND ARTWORK CONSENT FORM - TEMPLATE
For workshops run under the AI literacy for creators programme.
Last reviewed: November 2026.

NOTE FOR ORGANISERS (delete before use)
- This is a template, not legal advice. Check it against your organisation's
  data protection and safeguarding policies, and ask your data protection lead.
- Photos and video in which people can be identified are personal data under
  the UK GDPR and the EU GDPR. Consent must be freely given, specific, informed
  and unambiguous, and as easy to withdraw as to give. Do not make taking part
  in the workshop depend on agreeing to photos.
- Keep each use as a separate choice. Never pre-tick boxes.
- For participants under 18, ask a parent or guardian to sign as well, and
  follow your safeguarding policy. Talk to the young person too.
- Offer the form in large print, in other languages or read aloud on request.
- Give everyone a copy, and offer a visible "no photos, please" marker
  (for example a coloured sticker or lanyard).

--------------------------------------------------------------------------

[Venue name]: [Workshop title], [date]

Why we are asking
We would like to record this workshop and share what happened, so that more
people can learn about AI and creative work. You choose what you are happy
with. Saying no will not affect your place in the workshop in any way.

Your name: ______________________________________________

PART A - PHOTOS AND FILM OF YOU
Tick each box you agree to. Leave a box empty to say no.

[ ] A1. You may photograph or film me during the workshop.
[ ] A2. Photos or film of me may be kept in the venue's internal records
        (for reporting to funders and planning future workshops).
[ ] A3. Photos or film of me may appear on the venue's website.
[ ] A4. Photos or film of me may appear on the venue's social media accounts.
[ ] A5. Photos or film of me may appear in printed materials or be given to
        journalists.
[ ] A6. You may name me next to photos of me.

PART B - YOUR ARTWORK
You own the copyright in the work you make or bring to this workshop. These
choices give us permission for specific uses only. You keep all other rights.

[ ] B1. You may photograph my artwork.
[ ] B2. Photos of my artwork may be used for the purposes I ticked in Part A.
[ ] B3. Please credit me as: ____________________________________
        (or [ ] do not name me)

PART C - AI TOOLS
We will NOT upload photos of you, or your artwork, to any AI tool unless you
tick the box below. If you tick it, we will tell you which tool, for what, and
whether the tool's provider may keep or train on what we upload.

[ ] C1. My artwork may be used in a live demonstration with this AI tool:
        ________________________________ (tool name, filled in by organiser)

PART D - HOW LONG, AND CHANGING YOUR MIND
- We will keep photos and film for [period, e.g. three years], then delete them.
- You can change your mind at any time. Tell the workshop lead, or email
  [contact email]. We will stop any new use and remove material we control
  (for example our website and social media posts) as soon as we can.
- We cannot recall printed items already distributed, or copies other people
  have already made from public posts.
- Your data is controlled by [organisation name]. You can read our privacy
  notice at [link] and contact our data protection lead at [contact].

Signature: ______________________________   Date: ______________

FOR PARTICIPANTS UNDER 18
Parent or guardian name: _________________________________________
Signature: ______________________________   Date: ______________
"""

AI_LICENCE_CLAUSES = """\
SAMPLE CONTRACT CLAUSES ABOUT AI TRAINING AND AI TOOLS
For artists negotiating commissions, licences and gallery or agency agreements.
Last reviewed: November 2026.

This is not legal advice. These are plain-English examples to discuss with the
other party and, for anything valuable, with a lawyer, your union or your
professional association. Contract law differs between countries. Adapt the
wording; do not paste it in unread.

HOW TO USE THESE CLAUSES
- First, read the contract you already have. Look for broad grants such as
  "all media now known or later developed", "any purpose", "sub-license to
  third parties", or "royalty-free, perpetual, worldwide". These can cover AI
  training even if AI is never mentioned.
- Decide what you want: no AI use at all, AI use only for a fee, or AI use with
  conditions (for example internal tools only, or credit).
- Use the definitions in clause 1 together with whichever option you choose.


1. DEFINITIONS
"AI Training" means using the Work, or any copy or part of it, to train,
fine-tune, test, evaluate or otherwise develop any machine learning or
artificial intelligence model or system, including by adding the Work to a
dataset intended for any of those purposes.

"Generative AI Tool" means any software or service that generates text,
images, audio, video or other content in response to prompts or other inputs.


2A. OPTION A - NO AI USE
The licence granted under this Agreement does not include AI Training. The
Licensee shall not use the Work for AI Training, shall not upload or input the
Work into any Generative AI Tool, and shall not authorise or permit any third
party (including any sub-licensee, agency or platform) to do so, without the
Artist's prior written consent in each case.


2B. OPTION B - AI USE ONLY UNDER A SEPARATE LICENCE
Any use of the Work for AI Training requires a separate written licence from
the Artist, on terms and for a fee to be agreed. Nothing in this Agreement
grants or implies any such licence.


2C. OPTION C - LIMITED, DISCLOSED AI USE
The Licensee may input the Work into the following Generative AI Tool(s)
[name the tools] solely for [purpose, e.g. resizing and cropping for layouts],
provided that (a) the tool's terms do not allow its provider to use inputs for
AI Training, and (b) the Licensee tells the Artist in writing before first use.
All other AI Training is excluded.


3. RESERVATION NOTICE AND METADATA
The Licensee shall keep the Artist's copyright notice, rights-reservation
notice, metadata and Content Credentials attached to the Work wherever
technically possible, and shall not remove or alter them.


4. PASSING ON THE RESTRICTIONS
The Licensee shall include restrictions at least as protective as clauses 2
and 3 in any sub-licence or agreement under which a third party receives the
Work.


5. NO STYLE IMITATION (optional)
The Licensee shall not use the Work, or the Artist's name, as a prompt, style
reference or training example for the purpose of producing content that
imitates the Artist's style.


6. IF SOMETHING GOES WRONG
If the Licensee becomes aware that the Work has been used in breach of clauses
2 to 5, it shall tell the Artist promptly and take reasonable steps to stop the
use.


QUESTIONS TO ASK BEFORE YOU SIGN
- Does the other party already have a deal to license content to AI companies?
- Will my work be stored on a platform whose terms allow AI training?
- Who owns the rights in anything generated from my work?
- How will I be paid if AI use is allowed later?
"""

PROTECTION_PLAN_WORKSHEET = """\
MY AI PROTECTION PLAN - WORKSHEET
From the course "Opting out and protecting your work". Last reviewed: November 2026.

Take 30 minutes. You do not need to do everything: pick the steps that fit your
work, your time and your budget. Review the plan every six months, because
tools, platform terms and the law keep changing.

1. WHAT DO I WANT?
   Tick the statement closest to your view today:
   [ ] No AI training on my work at all.
   [ ] AI training only if I am asked first and paid.
   [ ] AI training is fine, but I want credit and no imitation of my style.
   [ ] I am still deciding.

2. WHERE IS MY WORK ONLINE?
   List every place your work appears (your site, social media, portfolio
   sites, shops, galleries, agencies, publishers, press):
   - ______________________________
   - ______________________________
   - ______________________________

3. RECORDS AND RIGHTS
   [ ] I keep full-resolution, dated originals offline.
   [ ] I know which of my contracts grant broad rights (check for "any media"
       or "sub-license" wording).
   [ ] If I am in the US, or my work is first published there, I have
       considered registering key works with the US Copyright Office.

4. PLATFORM SETTINGS
   For each platform in section 2:
   [ ] Checked its terms and privacy policy for AI training.
   [ ] Used any AI opt-out setting or objection form it offers.
   [ ] Took a dated screenshot as a record.

5. MY OWN WEBSITE
   [ ] robots.txt blocks the AI crawlers I chose (see the robots.txt template).
   [ ] Rights-reservation notice in the footer and on a rights page.
   [ ] TDMRep signal added, if my host allows.
   [ ] Checked for a "block AI crawlers" option at my host or network provider.

6. MY FILES
   [ ] Copyright and contact details in the file metadata.
   [ ] Content Credentials attached, with an AI training preference, where my
       tools support it.

7. MY IMAGES
   [ ] I post smaller versions rather than full-resolution files.
   [ ] I have tried a cloaking tool (for example Glaze) on new work and
       checked how it looks.
   [ ] I understand cloaking may not work against future models or
       removal techniques.

8. TOGETHER WITH OTHERS
   [ ] I know which union, professional body or collecting society represents
       my kind of work, and what it says about AI.
   [ ] I know how to report misuse on the platforms I use.

9. MONITORING
   [ ] I have searched for my work in dataset search tools.
   [ ] I have set a reminder to repeat checks in six months: ____________

NEXT THREE ACTIONS
1. ______________________________________________
2. ______________________________________________
3. ______________________________________________
"""


DOCUMENTS = {
    "robots-txt-template": DocumentSpec(
        "robots.txt template for blocking AI crawlers",
        "robots-txt-ai-crawlers-template.txt",
        ROBOTS_TXT_TEMPLATE,
    ),
    "tdm-reservation-notice": DocumentSpec(
        "Text and data mining rights-reservation notice (template)",
        "tdm-rights-reservation-notice.txt",
        TDM_RESERVATION_NOTICE,
    ),
    "workshop-consent-form": DocumentSpec(
        "Workshop photography, film and artwork consent form (template)",
        "workshop-photo-artwork-consent-form.txt",
        WORKSHOP_CONSENT_FORM,
    ),
    "ai-licence-clauses": DocumentSpec(
        "Sample contract clauses about AI training and AI tools",
        "ai-training-contract-clauses.txt",
        AI_LICENCE_CLAUSES,
    ),
    "protection-plan-worksheet": DocumentSpec(
        "My AI protection plan worksheet",
        "ai-protection-plan-worksheet.txt",
        PROTECTION_PLAN_WORKSHEET,
    ),
}
