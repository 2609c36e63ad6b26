"""Course: how generative AI models learn from training data, and what that means for artists."""

COURSE = {
    "slug": "how-generative-ai-learns",
    "title": "How generative AI learns from your work",
    "summary": (
        "Where training data comes from, how image and text models learn from it, when they "
        "memorise, and why a work is so hard to remove once a model has been trained."
    ),
    "audience": (
        "Artists, illustrators, photographers and writers who want a clear, non-technical picture "
        "of what happens to their work inside generative AI."
    ),
    "level": "introductory",
    "duration_minutes": 90,
    "learning_outcomes": [
        "Explain how web-scale datasets such as LAION-5B are assembled from Common Crawl",
        "Describe in plain words how diffusion image models and large language models learn",
        "Distinguish learned patterns and style imitation from memorised copies, with evidence",
        "Explain why removing a work from an already-trained model is difficult",
    ],
    "prerequisites": [],
    "image": "course-how-models-learn",
    "modules": [
        {
            "slug": "where-training-data-comes-from",
            "title": "Where training data comes from and how models learn",
            "summary": (
                "From scraped web pages to trained models: datasets, diffusion and next-token "
                "prediction."
            ),
            "lessons": [
                {
                    "slug": "what-is-training-data",
                    "title": "What training data is, and how your work ends up in it",
                    "summary": (
                        "How web archives and link lists such as Common Crawl and LAION-5B turn "
                        "public web pages into training material."
                    ),
                    "body": [
                        ("heading", {"text": "Models learn from examples", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A generative AI model is not programmed with rules about what "
                                "a cat, a sonnet or a watercolour looks like. It is shown a very "
                                "large number of examples and adjusts itself until it can produce "
                                "new things that resemble them. Those examples are its <b>training "
                                "data</b>. For today's large models that means billions of images "
                                "with captions, or trillions of words of text.</p><p>Nobody "
                                "photographs or writes that much material for the purpose. Almost "
                                "all of it is gathered from the public web by automated programs "
                                "called <i>crawlers</i> or <i>scrapers</i>, with some additions "
                                "from licensed archives, books and, increasingly, data generated "
                                "by other models.</p>"
                            ),
                        ),
                        ("heading", {"text": "Common Crawl: the web in a box", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p><b>Common Crawl</b> is a non-profit organisation, founded in "
                                "2007, that crawls the web and publishes the results as free "
                                "archives, each holding billions of web pages. Researchers use it "
                                "for many purposes, and it has become the raw material for a large "
                                "share of AI training sets. Its crawler identifies itself as "
                                "<i>CCBot</i>; you will meet that name again in the lesson on "
                                "robots.txt.</p><p>If your portfolio site, a gallery page about "
                                "your exhibition or a blog post that reproduced your drawing was "
                                "publicly reachable when Common Crawl visited, a copy of that "
                                "page's HTML may be in its archive, together with the addresses of "
                                "the images on it.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "dataset-pipeline",
                                "alt_text": (
                                    "Six-step diagram: web pages are archived by Common Crawl; "
                                    "image addresses and alt text are extracted; a CLIP model "
                                    "filters pairs; the result is a list of 5.85 billion links and "
                                    "captions; model builders download the images and train on "
                                    "them."
                                ),
                                "caption": (
                                    "A simplified view of how a LAION-style image–text dataset is "
                                    "built."
                                ),
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        (
                            "heading",
                            {"text": "LAION-5B: a list of links and captions", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>In 2022 the German non-profit LAION released <b>LAION-5B</b>, "
                                "a dataset of about 5.85 billion image–text pairs. It was built by "
                                "going through Common Crawl pages, picking out every image that "
                                "had alt text or a nearby caption, and keeping the pairs where "
                                "another AI model, OpenAI's CLIP, judged that the text matched the "
                                "picture.</p><p>Two details matter for artists:</p><ul><li><b>The "
                                "dataset is a list, not a library.</b> LAION-5B contains image "
                                "addresses (URLs) and captions, not the image files. Anyone who "
                                "wants to train on it downloads the images themselves. That is why "
                                "LAION has argued it does not distribute copies, and also why the "
                                "same images can end up in many different companies' training "
                                "runs.</li><li><b>Captions come from the web.</b> If a shop, fan "
                                "site or news page described your picture with your name, the pair "
                                "<i>your name + your image</i> may be in the dataset. This is how "
                                "artists' names became prompts.</li></ul><p>Subsets of LAION-5B "
                                "were used to train the early versions of Stable Diffusion. In "
                                "December 2023 a Stanford Internet Observatory report found links "
                                "to child sexual abuse material in the dataset; LAION took it "
                                "offline and in August 2024 released a cleaned version, "
                                "Re-LAION-5B. In 2024 Human Rights Watch also reported finding "
                                "identifiable photos of children from Brazil in it. Both episodes "
                                "show the same thing: at this scale nobody looks at every item.</p>"
                            ),
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Common Crawl",
                                "definition": (
                                    "<p>A non-profit that regularly crawls the public web and "
                                    "publishes free archives of the pages it collects. Many AI "
                                    "training datasets are built from these archives.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "LAION-5B",
                                "definition": (
                                    "<p>An openly published dataset of about 5.85 billion image "
                                    "addresses paired with captions, released in 2022 by the "
                                    "non-profit LAION and used to train image models such as early "
                                    "Stable Diffusion.</p>"
                                ),
                            },
                        ),
                        (
                            "heading",
                            {"text": "Text models are fed in a similar way", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Large language models are trained mostly on filtered web text "
                                "(again, often derived from Common Crawl), plus books, Wikipedia, "
                                "computer code, academic papers and licensed news archives. Some "
                                "training collections included pirated books: the <i>Books3</i> "
                                "collection and so-called shadow libraries feature in several of "
                                "the court cases covered in the copyright course.</p><p>Companies "
                                "have become less open about exactly what they use. Since August "
                                "2025 the EU AI Act has required providers of general-purpose AI "
                                "models to publish a summary of their training content, which you "
                                "will look at in the copyright course.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "try_it",
                                "title": "Find where your work lives online",
                                "body": (
                                    "<p>Make a list of every place your work appears: your own "
                                    "site, social media, portfolio platforms, shops, press "
                                    "coverage and partner organisations' pages. For each one, note "
                                    "whether the images are public without logging in. Public "
                                    "pages are the ones crawlers can reach. Keep the list: you "
                                    "will use it again in the course on opting out.</p>"
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
                                            "LAION-5B: An open large-scale dataset for training "
                                            "next generation image-text models"
                                        ),
                                        "publisher": "Schuhmann et al., NeurIPS 2022 Datasets and Benchmarks",
                                        "date": "2022-10-16",
                                        "url": "https://arxiv.org/abs/2210.08402",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Common Crawl: about the open repository of web crawl "
                                            "data"
                                        ),
                                        "publisher": "Common Crawl Foundation",
                                        "date": "",
                                        "url": "https://commoncrawl.org/",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Identifying and Eliminating CSAM in Generative ML "
                                            "Training Data and Models"
                                        ),
                                        "publisher": "David Thiel, Stanford Internet Observatory",
                                        "date": "2023-12-20",
                                        "url": "",
                                        "note": "The report that led LAION to withdraw LAION-5B.",
                                    },
                                    {
                                        "title": "Releasing Re-LAION-5B",
                                        "publisher": "LAION",
                                        "date": "2024-08-30",
                                        "url": "",
                                        "note": "Announcement of the cleaned dataset.",
                                    },
                                    {
                                        "title": (
                                            "Brazil: Children's Personal Photos Misused to Power "
                                            "AI Tools"
                                        ),
                                        "publisher": "Human Rights Watch",
                                        "date": "2024-06-10",
                                        "url": "",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "how-diffusion-models-learn",
                    "title": "How image models learn: diffusion explained",
                    "summary": (
                        "Why image generators start from noise, what they learn during training, "
                        "and how your caption text steers them."
                    ),
                    "body": [
                        ("heading", {"text": "Learning to remove noise", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Many of today's best-known image generators, including Stable "
                                "Diffusion, OpenAI's DALL·E 3 and Google's Imagen, are built on a "
                                "family of techniques called <b>diffusion models</b>. Some newer "
                                "systems use other designs, but they all learn from examples in a "
                                "similar spirit. The central idea is surprisingly "
                                "simple.</p><p>During training, the system takes a real image from "
                                "its dataset, adds a random amount of visual noise (like "
                                "television static), and asks the model to work out what noise was "
                                "added. At first its guesses are poor. After each guess it "
                                "compares its answer with the truth and adjusts its internal "
                                "settings slightly to do better next time. Repeat this billions of "
                                "times, on billions of images, at every level of noise from a "
                                "faint grain to pure static, and the model becomes very good at "
                                "one job: looking at a noisy picture and estimating which parts "
                                "are noise and which parts are picture.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "diffusion-steps",
                                "alt_text": (
                                    "Six square panels in a row: the first is pure coloured "
                                    "static, and each following panel shows less noise until the "
                                    "last is a clear landscape with hills, trees and a pale sun. "
                                    "Below, two boxes explain training and generating."
                                ),
                                "caption": (
                                    "Generation starts from noise and removes a little at each "
                                    "step. The panels are simulated for this course."
                                ),
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        (
                            "heading",
                            {"text": "Generating: running the process backwards", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>To make a new image, the model is given fresh random noise and "
                                "asked, step by step, to remove the noise it thinks is there. "
                                "After twenty to fifty steps, an image emerges that never existed "
                                "before but has the statistical character of the training images. "
                                "Because the starting noise is random, the same prompt gives a "
                                "different picture each time.</p><p>Stable Diffusion added an "
                                "efficiency trick described in the 2022 paper on <i>latent "
                                "diffusion</i>: instead of working on full-size pixels, it works "
                                "on a compressed version of the image (the <i>latent</i>) and "
                                "expands it to pixels at the end. That is why it could run on an "
                                "ordinary graphics card.</p>"
                            ),
                        ),
                        ("heading", {"text": "How words steer pictures", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A plain diffusion model would produce random plausible images. "
                                "To make it follow a prompt, the caption of each training image is "
                                "turned into numbers by a text encoder (in early Stable Diffusion, "
                                "one from OpenAI's CLIP, which was itself trained on hundreds of "
                                "millions of image–caption pairs). During training, the model "
                                "learns to remove noise <i>given</i> that caption. So it learns "
                                "links between words and visual features: <i>sunset</i> with "
                                "orange gradients, <i>linocut</i> with bold carved lines, and, "
                                "where captions contained them, artists' names with the look of "
                                "their work.</p><p>This is the key point for creators. The model "
                                "does not look up your picture when someone types your name. It "
                                "has learned, from every image captioned with your name, a "
                                "direction in its internal space that pushes generated images "
                                "towards features your work has in common.</p>"
                            ),
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Diffusion model",
                                "definition": (
                                    "<p>A generative model trained to remove noise from images. It "
                                    "creates a new image by starting from random noise and "
                                    "removing predicted noise step by step, usually guided by a "
                                    "text prompt.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Parameters (weights)",
                                "definition": (
                                    "<p>The millions or billions of numbers inside a model that "
                                    "are adjusted during training. Together they encode what the "
                                    "model has learned. Releasing a model's <i>weights</i> lets "
                                    "anyone run and modify it.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "What the model keeps",
                                "body": (
                                    "<p>After training, the dataset is not needed to run the "
                                    "model. What remains is a file of parameters shaped by the "
                                    "training images. Whether that file can be said to contain "
                                    "copies of particular works is a technical and legal question "
                                    "you will meet in the next module and in the Getty Images and "
                                    "Andersen cases.</p>"
                                ),
                            },
                        ),
                        (
                            "sources",
                            {
                                "heading": "Sources",
                                "citations": [
                                    {
                                        "title": "Denoising Diffusion Probabilistic Models",
                                        "publisher": "Ho, Jain and Abbeel, NeurIPS 2020",
                                        "date": "2020-06-19",
                                        "url": "https://arxiv.org/abs/2006.11239",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "High-Resolution Image Synthesis with Latent Diffusion "
                                            "Models"
                                        ),
                                        "publisher": "Rombach et al., CVPR 2022",
                                        "date": "2021-12-20",
                                        "url": "https://arxiv.org/abs/2112.10752",
                                        "note": "The method behind Stable Diffusion.",
                                    },
                                    {
                                        "title": (
                                            "Learning Transferable Visual Models From Natural "
                                            "Language Supervision (CLIP)"
                                        ),
                                        "publisher": "Radford et al., OpenAI",
                                        "date": "2021-02-26",
                                        "url": "https://arxiv.org/abs/2103.00020",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "how-language-models-learn",
                    "title": "How text models learn: predicting the next token",
                    "summary": (
                        "What large language models do with text, how they are tuned into chat "
                        "assistants, and how training differs from an AI reading your page live."
                    ),
                    "body": [
                        (
                            "heading",
                            {"text": "One task, repeated trillions of times", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Large language models (LLMs), such as the ones behind ChatGPT, "
                                "Claude, Gemini or Llama, are trained on one deceptively simple "
                                "task: given some text, predict what comes next. Text is first cut "
                                "into <b>tokens</b>, which are whole words or pieces of words. The "
                                "model reads a stretch of tokens, scores every possible next "
                                "token, and is corrected against what the real text said. The "
                                "technical design that made this work at scale, the "
                                "<i>transformer</i>, was published by Google researchers in "
                                "2017.</p><p>To get good at predicting the next token across the "
                                "whole web, a model has to pick up spelling, grammar, facts, "
                                "styles of argument, the structure of a recipe, the rhythm of a "
                                "villanelle and much more. Nobody writes those rules in; they "
                                "emerge as patterns in the model's parameters.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "next-token",
                                "alt_text": (
                                    "The phrase 'The gallery opened its new' followed by a bar "
                                    "chart of possible next words: exhibition 38 per cent, wing "
                                    "21, café 12, season 9, doors 7."
                                ),
                                "caption": (
                                    "Illustrative probabilities for the next word. A model picks "
                                    "one, adds it, and predicts again."
                                ),
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        ("heading", {"text": "From text predictor to assistant", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The result of this <i>pre-training</i> is a model that "
                                "continues text, not one that follows instructions. Companies then "
                                "fine-tune it on examples of helpful answers and use human "
                                "feedback to rank its responses, a method popularised by OpenAI's "
                                "2022 work on instruction following. This is the stage where "
                                "assistants learn to refuse some requests, to follow a house "
                                "style, or to decline to reproduce long passages of copyrighted "
                                "text.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Training is not the same as looking something up",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Many AI products now combine a trained model with live web "
                                "access. When an assistant or AI search engine fetches your web "
                                "page to answer a question, that is <b>retrieval</b>: a fresh copy "
                                "of your page is read at that moment and may be quoted or "
                                "summarised. It is different from <b>training</b>, where your text "
                                "shaped the model's parameters months earlier. The difference "
                                "matters in practice because companies often use different "
                                "crawlers for the two jobs, and you can block them separately, as "
                                "the opting-out course shows.</p>"
                            ),
                        ),
                        ("heading", {"text": "What this means for writers", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>If you write, your published text may have shaped these models "
                                "in the same way that images shaped image generators: as one small "
                                "influence among billions, and occasionally, for widely copied "
                                "passages, as something the model can repeat almost word for word. "
                                "Image generators depend on language models too: the text encoder "
                                "that turns a prompt into numbers is itself trained on text and "
                                "captions. That is why the names, titles and descriptions that "
                                "travel with a picture online matter as much as the picture.</p>"
                            ),
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Token",
                                "definition": (
                                    "<p>The unit of text a language model reads and writes: a "
                                    "word, part of a word or a punctuation mark. Models predict "
                                    "text one token at a time.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Retrieval",
                                "definition": (
                                    "<p>When an AI system fetches documents, such as web pages, at "
                                    "the time of a question and uses them in its answer, instead "
                                    "of relying only on what it learned in training.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "title": "Check your understanding",
                                "instructions": "Answer all three questions, then check your answers.",
                                "pass_mark": 60,
                                "questions": [
                                    {
                                        "prompt": "What does the LAION-5B dataset actually contain?",
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "About 5.85 billion image addresses (URLs) "
                                                    "paired with captions"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Right. LAION-5B is a list of links and text; "
                                                    "people training models download the images "
                                                    "themselves."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "5.85 billion image files stored on LAION's "
                                                    "servers"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "Not quite. LAION distributes links and "
                                                    "captions, not the image files."
                                                ),
                                            },
                                            {
                                                "text": "A trained image-generation model",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. LAION-5B is a dataset that models such as "
                                                    "Stable Diffusion were trained on, not a model "
                                                    "itself."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Because it is a list of links, the same images can "
                                            "be downloaded again and again by different teams, "
                                            "which is one reason the dataset has travelled so "
                                            "widely.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "During training, what is a diffusion model asked to "
                                            "do with each image?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "Store it in a compressed archive for later "
                                                    "lookup"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. The model does not keep an archive of "
                                                    "training images to look up."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Predict the noise that was added to it, given "
                                                    "its caption"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. Learning to remove noise is how it "
                                                    "later turns random noise into new images."
                                                ),
                                            },
                                            {
                                                "text": "Copy its colours onto a blank canvas",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. It learns to estimate and remove noise, "
                                                    "which is a statistical task."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Training adjusts the model's parameters a little "
                                            "for each noisy example. Generation then runs the "
                                            "noise-removal process from pure noise.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "Which of these statements about large language models "
                                            "are true?"
                                        ),
                                        "kind": "multiple",
                                        "options": [
                                            {
                                                "text": (
                                                    "They are pre-trained by predicting the next "
                                                    "token in huge amounts of text"
                                                ),
                                                "is_correct": True,
                                                "feedback": "Yes, that is the core training task.",
                                            },
                                            {
                                                "text": (
                                                    "Assistants are usually fine-tuned further, "
                                                    "including with human feedback"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Yes. Fine-tuning turns a text predictor into "
                                                    "an assistant that follows instructions."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "When an AI search tool reads your page live "
                                                    "to answer a question, that is the same as "
                                                    "training"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. That is retrieval: a live copy used for "
                                                    "one answer, often fetched by a different "
                                                    "crawler."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Their rules of grammar and style are written "
                                                    "in by programmers"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. These patterns emerge from training "
                                                    "rather than being programmed."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Keep training and retrieval apart: they raise "
                                            "different questions and are controlled in different "
                                            "ways.</p>"
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
                                        "title": "Attention Is All You Need",
                                        "publisher": "Vaswani et al., Google",
                                        "date": "2017-06-12",
                                        "url": "https://arxiv.org/abs/1706.03762",
                                        "note": "The transformer architecture.",
                                    },
                                    {
                                        "title": "Language Models are Few-Shot Learners (GPT-3)",
                                        "publisher": "Brown et al., OpenAI",
                                        "date": "2020-05-28",
                                        "url": "https://arxiv.org/abs/2005.14165",
                                        "note": (
                                            "Describes a training mix built largely from filtered "
                                            "Common Crawl."
                                        ),
                                    },
                                    {
                                        "title": (
                                            "Training language models to follow instructions with "
                                            "human feedback"
                                        ),
                                        "publisher": "Ouyang et al., OpenAI",
                                        "date": "2022-03-04",
                                        "url": "https://arxiv.org/abs/2203.02155",
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
            "slug": "patterns-copies-and-style",
            "title": "Patterns, copies and style",
            "summary": (
                "When models reproduce their training data, what style imitation is, and why a "
                "work cannot simply be deleted."
            ),
            "lessons": [
                {
                    "slug": "memorisation-and-regurgitation",
                    "title": "Learning patterns, not storing copies, mostly",
                    "summary": (
                        "Why most outputs are new combinations, and the research showing that "
                        "models can still memorise and reproduce training images and text."
                    ),
                    "body": [
                        ("heading", {"text": "Too small to be an archive", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A simple calculation shows why a model is not a compressed "
                                "library of its training set. Early versions of Stable Diffusion "
                                "were trained on roughly two billion images, yet the model file is "
                                "a few gigabytes. That works out at a couple of bytes per training "
                                "image on average, far too little to store a copy of each one; a "
                                "single small JPEG needs tens of thousands of bytes. Most of what "
                                "the model holds is shared, general knowledge: how light falls, "
                                "what fur looks like, how a portrait is usually framed.</p><p>In "
                                "November 2025 the High Court in London reached a similar "
                                "conclusion on the evidence in <i>Getty Images v Stability AI</i>, "
                                "finding that the Stable Diffusion model did not store the "
                                "claimants' images. A week later, a court in Munich came to the "
                                "opposite conclusion about song lyrics that OpenAI's language "
                                "models had memorised and could reproduce (<i>GEMA v. OpenAI</i>). "
                                'The difference lies in the evidence: "on average" hides '
                                "important exceptions.</p>"
                            ),
                        ),
                        ("heading", {"text": "Memorisation is real", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In 2023 researchers from Google, DeepMind, ETH Zurich, "
                                "Princeton and UC Berkeley published <i>Extracting Training Data "
                                "from Diffusion Models</i> (Carlini et al.). They generated large "
                                "numbers of images from prompts taken from training captions and "
                                "searched the results for near-copies of training images. They "
                                "extracted <b>over a thousand training examples</b> from "
                                "state-of-the-art models, including photographs of identifiable "
                                "people and trademarked logos. The images most at risk were ones "
                                "that appeared many times in the training data.</p><p>A separate "
                                "2023 study (Somepalli et al., <i>Diffusion Art or Digital "
                                "Forgery?</i>) found Stable Diffusion sometimes reproducing "
                                "substantial parts of training images, such as a composition or "
                                "background, even when the whole image was not copied.</p><p>Text "
                                "models behave the same way. Earlier work by Carlini and "
                                "colleagues (2021) extracted verbatim passages, including personal "
                                "contact details, from GPT-2. The New York Times' lawsuit against "
                                "OpenAI and Microsoft alleges that ChatGPT reproduced long, "
                                "near-verbatim passages of its articles, which the companies "
                                "dispute.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "memorisation-spectrum",
                                "alt_text": (
                                    "A colour bar running from general patterns through style "
                                    "imitation and close paraphrase to near-exact copy, with a "
                                    "small landscape thumbnail under each stage becoming closer to "
                                    "the original."
                                ),
                                "caption": (
                                    "Outputs range from general patterns to, occasionally, "
                                    "near-copies."
                                ),
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        ("heading", {"text": "What makes memorisation more likely", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>Duplication.</b> A famous painting, a widely shared "
                                "photo, a meme, a logo or a stock image may appear thousands of "
                                "times in scraped data. Each repetition makes it more likely that "
                                "the model learns that exact image rather than general "
                                "patterns.</li><li><b>Narrow fine-tuning.</b> A model fine-tuned "
                                "on a handful of one artist's works can reproduce those works "
                                "closely, because it has seen few other examples for that "
                                "prompt.</li><li><b>Specific prompts.</b> The extraction research "
                                "used the original training captions as prompts. A caption that "
                                "belongs to one well-known image can steer a model towards "
                                "it.</li></ul><p>Developers can reduce the risk by removing "
                                "duplicate images before training and by filtering outputs, but "
                                "they cannot rule it out completely. For you, the practical lesson "
                                "is that widely reposted works are more exposed than works that "
                                "appear online once.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Both things are true",
                                "body": (
                                    "<p>Generative models mostly learn patterns rather than "
                                    "storing copies, <i>and</i> they can memorise and reproduce "
                                    "some training works, especially widely duplicated ones. Be "
                                    "wary of anyone who tells you only half of this.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Memorisation",
                                "definition": (
                                    "<p>When a model can reproduce a specific training example, or "
                                    "a large recognisable part of it, rather than only general "
                                    "patterns learned from many examples.</p>"
                                ),
                            },
                        ),
                        (
                            "sources",
                            {
                                "heading": "Sources",
                                "citations": [
                                    {
                                        "title": "Extracting Training Data from Diffusion Models",
                                        "publisher": "Carlini et al., USENIX Security Symposium 2023",
                                        "date": "2023-01-30",
                                        "url": "https://arxiv.org/abs/2301.13188",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Diffusion Art or Digital Forgery? Investigating Data "
                                            "Replication in Diffusion Models"
                                        ),
                                        "publisher": "Somepalli et al., CVPR 2023",
                                        "date": "2022-12-07",
                                        "url": "https://arxiv.org/abs/2212.03860",
                                        "note": "",
                                    },
                                    {
                                        "title": "Extracting Training Data from Large Language Models",
                                        "publisher": "Carlini et al., USENIX Security Symposium 2021",
                                        "date": "2020-12-14",
                                        "url": "https://arxiv.org/abs/2012.07805",
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
                                        "note": "",
                                    },
                                    {
                                        "title": "GEMA v. OpenAI, case 42 O 14139/24",
                                        "publisher": "Landgericht München I (Munich Regional Court I)",
                                        "date": "2025-11-11",
                                        "url": "",
                                        "note": "",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "style-versus-copying",
                    "title": "Style, imitation and copying",
                    "summary": (
                        "Why copyright does not protect a style as such, how models imitate named "
                        "artists, and where imitation can still cross legal or ethical lines."
                    ),
                    "body": [
                        ("heading", {"text": "Your name as a prompt", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In 2022, shortly after Stable Diffusion was released, the name "
                                "of the Polish fantasy illustrator Greg Rutkowski became one of "
                                "the most-used words in prompts, far more often than Picasso's. "
                                "MIT Technology Review reported that he had not been asked and was "
                                "not happy about it. Because captions in the training data "
                                "mentioned him, the model had learned to push images towards "
                                "features of his work when his name appeared.</p><p>Soon people "
                                "went further. In November 2022 the writer Andy Baio documented "
                                "how someone had fine-tuned Stable Diffusion on a small set of one "
                                "illustrator's images, Hollie Mengert's, and shared the result so "
                                'anyone could generate pictures "in her style". Lightweight '
                                "fine-tunes of this kind (often shared as <i>LoRA</i> files) are "
                                "now common on model-sharing sites.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "What copyright does and does not protect", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Copyright law in the UK, the EU and the US protects the "
                                "<b>expression</b> in a particular work: the specific drawing, "
                                "photograph or text. It does not protect ideas, techniques or a "
                                "style in general. Another artist may learn from your work and "
                                "paint in a similar manner without infringing copyright; that "
                                "freedom is part of how art develops.</p><p>So an AI output that "
                                "merely looks like your style usually does not infringe copyright "
                                "in any one of your works. An output that reproduces a substantial "
                                "part of a particular work, such as its composition, characters or "
                                "distinctive details, may. The line is judged case by case, and "
                                "courts are only starting to apply it to AI outputs.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "Where imitation can still cross a line", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Other laws and arguments can come into "
                                "play:</p><ul><li><b>Passing off, false endorsement and trade "
                                "marks</b> may apply if outputs are marketed in a way that "
                                "suggests you made or approved them. The artists in <i>Andersen v. "
                                "Stability AI</i> brought claims of this kind under US law "
                                "alongside their copyright claims.</li><li><b>Market harm.</b> The "
                                "US Copyright Office's May 2025 report on AI training discussed "
                                "the risk that floods of outputs imitating an artist's style could "
                                "harm the market for that artist's work, and treated it as "
                                "relevant to fair use even though style itself is not "
                                "protected.</li><li><b>Platform rules.</b> Some services restrict "
                                "prompts naming living artists. OpenAI, for example, said in 2023 "
                                "that DALL·E 3 was designed to decline requests for images in the "
                                "style of a living artist.</li></ul>"
                            ),
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "Fine-tuning",
                                "definition": (
                                    "<p>Further training of an existing model on a smaller, "
                                    "focused set of examples, such as one artist's images, so that "
                                    "it reproduces their particular features more closely.</p>"
                                ),
                            },
                        ),
                        (
                            "glossary_term",
                            {
                                "term": "LoRA",
                                "definition": (
                                    "<p>Short for <i>low-rank adaptation</i>: a small add-on file "
                                    "that fine-tunes a large model cheaply. Often shared online to "
                                    "make a model imitate a person, a character or a style.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "title": "Check your understanding",
                                "instructions": "Two questions on memorisation and style.",
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "According to Carlini et al. (2023), which training "
                                            "images were most at risk of being reproduced by "
                                            "diffusion models?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "Images that appeared many times in the "
                                                    "training data"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. Duplication greatly increased the "
                                                    "chance of memorisation."
                                                ),
                                            },
                                            {
                                                "text": "Images with the highest resolution",
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. The key factor they identified was how "
                                                    "often an image was duplicated."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "No images: the study found models cannot "
                                                    "memorise"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. The study extracted over a thousand "
                                                    "training examples."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Widely reposted works, famous paintings, logos and "
                                            "stock photos are more exposed than a work that "
                                            "appears once.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "An AI image looks strongly like your style but does "
                                            "not reproduce any particular work of yours. Which "
                                            "statements are accurate?"
                                        ),
                                        "kind": "multiple",
                                        "options": [
                                            {
                                                "text": (
                                                    "Copyright in the UK, EU and US generally does "
                                                    "not protect a style as such"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Right. Copyright protects the expression in "
                                                    "specific works."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Other laws, such as passing off or false "
                                                    "endorsement, may apply if it is presented as "
                                                    "yours"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Yes. How an output is marketed can raise "
                                                    "separate legal issues."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "It automatically infringes copyright in every "
                                                    "work in your portfolio"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Infringement normally requires copying a "
                                                    "substantial part of a particular work."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Style imitation can still be relevant to "
                                                    "arguments about harm to your market"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Yes. The US Copyright Office discussed this "
                                                    "in its 2025 report on AI training."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Style is not owned, but imitation at scale raises "
                                            "real questions about markets, attribution and consent "
                                            "that the law is still working through.</p>"
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
                                            "This artist is dominating AI-generated art. And he's "
                                            "not happy about it."
                                        ),
                                        "publisher": "Melissa Heikkilä, MIT Technology Review",
                                        "date": "2022-09-16",
                                        "url": "",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Invasive Diffusion: How one unwilling illustrator "
                                            "found herself turned into an AI model"
                                        ),
                                        "publisher": "Andy Baio, Waxy.org",
                                        "date": "2022-11-01",
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
                                    {
                                        "title": "DALL·E 3 announcement and system card",
                                        "publisher": "OpenAI",
                                        "date": "2023-09",
                                        "url": "",
                                        "note": (
                                            "States that requests in the style of living artists "
                                            "are declined."
                                        ),
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "why-removal-is-hard",
                    "title": "Why a work can't simply be removed after training",
                    "summary": (
                        "What happens when you ask for your work to be taken out, what "
                        '"unlearning" research can and cannot do, and what opt-outs realistically '
                        "achieve."
                    ),
                    "body": [
                        (
                            "heading",
                            {"text": "A dataset is a list; a model is a blend", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Removing your image from a dataset is easy in principle: "
                                "delete one line from the list. Removing its influence from a "
                                "model that has already been trained is not. Training nudged "
                                "millions or billions of shared parameters a tiny amount for each "
                                "example. Your work's contribution is spread across the same "
                                "numbers that encode everything else, mixed with the contributions "
                                "of every other image. There is no single place in the file to "
                                "delete.</p>"
                            ),
                        ),
                        (
                            "image",
                            {
                                "image": "weights-not-database",
                                "alt_text": (
                                    "Left: a list of training image files with 'your-painting.jpg' "
                                    "struck through. An arrow labelled training leads right to a "
                                    "grid of coloured squares representing model weights, with the "
                                    "note that there is no single place to delete."
                                ),
                                "caption": "",
                                "credit": "Diagram made for this course",
                                "licence": "CC BY 4.0",
                                "ai_generated": False,
                            },
                        ),
                        ("heading", {"text": "The options, and their limits", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>Retrain from scratch</b> without the work. This is the "
                                "only way to be sure, but training a large model costs a great "
                                "deal of money and computing time, so it happens when a company "
                                "builds its <i>next</i> model, not to honour one "
                                "request.</li><li><b>Machine unlearning</b> is a research field "
                                "trying to make a trained model behave as if certain examples had "
                                "never been used. Methods exist, for example for erasing a concept "
                                "or style from a diffusion model, but researchers have shown that "
                                "erased concepts can sometimes be brought back, and there is no "
                                "agreed way to prove that removal worked.</li><li><b>Output "
                                "filters</b> block prompts (such as an artist's name) or outputs "
                                "that resemble a known work. They change what users see, not what "
                                "the model learned, and can often be worked around.</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "Copies that have already travelled", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Two further problems are outside any one company's control. "
                                "Open-weight models, such as the early Stable Diffusion releases, "
                                "have been downloaded and fine-tuned by very large numbers of "
                                "people; an update to the original does not change those copies. "
                                "And datasets are copied too: old Common Crawl archives and LAION "
                                "link lists remain available to anyone who saved them.</p><p>This "
                                "is why opt-outs mostly work <b>going forward</b>. In December "
                                "2022, for example, Stability AI said it would honour opt-out "
                                "requests registered through Spawning's <i>Have I Been "
                                "Trained?</i> site when training Stable Diffusion 3. That kind of "
                                "promise can keep your work out of future models; it does not "
                                "reach back into models already released.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "What to ask for",
                                "body": (
                                    "<p>When you contact a company, ask specific questions: Will "
                                    "you exclude my work from future training? Will you delete "
                                    "copies you hold? Which models already used it? What filtering "
                                    "do you apply to outputs? In the UK and the EU, if the "
                                    "material includes personal data, such as photos of you, data "
                                    "protection law may also give you rights to object or ask for "
                                    "erasure, although how far those rights reach into a trained "
                                    "model is still disputed.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "title": "Check your understanding",
                                "instructions": "Two questions on removal.",
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "A company agrees to remove your work from its dataset "
                                            "today. What is the most realistic effect?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "Models it trains from now on should not learn "
                                                    "from your work, but models already released "
                                                    "are unchanged"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. Dataset removal mainly protects you "
                                                    "in future training runs."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Every existing copy of its model immediately "
                                                    "forgets your work"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Trained parameters do not change when a "
                                                    "dataset entry is deleted, and downloaded "
                                                    "copies are outside the company's control."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Nothing at all, because models never use "
                                                    "datasets"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Models are trained on datasets, so "
                                                    "removal does matter for future models."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Opt-outs are still worth making: each new model "
                                            "generation is trained afresh, and what goes into it "
                                            "can change.</p>"
                                        ),
                                    },
                                    {
                                        "prompt": (
                                            "Which approach is the only way to be certain that a "
                                            "model has not learned from a particular work?"
                                        ),
                                        "kind": "single",
                                        "options": [
                                            {
                                                "text": (
                                                    "Training a new model from scratch on data "
                                                    "that excludes the work"
                                                ),
                                                "is_correct": True,
                                                "feedback": (
                                                    "Correct. It is certain but expensive, which "
                                                    "is why it usually happens only for new model "
                                                    "versions."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Blocking prompts that mention the artist's "
                                                    "name"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Output filters change what users can ask "
                                                    "for, not what the model learned."
                                                ),
                                            },
                                            {
                                                "text": (
                                                    "Running a concept-erasure method on the "
                                                    "trained model"
                                                ),
                                                "is_correct": False,
                                                "feedback": (
                                                    "No. Research shows erased concepts can "
                                                    "sometimes be recovered, and there is no "
                                                    "agreed way to prove removal."
                                                ),
                                            },
                                        ],
                                        "explanation": (
                                            "<p>Unlearning is an active research area, but for now "
                                            "retraining is the only sure method.</p>"
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
                                        "title": "Machine Unlearning",
                                        "publisher": (
                                            "Bourtoule et al., IEEE Symposium on Security and "
                                            "Privacy 2021"
                                        ),
                                        "date": "2019-12-09",
                                        "url": "https://arxiv.org/abs/1912.03817",
                                        "note": "",
                                    },
                                    {
                                        "title": "Erasing Concepts from Diffusion Models",
                                        "publisher": "Gandikota et al., ICCV 2023",
                                        "date": "2023-03-13",
                                        "url": "https://arxiv.org/abs/2303.07345",
                                        "note": "",
                                    },
                                    {
                                        "title": (
                                            "Artists can now opt out of the next version of Stable "
                                            "Diffusion"
                                        ),
                                        "publisher": "Melissa Heikkilä, MIT Technology Review",
                                        "date": "2022-12-16",
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
    ],
}
