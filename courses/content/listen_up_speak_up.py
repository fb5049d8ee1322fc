"""Listen Up, Speak Up: 10-minute training for any adult, based on the NSPCC campaign.

Plain data for courses.content.loader. Facts come only from the seed documents in
shared/seeds/ and are cited in a "source" block at the end of each lesson. The people in the
case studies are fictional.
"""

L1 = "(See lesson 1, Listen up: spot the signs.)"
L2 = "(See lesson 2, Speak up: difficult conversations.)"
L3 = "(See lesson 3, Who to contact.)"

MODULE = {
    "title": "Listen Up, Speak Up: 10-minute eLearning",
    "slug": "listen-up-speak-up",
    "intro": (
        "It takes a community to keep children safe. In 10 minutes, learn some signs that a "
        "child might not be OK, how to have a difficult conversation, and who to contact."
    ),
    "audience": (
        "Any adult. You do not need to work with children. It is for neighbours, parents and "
        "carers, shop workers, hairdressers, sports coaches and anyone else who sees children "
        "in everyday life."
    ),
    "learning_outcomes": [
        "Spot some signs that a child might not be OK",
        "Explain why a pattern over time matters more than one sign",
        "Listen calmly and kindly if a child tells you something worrying",
        "Talk to a worried parent or carer without confronting them",
        "Know who to contact if you are worried about a child",
    ],
    "estimated_minutes": 10,
    "cpd_hours": "0.25",
    "pass_mark": 80,
    "account_required": False,
    "lessons": [
        # 1 -------------------------------------------------------------------------------
        {
            "title": "Listen up: spot the signs",
            "slug": "listen-up",
            "intro": (
                "Children can't always tell us when something is wrong. This lesson shows you "
                "what to look out for."
            ),
            "body": [
                {"type": "heading", "value": {"text": "Why every adult matters", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>People say it takes a village to raise a child. It also takes a "
                        "community to keep children safe.</p>"
                        "<p>You might see the same children every week: at the school gate, in "
                        "your shop, at your salon or on the football pitch. You may notice "
                        "things that other people miss.</p>"
                        "<p>Children often don't tell anyone when things are wrong. They may be "
                        "scared, or think no one will believe them. As one young person put it, "
                        "people outside the home often can't tell what is going on inside "
                        "it.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "What neglect means", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This training is about neglect. Neglect is when a child's basic "
                        "needs are not met, again and again, over time.</p>"
                        "<p>Neglect can harm a child's health and growth. It can even put their "
                        "life at risk. It is the most common reason for professionals taking "
                        "action to protect a child.</p>"
                    ),
                },
                {
                    "type": "details",
                    "value": {
                        "summary": "The legal definition of neglect",
                        "content": (
                            "<p>Working Together to Safeguard Children 2023 defines neglect as "
                            "“The persistent failure to meet a child's basic physical and/or "
                            "psychological needs, likely to result in the serious impairment "
                            "of the child's health or development.”</p>"
                            "<p>“Persistent” means it keeps happening. It is not a one-off, "
                            "like one messy kitchen.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": {"text": "Signs to look out for", "level": "h2"}},
                {
                    "type": "table",
                    "value": {
                        "table_caption": "Signs that a child's needs might not be met",
                        "first_row_is_table_header": True,
                        "first_col_is_header": True,
                        "data": [
                            ["Need", "What you might notice"],
                            [
                                "Food (nutritional)",
                                "Often hungry. Begs for food or money, or takes it.",
                            ],
                            [
                                "Health (medical)",
                                "Health, eye or teeth problems that are not treated, such as "
                                "toothache that goes on and on, or no glasses when they need "
                                "them.",
                            ],
                            [
                                "Clothes and hygiene (physical)",
                                "Clothes that are often dirty, too small or wrong for the "
                                "weather. A strong body smell. Dirty teeth or hair.",
                            ],
                            ["School (educational)", "Often missing school."],
                            [
                                "Being looked after (supervision)",
                                "Often left alone, or left to look after younger brothers or sisters.",
                            ],
                            [
                                "Love and attention (emotional)",
                                "Very quiet and withdrawn, or wanting a lot of attention from adults.",
                            ],
                        ],
                    },
                },
                {
                    "type": "key_fact",
                    "value": {
                        "heading": "No single sign proves anything",
                        "text": (
                            "Any child can be hungry or grubby on a bad day. What matters is a "
                            "pattern: the same worries, again and again, over weeks or months."
                        ),
                    },
                },
                {"type": "heading", "value": {"text": "Teenagers too", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Neglect can happen at any age, from babies to teenagers. Older "
                        "children are easy to miss because they seem able to cope. A teenager "
                        "might miss a lot of school, find it hard to concentrate, or stay out "
                        "all night without anyone at home knowing where they are.</p>"
                    ),
                },
                {
                    "type": "inset",
                    "value": (
                        "<p>Many families have very little money and still look after their "
                        "children well. Being poor is not the same as neglect. But money "
                        "worries can make life harder, and a family may need help.</p>"
                    ),
                },
                {
                    "type": "pause",
                    "value": {
                        "scenario": (
                            "You work in a corner shop. Most school mornings, a girl of about "
                            "8 comes in on her own and buys crisps and sweets for breakfast. "
                            "Today she asks if she can have a banana and pay tomorrow. What "
                            "would you do?"
                        ),
                        "reveal": (
                            "<p>Be kind to her this morning. A young child alone, buying "
                            "sweets for breakfast most days, is a pattern, not a one-off.</p>"
                            "<p>Write down what you have seen and when, then share your worry "
                            "(lesson 3 shows you how). You don't need to know her whole story "
                            "first.</p>"
                        ),
                    },
                },
                {
                    "type": "reflection",
                    "value": (
                        "Think about the children you see in your everyday life. Would you "
                        "notice if something changed for one of them?"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": "<p>The people in this module's case studies are fictional.</p>",
                },
                {
                    "type": "source",
                    "value": (
                        "Working Together to Safeguard Children 2023; Pan-Bedfordshire "
                        "Safeguarding Children Partnership; Luton Safeguarding Children Board; "
                        "Cambridgeshire and Peterborough Neglect Strategy 2025 (including "
                        "Horwath, 2007); Hull Safeguarding Children Partnership"
                    ),
                },
            ],
        },
        # 2 -------------------------------------------------------------------------------
        {
            "title": "Speak up: difficult conversations",
            "slug": "speak-up",
            "intro": (
                "Talking about a worry can feel hard. This lesson shows you how to listen to a "
                "child, and how to talk kindly with a parent or carer."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {"text": "If a child tells you something", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Children are more likely to tell an adult they know and trust. That "
                        "could be you. If a child starts to tell you something worrying:</p>"
                        "<ul>"
                        "<li><b>Stay calm and listen.</b> Let them talk in their own way and at "
                        "their own pace.</li>"
                        "<li><b>Don't ask leading questions</b>, such as “Does your dad leave "
                        "you on your own?” Questions like that put words in a child's mouth. "
                        "If you need to ask something, keep it open: “Can you tell me "
                        "more?”</li>"
                        "<li><b>Don't promise to keep a secret.</b> Say kindly that you may "
                        "need to tell someone who can help.</li>"
                        "<li><b>Tell them they did the right thing</b> by telling you.</li>"
                        "<li><b>Write it down</b> as soon as you can: what they said, in their "
                        "own words, and the date and time.</li>"
                        "</ul>"
                        "<p>Children often stay quiet because they are scared of what will "
                        "happen, or worried they won't be believed. Staying calm and taking "
                        "them seriously helps.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Talking to a parent or carer", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Parents and carers who are struggling often find it hard to ask for "
                        "help. A friendly word can make a difference: “Is everything OK? Can I "
                        "help?”</p>"
                        "<p>Listen more than you talk. Be respectful. Parents have said they "
                        "want people to talk with them, not at them. Remember dads and male "
                        "carers too, not just mums.</p>"
                    ),
                },
                {
                    "type": "warning",
                    "value": (
                        "Don't confront anyone, and don't try to find out what is happening "
                        "yourself. Leave that to the people whose job it is."
                    ),
                },
                {
                    "type": "pause",
                    "value": {
                        "scenario": (
                            "You are a parent at the school gate. Kai, aged 6, is in your "
                            "child's class. For weeks he has often been the last child picked "
                            "up. Today he tells you he is hungry. His mum, Shanice, arrives "
                            "late and looks upset. What would you do?"
                        ),
                        "reveal": (
                            "<p>Be kind, not critical. You could say, “You look worn out. Is "
                            "everything OK? Can I help?” Then listen. She may be glad someone "
                            "noticed.</p>"
                            "<p>Don't question Kai about home. If you stay worried about him, "
                            "tell the school or contact children's services (see lesson "
                            "3).</p>"
                        ),
                    },
                },
                {
                    "type": "reflection",
                    "value": ("What words would feel natural to you if a child told you something worrying?"),
                },
                {
                    "type": "source",
                    "value": (
                        "Cambridgeshire and Peterborough Neglect Strategy 2025; NSPCC Listen "
                        "Up, Speak Up campaign, via Pan-Bedfordshire Safeguarding Children "
                        "Partnership"
                    ),
                },
            ],
        },
        # 3 -------------------------------------------------------------------------------
        {
            "title": "Who to contact",
            "slug": "who-to-contact",
            "intro": (
                "You don't have to sort things out on your own. This lesson tells you who to "
                "contact, and when."
            ),
            "body": [
                {"type": "warning", "value": "If a child is in immediate danger, call 999."},
                {
                    "type": "heading",
                    "value": {"text": "If a child is not in immediate danger", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Contact children's services at the council for the area where the "
                        "child lives.</p>"
                        "<p>In Luton, call the MASH on 01582 547653. MASH stands for the "
                        "Multi-Agency Safeguarding Hub. It is where the council and other "
                        "services look at worries about children together.</p>"
                        "<p>For Bedford Borough and Central Bedfordshire, use the “Worried "
                        "about a child?” contacts on this site.</p>"
                        "<p>Say who the child is, what you saw or heard, and when. Use your "
                        "notes, and the child's own words if you have them.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "If you are worried at work", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If you work or volunteer with children, for example at a school or "
                        "a sports club, talk to your safeguarding lead. That is the person "
                        "whose job is to help with worries about children. Follow your "
                        "organisation's rules.</p>"
                        "<p>If nothing seems to change and you are still worried, speak up "
                        "again.</p>"
                    ),
                },
                {
                    "type": "key_fact",
                    "value": {
                        "heading": "You don't need to be sure",
                        "text": (
                            "You don't need proof, and you don't need the whole story. When you "
                            "share a worry, the people whose job it is can look into it. Your "
                            "worry might be the missing piece."
                        ),
                    },
                },
                {
                    "type": "pause",
                    "value": {
                        "scenario": (
                            "For months you have had a nagging worry about a boy on your "
                            "street. You are not sure, and you don't want to get his family "
                            "into trouble. What would you do?"
                        ),
                        "reveal": (
                            "<p>Share your worry. Speaking up is not the same as accusing a "
                            "family. It is about getting help for a child. The people who look "
                            "into it will work out what is needed, and that is often support "
                            "for the family.</p>"
                        ),
                    },
                },
                {"type": "heading", "value": {"text": "Host a free workshop", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The NSPCC also runs Listen Up, Speak Up as a free one-hour workshop, face to "
                        "face or online.</p>"
                        "<p>A school, club, community group or workplace can ask to host one "
                        "through this site. Just tell us your organisation's name and where "
                        "you are.</p>"
                    ),
                },
                {
                    "type": "reflection",
                    "value": (
                        "If you were worried about a child near you tomorrow, where would you "
                        "find the number to call?"
                    ),
                },
                {
                    "type": "source",
                    "value": (
                        "Luton Safeguarding Children Board; Pan-Bedfordshire Safeguarding "
                        "Children Partnership; NSPCC Listen Up, Speak Up campaign; "
                        "Cambridgeshire and Peterborough Neglect Strategy 2025"
                    ),
                },
            ],
        },
    ],
    "assessment": [
        # Vignette 1: two stages ---------------------------------------------------------
        {
            "title": "Leo next door",
            "age_group": "primary",
            "stages": [
                {
                    "heading": "",
                    "narrative": (
                        "<p>You live next door to Leo, aged 7, his mum Kerry and his little "
                        "sister Mia, aged 3. Leo always waves and chats to you about football. "
                        "Kerry is friendly and says hello when she sees you.</p>"
                        "<p>One evening in October, you get home at 6pm and find Leo sitting on "
                        "his doorstep in his school uniform. The door is locked. He says his "
                        "mum is at work and will be back soon. You wait and chat with him.</p>"
                        "<p>Kerry rushes home 20 minutes later with Mia. She thanks you. She "
                        "says her shift ran late and she couldn't get back in time.</p>"
                    ),
                    "questions": [
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": "This one evening shows that Leo is being neglected.",
                                "answer": "false",
                                "true_feedback": (
                                    "This is the 'one-off is a pattern' mistake. Neglect is about "
                                    "needs not being met again and again over time. Kerry gave a "
                                    "reason and came home soon, but it is still worth remembering "
                                    f"what you saw. {L1}"
                                ),
                                "false_feedback": (
                                    "That's right. One evening, with a reason given, is not a "
                                    "pattern. It is still worth keeping in mind in case it "
                                    f"happens again. {L1}"
                                ),
                            },
                        },
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": "What is a kind and sensible thing to do now?",
                                "options": [
                                    {
                                        "text": (
                                            "Tell Kerry, politely but firmly, that 7 is too young "
                                            "to be left alone, and that you will have to report "
                                            "her if it happens again."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'confront the parent' mistake. Even said "
                                            "politely, a warning like this can make a parent "
                                            "defensive and less likely to ask for help. Be kind, "
                                            f"and share any worry with the people whose job it is. {L2}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Say something friendly to Kerry, such as “That sounds "
                                            "stressful. Is everything OK?”, and note the date."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "A friendly word can help a parent who is struggling, "
                                            "and it keeps the door open. A note of the date "
                                            f"means you have the facts if it happens again. {L2}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Call 999 now, because a 7-year-old was locked out "
                                            "of his home on his own."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This treats a one-off as an emergency. 999 is for a "
                                            "child in immediate danger, and Leo is now safe at "
                                            f"home with his mum. {L3}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Next time you see Leo on his own, ask him what "
                                            "happens at home after school and who looks after him."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'find out for yourself' mistake. It is "
                                            "not your job to investigate, and questions like "
                                            "these can upset a child or put words in their "
                                            f"mouth. Stay friendly and let Leo talk if he wants to. {L2}"
                                        ),
                                    },
                                ],
                            },
                        },
                    ],
                },
                {
                    "heading": "Six weeks later",
                    "narrative": (
                        "<p>Since that evening, you have found Leo outside on his own at least "
                        "twice a week, often after dark. It is now December and cold. Twice he "
                        "had no coat. Last week he asked if you had any food because he was "
                        "“starving”. Once Mia was with him, and Leo told you, “I have to look "
                        "after her till Mum gets in.”</p>"
                        "<p>You have written down each date. When you asked Kerry, “Is "
                        "everything OK? Can I help?”, she said she was fine and quickly closed "
                        "the door.</p>"
                        "<p>Leo still talks about football, but he seems quieter than before. "
                        "He doesn't wave any more.</p>"
                    ),
                    "questions": [
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": "What should you do now?",
                                "options": [
                                    {
                                        "text": (
                                            "Keep writing things down until after Christmas, so "
                                            "that when you do speak up you are sure and have "
                                            "proof that it is a real pattern."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'wait until you are sure' mistake. You "
                                            "don't need proof, and Leo and Mia would spend weeks "
                                            f"more like this. Your notes are already enough. {L3}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Post in the local community group online to ask if "
                                            "anyone else has noticed anything about the family."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'ask around' mistake. Posting online "
                                            "shames the family, starts gossip and won't get Leo "
                                            f"help. Share your worry privately instead. {L3}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Tell children's services for Leo's area (in Luton, "
                                            "the MASH on 01582 547653) what you have seen, using "
                                            "your notes."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Yes. There is now a pattern: Leo is often alone in "
                                            "the cold, hungry, and sometimes caring for his little "
                                            "sister. You don't need to be sure. Your notes help "
                                            f"the people whose job it is. {L3}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Keep giving Leo food and a warm place to wait at "
                                            "yours, and say nothing, because Kerry is doing her "
                                            "best and a report would get her into trouble."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'help quietly and tell no one' mistake. "
                                            "Helping Leo is kind, so keep doing it. But speaking "
                                            "up is not accusing Kerry: it lets the family get "
                                            f"help. Do both. {L3}"
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": (
                                    "One night in January, at 10pm, you find Leo and Mia "
                                    "outside in the rain. No one answers the door, and you "
                                    "can't reach Kerry. What should you do?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Call the MASH number, explain what is happening, "
                                            "and give them your notes from the last three months "
                                            "so they have the full picture."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This mixes up the two numbers. The MASH is for "
                                            "worries when a child is not in immediate danger. "
                                            f"Tonight Leo and Mia need help now, so call 999. {L3}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Stay with Leo and Mia, keep them as warm and dry as "
                                            "possible, and call 999."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Two young children outside alone late at night, "
                                            "with no adult to be found, are in immediate "
                                            f"danger. Call 999 straight away. {L3}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Take them into your home to warm up, give them "
                                            "something to eat, and talk to Kerry in the morning "
                                            "when she is back."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'help quietly and tell no one' mistake. "
                                            "Keeping them warm is kind, but no one knows where "
                                            f"Kerry is, and this is an emergency. Call 999. {L3}"
                                        ),
                                    },
                                ],
                            },
                        },
                    ],
                },
            ],
        },
        # Vignette 2 ---------------------------------------------------------------------
        {
            "title": "Ruby at the salon",
            "age_group": "primary",
            "stages": [
                {
                    "heading": "",
                    "narrative": (
                        "<p>You are a hairdresser. Ruby, aged 10, has come to your salon since "
                        "she was small. Her grandad, Dennis, brings her. He has looked after "
                        "Ruby and her brother Josh, aged 5, for years. He is proud of Ruby and "
                        "always asks for “something nice for school”.</p>"
                        "<p>Today Dennis pops out to the bank. While you cut her hair, Ruby "
                        "says quietly, “There wasn't any dinner again last night. Grandad's "
                        "really tired since Nana died. He sleeps a lot, so I put Josh to "
                        "bed.”</p>"
                        "<p>She tells you she has had toothache “for ages” but hasn't been to a "
                        "dentist. Then she says, “Please don't tell Grandad I said. He'll be "
                        "sad.”</p>"
                    ),
                    "questions": [
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": "Ruby asks you not to tell. What is the best reply?",
                                "options": [
                                    {
                                        "text": (
                                            "“I won't say a word to Grandad, I promise. It's our "
                                            "secret, and you can always talk to me when you come "
                                            "in.”"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'promise to keep a secret' mistake. It "
                                            "feels kind, but you will need to share this, and "
                                            f"breaking a promise later could stop Ruby trusting adults. {L2}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "“Are you sure? Your grandad seems so lovely, and I "
                                            "know he would never want anything bad to happen to "
                                            "you or Josh.”"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'he seems so nice' mistake. Children "
                                            "often stay quiet because they fear they won't be "
                                            "believed. Dennis clearly loves Ruby, and she still "
                                            f"needs help. Take her seriously. {L2}"
                                        ),
                                    },
                                    {
                                        "text": "“Does your grandad leave you on your own a lot?”",
                                        "correct": False,
                                        "feedback": (
                                            "This is a leading question: it puts words in Ruby's "
                                            "mouth. Let her tell you in her own way, and keep "
                                            f"questions open, like “Can you tell me more?” {L2}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "“Thank you for telling me. You did the right thing. "
                                            "I can't keep it a secret, because I want to help.”"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "This is honest and kind. It tells Ruby she did well, "
                                            f"and it doesn't make a promise you can't keep. {L2}"
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "What should you do after Ruby and Dennis have gone? Select "
                                    "all that apply."
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Ring Dennis tonight, tell him what Ruby said and ask "
                                            "why there is no food at home, so you know the facts "
                                            "before you report anything."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'check it yourself first' mistake. Don't "
                                            "confront anyone or investigate. It could upset Ruby "
                                            f"and Dennis and make it harder for Ruby to speak up again. {L2}"
                                        ),
                                    },
                                    {
                                        "text": "Write down what Ruby said, in her words, with the date.",
                                        "correct": True,
                                        "feedback": (
                                            "Her exact words and the date matter. They help the "
                                            f"people who look into it. {L2}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Keep it to yourself, as Ruby asked, but give her a "
                                            "packed tea to take home after each haircut."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'help quietly and tell no one' mistake. "
                                            "Food helps for one evening, but Ruby and Josh need "
                                            f"more than you can give. Share what she told you. {L3}"
                                        ),
                                    },
                                    {
                                        "text": "Wait and see what she says at her next haircut.",
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'wait until you are sure' mistake. That "
                                            "could be months away. Ruby has told you now, and she "
                                            f"and Josh need help now. {L3}"
                                        ),
                                    },
                                    {
                                        "text": "Tell children's services for Ruby's area what she said.",
                                        "correct": True,
                                        "feedback": (
                                            "Ruby is going without dinner, has untreated "
                                            "toothache, and puts her little brother to bed while "
                                            "her carer sleeps. Sharing this means the family can "
                                            f"get help. {L3}"
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "classification",
                            "value": {
                                "prompt": (
                                    "Ruby told you about 3 things. Which kind of need does each one fit best?"
                                ),
                                "items": [
                                    {
                                        "observation": "There wasn't any dinner again last night.",
                                        "category": "nutritional",
                                        "feedback": (
                                            "Going without meals again and again means a child's "
                                            f"need for food is not being met. {L1}"
                                        ),
                                    },
                                    {
                                        "observation": (
                                            "She has had toothache for ages but hasn't been to a dentist."
                                        ),
                                        "category": "medical",
                                        "feedback": (
                                            "Health and teeth problems that are not treated fit "
                                            "medical best, whatever the reason behind them. "
                                            f"{L1}"
                                        ),
                                    },
                                    {
                                        "observation": (
                                            "Ruby, aged 10, puts her 5-year-old brother to bed "
                                            "while Grandad sleeps."
                                        ),
                                        "category": "supervision",
                                        "feedback": (
                                            "This might look emotional too, but the main gap is "
                                            "that no adult is looking after the children. A "
                                            "child left in charge of a younger one fits "
                                            f"supervision best. {L1}"
                                        ),
                                    },
                                ],
                            },
                        },
                    ],
                },
            ],
        },
        # Vignette 3 ---------------------------------------------------------------------
        {
            "title": "Jordan at football",
            "age_group": "adolescent",
            "stages": [
                {
                    "heading": "",
                    "narrative": (
                        "<p>You coach a youth football team on Saturday mornings. Jordan, aged "
                        "14, is one of your keenest players. He is never late, and he "
                        "encourages the younger ones.</p>"
                        "<p>Since the start of the season, Jordan has often turned up hungry. "
                        "He asks other players for their snacks. His boots are too small, and "
                        "he has no warm kit, so he trains in a thin T-shirt in the cold. A "
                        "teammate says Jordan “hardly ever comes to school”. Last week Jordan "
                        "said he had been out all night and his dad “won't care”.</p>"
                        "<p>His dad, Marcus, works long hours and has never come to a match. "
                        "Your club has a safeguarding lead, Priya.</p>"
                    ),
                    "questions": [
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": (
                                    "Which of these are signs that Jordan might not be OK? "
                                    "Select all that apply."
                                ),
                                "options": [
                                    {
                                        "text": "He is hungry most weeks and asks others for food.",
                                        "correct": True,
                                        "feedback": (
                                            "Being hungry again and again is a common sign that "
                                            f"a child's needs are not being met. {L1}"
                                        ),
                                    },
                                    {
                                        "text": "His dad works long hours and misses matches.",
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'busy parent means neglect' mistake. Lots "
                                            "of caring parents can't come to matches because of "
                                            "work. On its own, this tells you nothing about how "
                                            f"Jordan is looked after. {L1}"
                                        ),
                                    },
                                    {
                                        "text": "His boots are too small and he has no warm kit.",
                                        "correct": True,
                                        "feedback": (
                                            "Clothes and shoes that don't fit, or are wrong for "
                                            f"the weather, are a sign when it keeps happening. {L1}"
                                        ),
                                    },
                                    {
                                        "text": "A teammate says he hardly ever goes to school.",
                                        "correct": True,
                                        "feedback": (
                                            "Missing a lot of school is a sign at any age, "
                                            "including for teenagers. You don't need to check "
                                            f"it yourself. Pass it on. {L1}"
                                        ),
                                    },
                                    {
                                        "text": "He says he was out all night.",
                                        "correct": True,
                                        "feedback": (
                                            "A teenager out all night, with a dad he thinks "
                                            "“won't care” where he is, can be a sign of neglect, "
                                            f"and it can put him at risk. {L1}"
                                        ),
                                    },
                                ],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": (
                                    "Jordan is keen, never late and kind to the younger "
                                    "players. Even so, he could be experiencing neglect."
                                ),
                                "answer": "true",
                                "true_feedback": (
                                    "That's right. Neglect can happen at any age. Teenagers are "
                                    "easy to miss because they seem able to cope, but they still "
                                    "need food, warm clothes, school and an adult who cares where "
                                    f"they are. {L1}"
                                ),
                                "false_feedback": (
                                    "This is the 'teenagers can cope' mistake. Doing well at "
                                    "football doesn't mean his needs are met. Neglect can happen "
                                    f"at any age, and older children are easy to miss. {L1}"
                                ),
                            },
                        },
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": "What should you do?",
                                "options": [
                                    {
                                        "text": (
                                            "Buy Jordan new boots and warm kit and bring extra "
                                            "snacks each week, but say nothing, so he isn't "
                                            "embarrassed in front of the team."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'help quietly and tell no one' mistake. "
                                            "It is kind, and it helps Jordan today. But no one "
                                            "will look into why his needs aren't being met. Be "
                                            f"kind and share your worry too. {L3}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ask Jordan's teammates what they know about his home "
                                            "life, so you have the full story before you tell anyone."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'ask other children' mistake. Don't "
                                            "investigate, and don't ask other children to. It "
                                            "could embarrass Jordan and start gossip. Share your "
                                            f"worry with Priya instead. {L2}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Talk to Priya, the club's safeguarding lead, today. "
                                            "Tell her what you have seen and heard, including what "
                                            "Jordan said about being out all night."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "When you work or volunteer with children, your "
                                            "safeguarding lead is the person to go to. They can "
                                            "help decide what happens next, including contacting "
                                            f"children's services. {L3}"
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Nothing yet. At 14, Jordan is old enough to ask for "
                                            "help himself if he needs it."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "This is the 'teenagers can cope' mistake. This has "
                                            "gone on for months, and staying out all night puts "
                                            "him at risk. Teenagers often don't ask for help, so "
                                            f"adults need to speak up. {L3}"
                                        ),
                                    },
                                ],
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
