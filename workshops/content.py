"""The community workshop pages seed_demo loads: our own words, every fact from the seeds
(000: Pan-Bedfordshire neglect page, NSPCC Listen Up, Speak Up; 001: Luton LSCB, Neglect
Matters), each cited under the content that uses it. Editors change them in the page editor."""

INDEX = {
    "title": "Community workshops",
    "slug": "workshops",
    "intro": (
        "Free workshops about keeping children safe, which a school, club, community group, faith "
        "group or workplace can host. Ask for one here: you do not need an account."
    ),
    "body": [
        {"type": "heading", "value": {"text": "How it works", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ol>"
                "<li>Choose a workshop and fill in the request form. It takes about 2 minutes.</li>"
                "<li>We email you a reference and a private link to follow your request.</li>"
                "<li>A workshop coordinator proposes a date, a time and a facilitator.</li>"
                "<li>You accept the date, or ask for another one, from your private link.</li>"
                "</ol>"
                "<p>The workshops are free.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Choose a workshop", "level": "h2"}},
    ],
}

LISTEN_UP_SPEAK_UP = {
    "title": "Listen Up, Speak Up workshop",
    "slug": "listen-up-speak-up",
    "workshop": "listen_up_speak_up",
    "intro": (
        "A free one-hour NSPCC workshop about how to listen up and speak up for children. Your "
        "school, club, community group or workplace can host it, face-to-face or online."
    ),
    "duration": "One hour",
    "cost": "Free",
    "formats": "Face-to-face or online",
    "audience_summary": "The people of a school, club, community group or workplace that hosts it.",
    "body": [
        {"type": "heading", "value": {"text": "Why it matters", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>People say it takes a village to raise a child. It also takes a community to keep "
                "children safe. That is why the NSPCC wants every adult in the UK to learn how to listen "
                "up and speak up for children.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "What the workshop covers", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Listen Up, Speak Up shows you:</p>"
                "<ul>"
                "<li>some signs that a child might be at risk, and steps you can take to help</li>"
                "<li>how to approach difficult conversations to help keep children safe</li>"
                "<li>who you can contact if you are ever worried about a child or their family</li>"
                "</ul>"
                "<p>The workshop lasts one hour. It can be face-to-face or online, and it is completely "
                "free.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Who can host one", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Any school, club, community group or workplace can ask to host a workshop. When you "
                "ask, tell us your organisation's name and where you are, a few dates that would suit "
                "you, and who will come.</p>"
                '<p>If you cannot host a workshop, you can still take the <a href="/learning/'
                'listen-up-speak-up/">10-minute Listen Up, Speak Up training</a> on this site.</p>'
            ),
        },
        {
            "type": "source",
            "value": "NSPCC Listen Up, Speak Up campaign; Pan-Bedfordshire Safeguarding Children Partnership",
        },
    ],
}

NEGLECT_MATTERS = {
    "title": "Neglect Matters awareness session",
    "slug": "neglect-matters",
    "workshop": "neglect_matters",
    "intro": (
        "A free awareness session about child neglect, which a local organisation can host for staff "
        "who often meet children and families."
    ),
    "duration": "",
    "cost": "Free",
    "formats": "",
    "audience_summary": (
        "Staff who often meet children and families, such as people working in libraries, leisure "
        "centres and support roles in children's centres."
    ),
    "body": [
        {"type": "heading", "value": {"text": "About Neglect Matters", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Neglect Matters is a campaign the safeguarding partners in Luton, Bedford Borough and "
                "Central Bedfordshire launched in 2018. It raises awareness of neglect through free "
                "sessions that local organisations host for their staff.</p>"
                "<p>The three partnerships are now working with the NSPCC on a new local campaign that "
                "builds on Neglect Matters.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "What neglect is", "level": "h2"}},
        {
            "type": "inset",
            "value": (
                "<p>Neglect is \u201cthe persistent failure to meet a child's basic physical and/or "
                "psychological needs, likely to result in the serious impairment of the child's health "
                "or development.\u201d</p>"
            ),
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Neglect is the most common reason for professionals taking child protection action. "
                "It can be life-threatening, and it is not only the youngest children who experience it: "
                "it happens at every age. There is often no single sign that a child or family needs "
                "help.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Signs staff may notice", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Signs of neglect can include a child who:</p>"
                "<ul>"
                "<li>loses weight or is always underweight</li>"
                "<li>is often absent from school</li>"
                "<li>begs or steals money or food</li>"
                "<li>is missing medical or dental care, immunisations or glasses they need</li>"
                "<li>wears clothes that do not fit or are wrong for the weather, or shoes that are "
                "too small</li>"
                "<li>has clothes that are always dirty, or a strong body odour</li>"
                "</ul>"
                "<p>One sign on its own does not mean a child is experiencing neglect. Neglect is about "
                "needs that go unmet over time.</p>"
            ),
        },
        {"type": "warning", "value": "If a child is in immediate danger, call 999."},
        {
            "type": "source",
            "value": (
                "Working Together to Safeguard Children 2023; Luton Safeguarding Children Board; "
                "Pan-Bedfordshire Safeguarding Children Partnership"
            ),
        },
    ],
}

PAGES = [LISTEN_UP_SPEAK_UP, NEGLECT_MATTERS]
