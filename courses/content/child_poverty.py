"""Child Poverty: the partnership's free eLearning for practitioners.

Plain data for courses/content/loader.py. Every fact comes from the seed documents in
shared/seeds/ and is cited in a "source" block at the end of the lesson that uses it. The
people in the assessment vignettes are fictional.
"""

L1 = "(See lesson 1: What child poverty means.)"
L2 = "(See lesson 2: Child poverty in numbers.)"
L3 = "(See lesson 3: Poverty and neglect.)"
L4 = "(See lesson 4: Practical support for families.)"
L5 = "(See lesson 5: When poverty and neglect meet.)"


LESSONS = [
    # 1 -----------------------------------------------------------------------------------
    {
        "title": "What child poverty means",
        "slug": "what-child-poverty-means",
        "intro": (
            "Child poverty means a child going without the things they need because their family "
            "does not have enough money. This lesson explains what it is and how it can affect "
            "children, now and as adults."
        ),
        "body": [
            {"type": "heading", "value": {"text": "About this module", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>This is the free Child Poverty eLearning from the Pan-Bedfordshire "
                    "Safeguarding Children Partnership. It is for practitioners in Luton, Bedford "
                    "Borough and Central Bedfordshire, and takes about 40 minutes.</p>"
                    "<p>You will learn what child poverty is, what the figures tell us, how to "
                    "tell poverty apart from neglect, and what practical support you can offer or "
                    "signpost. At the end there are case studies with questions. You need 80% to "
                    "pass.</p>"
                    "<p>The people in this module's case studies are fictional.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "What child poverty means", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Child poverty is defined by 2 things that go together:</p>"
                    "<ul>"
                    "<li><b>material deprivation</b>: a child goes without things they need, such "
                    "as enough food, clothes for the weather or a warm home</li>"
                    "<li><b>a lack of financial resources</b>: the family does not have enough "
                    "money to pay for those things</li>"
                    "</ul>"
                ),
            },
            {
                "type": "key_fact",
                "value": {
                    "heading": "Poverty is about going without",
                    "text": (
                        "Child poverty means a child experiences material deprivation because "
                        "their family lacks the money to meet their needs."
                    ),
                },
            },
            {"type": "heading", "value": {"text": "How poverty affects children", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Growing up in poverty can do serious harm to a child's:</p>"
                    "<ul>"
                    "<li>emotional wellbeing</li>"
                    "<li>physical health</li>"
                    "<li>achievement at school</li>"
                    "</ul>"
                    "<p>These effects do not always end when childhood does. They can last well "
                    "into adult life.</p>"
                ),
            },
            {
                "type": "reflection",
                "value": (
                    "Picture a day in the life of a child whose family has run out of money a "
                    "week before payday. What might they go without, and how might that feel to "
                    "them?"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Why poverty matters for safeguarding", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>When you think about neglect, poverty can be an important factor. Poverty "
                    "and other social and economic pressures are among the circumstances that can "
                    "increase the risk of neglect. Others include parental mental health issues, "
                    "substance misuse, domestic abuse and social isolation.</p>"
                    "<p>Neglect often becomes an issue when parents are dealing with several "
                    "complex problems at once, and money problems can be one of them. These "
                    "problems can directly affect how well a parent can meet their child's "
                    "needs.</p>"
                    "<p>But a family being poor does not mean a child is experiencing neglect. "
                    "Much of this module is about telling the two apart, and about how you can "
                    "help.</p>"
                ),
            },
            {
                "type": "inset",
                "value": "<p>Poverty can be a factor in neglect, but poverty alone is not neglect.</p>",
            },
            {
                "type": "pause",
                "value": {
                    "scenario": (
                        "On a first home visit you find the kitchen untidy, with dishes in the "
                        "sink and little food in the cupboards. The parent says payday is "
                        "tomorrow. The children, aged 4 and 6, are clean, dressed and playing "
                        "happily. What would you do?"
                    ),
                    "reveal": (
                        "<p>Do not treat one visit as evidence of neglect. An untidy kitchen on "
                        "a single visit is not neglect, and little food the day before payday "
                        "points to money, not to a failure of care.</p>"
                        "<p>Ask how the family is managing and whether they would like help, "
                        "such as a food bank or a benefit entitlement check. Record what you saw "
                        "and heard. Over time, notice whether the children's needs are "
                        "consistently met. Lesson 3 explains how to tell the difference.</p>"
                    ),
                },
            },
            {
                "type": "source",
                "value": (
                    "Luton Safeguarding Children Board; Somerset Safeguarding Children "
                    "Partnership; Pan-Bedfordshire Safeguarding Children Partnership"
                ),
            },
        ],
    },
    # 2 -----------------------------------------------------------------------------------
    {
        "title": "Child poverty in numbers",
        "slug": "child-poverty-in-numbers",
        "intro": (
            "Figures help show how many children live in poverty and what it does to families. "
            "This lesson sets out the figures, where they come from and what they mean for your "
            "work."
        ),
        "body": [
            {"type": "heading", "value": {"text": "The figures", "level": "h2"}},
            {
                "type": "table",
                "value": {
                    "table_caption": (
                        "Child poverty figures reported by the Luton Safeguarding Children Board"
                    ),
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "data": [
                        ["Figure", "What it shows", "Year and source"],
                        [
                            "3.9 million",
                            "Children in the UK recorded as living in poverty. This was 200,000 "
                            "more than 12 months earlier.",
                            "2015. Luton Safeguarding Children Board",
                        ],
                        [
                            "3 times",
                            "How much more likely children and adults in poor households are to "
                            "have a mental health condition.",
                            "No year given. Luton Safeguarding Children Board",
                        ],
                        [
                            "10%",
                            "Families who had taken out credit to pay for food.",
                            "No year given. The Children's Society, reported by the Luton "
                            "Safeguarding Children Board",
                        ],
                        [
                            "18%",
                            "Families who had taken out credit to pay for clothing.",
                            "No year given. The Children's Society, reported by the Luton "
                            "Safeguarding Children Board",
                        ],
                        [
                            "6%",
                            "Families who had taken out credit to pay for heating.",
                            "No year given. The Children's Society, reported by the Luton "
                            "Safeguarding Children Board",
                        ],
                    ],
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Poverty can affect children before they are born. Babies born into poorer "
                    "families are more likely to:</p>"
                    "<ul>"
                    "<li>be born prematurely</li>"
                    "<li>have a low birth weight</li>"
                    "<li>die in their first year of life</li>"
                    "</ul>"
                ),
            },
            {
                "type": "inset",
                "value": (
                    "<p>The count of children in poverty is for 2015, and the source gives no "
                    "year for the other figures. Use them to understand the pattern, not as a "
                    "count of how things are today.</p>"
                ),
            },
            {
                "type": "key_fact",
                "value": {
                    "heading": "3 times more likely",
                    "text": (
                        "People in poor households, children and adults alike, are 3 times as "
                        "likely to have a mental health condition."
                    ),
                },
            },
            {
                "type": "heading",
                "value": {"text": "What the figures mean for your work", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<ul>"
                    "<li><b>Mental health</b>: poverty and poor mental health often go together, "
                    "for children and for their parents. If a parent is struggling with money, "
                    "ask how they are coping too, and keep the child's wellbeing in mind.</li>"
                    "<li><b>Borrowing for essentials</b>: a family using credit to pay for food, "
                    "clothes or heating may be building up debt as well as going without. "
                    "Parents can find it hard to ask for help, so they may not mention it unless "
                    "you ask.</li>"
                    "<li><b>Pregnancy and babies</b>: premature birth and low birth weight can "
                    "also be effects of neglect before birth. A baby born early or small is a "
                    "reason to offer support and look at the whole picture. It is not proof of "
                    "neglect.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "pause",
                "value": {
                    "scenario": (
                        "A mum tells you she bought her children's school shoes on a store card "
                        "and now cannot keep up the payments. The children are well cared for, "
                        "but she looks exhausted and says she has stopped sleeping. What would "
                        "you do?"
                    ),
                    "reveal": (
                        "<p>Thank her for telling you and take both worries seriously: the debt "
                        "and her own wellbeing. She has put her children's needs first, which is "
                        "a strength.</p>"
                        "<p>Ask what would help. Signpost her to a benefit entitlement check and "
                        "to her local authority's Local Offer website, which brings together "
                        "advice and support services. Encourage her to talk to her GP about how "
                        "she is feeling. Record the conversation and follow your organisation's "
                        "procedures.</p>"
                    ),
                },
            },
            {
                "type": "reflection",
                "value": (
                    "Which of these figures surprised you? How might they change the questions "
                    "you ask the families you work with?"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Luton Safeguarding Children Board, including research by the Children's "
                    "Society; Cambridgeshire and Peterborough Neglect Strategy 2025; "
                    "Pan-Bedfordshire Safeguarding Children Partnership"
                ),
            },
        ],
    },
    # 3 -----------------------------------------------------------------------------------
    {
        "title": "Poverty and neglect",
        "slug": "poverty-and-neglect",
        "intro": (
            "Poverty can be a factor in neglect, but poverty alone is not neglect. This lesson "
            "shows how to tell the difference without judging families for being poor, and "
            "without missing a child whose needs go unmet."
        ),
        "body": [
            {"type": "heading", "value": {"text": "What neglect is", "level": "h2"}},
            {
                "type": "inset",
                "value": (
                    "<p>Working Together to Safeguard Children 2023 defines neglect as:</p>"
                    "<p>“The persistent failure to meet a child's basic physical and/or "
                    "psychological needs, likely to result in the serious impairment of the "
                    "child's health or development. Neglect may occur during pregnancy as a "
                    "result of maternal substance abuse.</p>"
                    "<p>Once a child is born, neglect may involve a parent or carer failing "
                    "to:</p>"
                    "<ul>"
                    "<li>provide adequate food, clothing and shelter (including exclusion from "
                    "home or abandonment)</li>"
                    "<li>protect a child from physical and emotional harm or danger</li>"
                    "<li>ensure adequate supervision (including the use of inadequate "
                    "care-givers)</li>"
                    "<li>ensure access to appropriate medical care or treatment</li>"
                    "<li>provide suitable education</li>"
                    "</ul>"
                    "<p>It may also include neglect of, or unresponsiveness to, a child's basic "
                    "emotional needs.”</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The key word is <b>persistent</b>. Neglect is not a single incident, "
                    "such as an untidy kitchen on one visit. It builds up over time and often "
                    "changes little, even when a family is given support.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Poverty alone is not neglect", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>A family can be short of money and still meet their children's needs "
                    "through effort, planning and love.</p>"
                    "<p>Neglect can happen in a family living in poverty. But the children at "
                    "greatest risk are those whose parents are so emotionally impoverished "
                    "themselves that they do not know how to parent. These parents do not "
                    "understand what their children need and, even with intensive help, cannot "
                    "provide it.</p>"
                ),
            },
            {
                "type": "key_fact",
                "value": {
                    "heading": "The question to ask",
                    "text": (
                        "Not “how much money does this family have?” but “are this child's needs "
                        "consistently met?” If they are not, neglect may be an issue."
                    ),
                },
            },
            {"type": "heading", "value": {"text": "Telling the difference", "level": "h2"}},
            {
                "type": "table",
                "value": {
                    "table_caption": "What money worries and possible neglect can look like",
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "data": [
                        ["Need", "A family struggling with money", "Possible neglect"],
                        [
                            "Food",
                            "Meals run short before payday. A parent goes without so the children can eat.",
                            "The child is hungry most days, even when food is in the house or "
                            "has been provided.",
                        ],
                        [
                            "Clothes and hygiene",
                            "Clothes are worn or second-hand but clean.",
                            "Clothes are consistently dirty or do not suit the weather, and the "
                            "child has a strong body odour.",
                        ],
                        [
                            "Health",
                            "Appointments are kept, or the parent asks for help to get there.",
                            "Needed medical or dental care, immunisations or glasses are missed "
                            "again and again.",
                        ],
                        [
                            "Warmth and attention",
                            "The child is talked to, comforted and praised.",
                            "The child's need for warmth and nurture is not responded to.",
                        ],
                        [
                            "When help is offered",
                            "The family uses it, and the gaps in the child's care close.",
                            "Little changes for the child, despite help.",
                        ],
                    ],
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>There is often no single sign. Look at the pattern over time, and at "
                    "what other agencies know.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Do not judge families for being poor", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Parents say professionals can make them feel patronised and small, "
                    "especially young parents. A 14-year-old asked professionals not to make "
                    "assumptions, but to take time to know them.</p>"
                    "<p>Speak to families clearly and respectfully. Talk with them, not at them. "
                    "Include fathers and male carers, who are often left out.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Do not look away either", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Thinking “they're just poor” can hide a child whose needs go unmet "
                    "whatever the money. Parents who are struggling are still responsible for "
                    "caring for their child, or for asking for help if they cannot.</p>"
                    "<p>Neglect is the most common reason for professionals taking child "
                    "protection action. It can be life-threatening, and it happens at every age, "
                    "including the teenage years.</p>"
                ),
            },
            {
                "type": "reflection",
                "value": (
                    "Think of a family you have worked with who had very little money. What "
                    "told you whether the children's needs were being met?"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Working Together to Safeguard Children 2023; Pan-Bedfordshire Safeguarding "
                    "Children Partnership; Luton Safeguarding Children Board; Cambridgeshire and "
                    "Peterborough Neglect Strategy 2025; Hull Safeguarding Children Partnership"
                ),
            },
        ],
    },
    # 4 -----------------------------------------------------------------------------------
    {
        "title": "Practical support for families",
        "slug": "practical-support-for-families",
        "intro": (
            "Practical help with money, food and energy can make a real difference to children. "
            "This lesson covers the support you can offer or signpost."
        ),
        "body": [
            {"type": "heading", "value": {"text": "Start with a conversation", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Money can be hard to talk about. Parents may worry about being judged, "
                    "or about what will happen if they say they are struggling. And many parents "
                    "who do ask for help do not receive it.</p>"
                    "<p>So be proactive. Ask families how they are managing, in a respectful and "
                    "practical way. Listen to what they tell you and focus on what would help the "
                    "child. Offer support early, before problems grow.</p>"
                ),
            },
            {
                "type": "key_fact",
                "value": {
                    "heading": "Signpost early",
                    "text": (
                        "Part of your role is making sure families know how to get support at "
                        "the earliest opportunity, including by signposting them to services."
                    ),
                },
            },
            {
                "type": "heading",
                "value": {"text": "Support you can offer or signpost", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<ul>"
                    "<li><b>The Safer Homes leaflet</b>: a local leaflet you can download and "
                    "share with families. It has information on cutting energy costs, getting "
                    "support with energy costs, checking benefit entitlements and asking for a "
                    "free carbon monoxide (CO) alarm.</li>"
                    "<li><b>A benefit entitlement check</b>: a family may be able to get support "
                    "they are not claiming. The Safer Homes leaflet explains how to check.</li>"
                    "<li><b>Help with energy costs</b>: ways to cut energy bills and to get "
                    "support with them, also in the Safer Homes leaflet.</li>"
                    "<li><b>Local food banks</b>, for families who cannot afford enough "
                    "food.</li>"
                    "<li><b>Children's centres and Family Hubs</b>, which offer support to "
                    "families with children.</li>"
                    "<li><b>Early help services</b>, for families who need more support to stop "
                    "problems getting worse.</li>"
                    "<li><b>The Local Offer website</b>: each local authority has one. It is a "
                    "one-stop shop for advice, guidance and support services.</li>"
                    "<li><b>Local community groups and free local activities</b>, which can give "
                    "children things to do at no cost and help families feel less "
                    "isolated.</li>"
                    "</ul>"
                ),
            },
            {"type": "heading", "value": {"text": "Early help", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Early help is support for the whole family, offered early to stop needs "
                    "growing. An early help assessment should only happen with the agreement of "
                    "the child and family. Be honest about why you are suggesting it and what "
                    "you are worried about.</p>"
                    "<p>A family saying no to early help does not, on its own, mean that "
                    "specialist safeguarding services will become involved. The exception is "
                    "where there is a risk of significant harm.</p>"
                ),
            },
            {
                "type": "pause",
                "value": {
                    "scenario": (
                        "A dad tells you the electricity meter is nearly empty and payday is a "
                        "week away. His children, aged 2 and 5, have been going to bed in their "
                        "coats. He looks embarrassed and says he did not want to make a fuss. "
                        "What would you do?"
                    ),
                    "reveal": (
                        "<p>Thank him for telling you, and reassure him that asking for help is "
                        "the right thing to do for his children. Share the Safer Homes leaflet, "
                        "which covers support with energy costs and checking benefit "
                        "entitlements. Tell him about local food banks and the Family Hub or "
                        "children's centre, and ask whether he would like early help.</p>"
                        "<p>Record the conversation and let your designated safeguarding lead "
                        "know, following your organisation's procedures. Check in again soon to "
                        "see whether the help has made a difference to the children.</p>"
                    ),
                },
            },
            {
                "type": "reflection",
                "value": (
                    "Do you know where to find the Safer Homes leaflet and your local "
                    "authority's Local Offer website? How could you make them easy to share with "
                    "the families you meet?"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Pan-Bedfordshire Safeguarding Children Partnership; Cambridgeshire and "
                    "Peterborough Neglect Strategy 2025, drawing on Working Together to "
                    "Safeguard Children 2023"
                ),
            },
        ],
    },
    # 5 -----------------------------------------------------------------------------------
    {
        "title": "When poverty and neglect meet",
        "slug": "when-poverty-and-neglect-meet",
        "intro": (
            "Sometimes a family is poor and a child's needs are also persistently unmet. This "
            "lesson explains what to do: record, consult, refer and follow up."
        ),
        "body": [
            {"type": "heading", "value": {"text": "If a child is in immediate danger", "level": "h2"}},
            {"type": "warning", "value": "If a child is in immediate danger, call 999."},
            {"type": "heading", "value": {"text": "If you are worried about neglect", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<ol>"
                    "<li><b>Record</b> what you saw and heard, with dates, using the child's own "
                    "words. Note the family's strengths, the support offered and what changed "
                    "for the child.</li>"
                    "<li><b>Talk to your designated safeguarding lead.</b> Do not wait until you "
                    "are sure, and do not confront the family before you have talked it "
                    "through.</li>"
                    "<li><b>Contact the children's services front door</b> for the area where "
                    "the child lives. In Luton this is the Multi-Agency Safeguarding Hub (MASH) "
                    "on 01582 547653. The MASH is the team that hears from people worried about "
                    "a child and works out what help the child needs. For Bedford Borough and "
                    "Central Bedfordshire, see the contacts on this site.</li>"
                    "</ol>"
                    "<p>Working openly and honestly with families matters. Your designated "
                    "safeguarding lead can help you decide how and when to talk to the family "
                    "about your concerns.</p>"
                ),
            },
            {
                "type": "key_fact",
                "value": {
                    "heading": "Help and concern can go together",
                    "text": (
                        "Offering practical help with money does not stop you raising a concern "
                        "about neglect. If a child's needs stay unmet after help is in place, "
                        "that is important information to share."
                    ),
                },
            },
            {"type": "heading", "value": {"text": "Build the picture over time", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Neglect usually shows over a long period, and the evidence often comes "
                    "from several agencies. Each practitioner may see only part of the picture. "
                    "Share what you know: not sharing information can have serious "
                    "consequences, just as sharing it can.</p>"
                    "<p>Keep the child at the centre. Ask what life is like for this child right "
                    "now. The Day in the Life tools, for a baby, pre-schooler, primary-age child "
                    "and teenager, give prompts for conversations about a child's lived "
                    "experience.</p>"
                    "<p>Graded Care Profile 2 (GCP2) is used across Bedfordshire to assess, "
                    "measure and support families where there are concerns about neglect. It "
                    "highlights strengths as well as needs. You need accredited training to lead "
                    "a GCP2 assessment, but without it you can still contribute what you "
                    "know.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "If your concern is not acted on", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>If you think a concern is not being acted on, or you disagree with "
                    "another agency about a child, use the Pan Bedfordshire escalation "
                    "procedures.</p>"
                ),
            },
            {
                "type": "pause",
                "value": {
                    "scenario": (
                        "With your safeguarding lead, you referred concerns about a 10-year-old "
                        "who is often hungry and unwashed, and who is left to look after a "
                        "younger sibling after school. Two months later nothing seems to have "
                        "changed and you have heard nothing back. What would you do?"
                    ),
                    "reveal": (
                        "<p>Do not let it drop. Keep recording what you see and hear. Talk to "
                        "your designated safeguarding lead about following up the referral. If "
                        "you still think the concern is not being acted on, use the Pan "
                        "Bedfordshire escalation procedures.</p>"
                        "<p>If at any point the child is in immediate danger, call 999.</p>"
                    ),
                },
            },
            {
                "type": "reflection",
                "value": (
                    "Who is your designated safeguarding lead? Do you know the children's "
                    "services front door for each area where the children you work with live?"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Pan-Bedfordshire Safeguarding Children Partnership; Luton Safeguarding "
                    "Children Board; Cambridgeshire and Peterborough Neglect Strategy 2025"
                ),
            },
        ],
    },
]


def _single(prompt, options):
    return {"type": "single_choice", "value": {"prompt": prompt, "options": options}}


def _multiple(prompt, options):
    return {"type": "multiple_choice", "value": {"prompt": prompt, "options": options}}


def _true_false(prompt, answer, true_feedback, false_feedback):
    return {
        "type": "true_false",
        "value": {
            "prompt": prompt,
            "answer": answer,
            "true_feedback": true_feedback,
            "false_feedback": false_feedback,
        },
    }


def _classify(items, prompt="Which of Horwath's six classifications does each observation fit best?"):
    return {"type": "classification", "value": {"prompt": prompt, "items": items}}


def _option(text, correct, feedback):
    return {"text": text, "correct": correct, "feedback": feedback}


def _item(observation, category, feedback):
    return {"observation": observation, "category": category, "feedback": feedback}


ASSESSMENT = [
    # 1 Primary: money is the problem, and help closes the gaps ----------------------------
    {
        "title": "Kai, aged 7: a winter of money worries",
        "age_group": "primary",
        "stages": [
            {
                "heading": "",
                "narrative": (
                    "<p>You are Kai's class teacher. Kai is 7 and lives with his dad, Darren, who "
                    "lost his job in the autumn. Since November, Kai has come to school in "
                    "trainers with a split sole and a thin jacket, even on frosty days. On "
                    "Monday mornings he asks whether breakfast club has toast, and eats "
                    "quickly.</p>"
                    "<p>Kai is clean, his reading record is signed most nights and Darren has "
                    "never missed a parents' evening. Kai talks happily about “soup nights” and "
                    "tells you, “Dad says we're saving for the electric.” When you mention the "
                    "shoes at home time, Darren goes quiet. Then he tells you he has been "
                    "skipping meals so that Kai can eat, and that he did not know who to "
                    "ask.</p>"
                ),
                "questions": [
                    _single(
                        "What is the best thing to do next?",
                        [
                            _option(
                                "With your safeguarding lead, report neglect to the MASH today. Kai has come "
                                "to school cold and hungry for weeks, and a parent who is skipping meals "
                                "himself cannot be relied on to put that right.",
                                False,
                                "This treats poverty as neglect. Kai is clean, his reading is supported at "
                                "home and Darren is open about a money problem he is trying to solve. "
                                "Poverty alone is not neglect, and a neglect referral now would not match "
                                "what you have seen. " + L3,
                            ),
                            _option(
                                "Say nothing more to Darren about money. It is a private matter, he is "
                                "clearly doing his best, and raising it again could embarrass him and damage "
                                "his trust in the school.",
                                False,
                                "This waits for the parent to ask. Darren has told you he does not know who "
                                "to ask, and many parents who need help do not get it. Being proactive about "
                                "support is part of your role. " + L4,
                            ),
                            _option(
                                "Thank Darren, ask what would help, signpost a benefit entitlement check and "
                                "the Safer Homes leaflet, and tell your designated safeguarding lead.",
                                True,
                                "Darren is meeting Kai's needs with real effort, and the gaps come from a "
                                "lack of money. Practical help offered early, with your safeguarding lead "
                                "kept informed, is the right response. " + L4,
                            ),
                            _option(
                                "Make a note, and wait to see whether things get worse.",
                                False,
                                "This waits for more evidence. Recording is right, but waiting leaves Kai "
                                "cold and Darren without the help he has asked for. Offer support at the "
                                "earliest opportunity. " + L4,
                            ),
                        ],
                    ),
                    _true_false(
                        "Kai's split trainers and thin jacket in winter show that he is "
                        "experiencing physical neglect.",
                        "false",
                        "Not on their own. Neglect is a persistent failure to meet a child's "
                        "needs. Kai's other needs are met with care, and the gaps come from a lack "
                        "of money that his dad is trying to fix. " + L3,
                        "Right. Clothing that does not suit the weather can be a sign of neglect, "
                        "but here the cause is money, Darren is open about it and Kai's other "
                        "needs are met. Ask whether needs are consistently met over time. " + L3,
                    ),
                ],
            },
            {
                "heading": "Six weeks later",
                "narrative": (
                    "<p>With Darren's agreement, your designated safeguarding lead arranged an "
                    "early help meeting. Darren had a benefit entitlement check and found he "
                    "could claim more than he was getting. He used the Safer Homes leaflet to "
                    "get support with energy costs, and a local food bank helped over the "
                    "Christmas holidays.</p>"
                    "<p>Kai now has a warm coat and shoes that fit, and he no longer asks about "
                    "toast on Mondays. He proudly shows you a “Kai's favourites” meal plan he "
                    "made with his dad. Darren says money is still tight and he is looking for "
                    "work, but he feels less alone. He asks whether you know of any free "
                    "activities for Kai during the February half term.</p>"
                ),
                "questions": [
                    _multiple(
                        "Which details show that Kai's needs are being met, even though money is still "
                        "tight? Select all that apply.",
                        [
                            _option(
                                "Kai has a warm coat and shoes that fit.",
                                True,
                                "Yes. Once the family had practical help, the gap in Kai's physical care "
                                "closed. How a family uses help is telling. " + L3,
                            ),
                            _option(
                                "Darren agreed to the early help meeting that your designated safeguarding "
                                "lead arranged.",
                                False,
                                "This takes a parent's cooperation as proof of care. Agreeing to help is "
                                "positive, but it does not show that Kai's needs are met. What counts is the "
                                "change in Kai's daily life. " + L3,
                            ),
                            _option(
                                "Kai proudly shows you the meal plan he made with his dad.",
                                True,
                                "Yes. This shows warmth and attention between Kai and Darren, and that Kai's "
                                "meals are being thought about. " + L3,
                            ),
                            _option(
                                "Darren is still on a low income and looking for work.",
                                False,
                                "This judges care by income. A low income tells you about money, not about "
                                "the care Kai receives: poverty alone is not neglect, and it is not a "
                                "measure of good care either. " + L3,
                            ),
                            _option(
                                "Darren is thinking ahead about what Kai might do in the holidays.",
                                True,
                                "Yes. Darren is paying attention to Kai's wider needs, such as play and "
                                "things to do, not just food and warmth. Free local activities are one kind "
                                "of support you can signpost. " + L4,
                            ),
                        ],
                    ),
                ],
            },
        ],
    },
    # 2 Pre-school: help is in place, but needs stay unmet -------------------------------
    {
        "title": "Lily, aged 3: help is in place, but little changes",
        "age_group": "pre_school",
        "stages": [
            {
                "heading": "",
                "narrative": (
                    "<p>You are Lily's key worker at a nursery in Luton. Lily is 3 and lives "
                    "with her mum, Jade, and her dad, Mark. Over the past month she has often "
                    "arrived hungry and eaten 2 helpings at snack time. Her clothes sometimes "
                    "feel damp and smell musty.</p>"
                    "<p>Jade is friendly at drop-off. She tells you money has been “a nightmare” "
                    "since Mark's hours at work were cut, the flat has mould, and they cannot "
                    "afford to put the heating on. She asks whether you know anywhere that could "
                    "help. Lily is chatty and loves the home corner, though her speech is behind "
                    "that of most children her age. You record what Jade has told you and let "
                    "your designated safeguarding lead know.</p>"
                ),
                "questions": [
                    _multiple(
                        "What practical support could you offer or signpost for Lily's family? Select all "
                        "that apply.",
                        [
                            _option(
                                "An early help assessment, arranged quietly without telling Jade, so that "
                                "she does not feel judged.",
                                False,
                                "This acts without talking to the family. An early help assessment only "
                                "happens with the family's agreement, and you should be honest about why you "
                                "are suggesting it. Jade has asked for help, so talk with her. " + L4,
                            ),
                            _option(
                                "The Safer Homes leaflet.",
                                True,
                                "Yes. The family cannot afford to heat the flat. The leaflet is made to "
                                "share with families and covers energy costs, benefit checks and a free "
                                "carbon monoxide (CO) alarm. " + L4,
                            ),
                            _option(
                                "A benefit entitlement check, in case they can claim more now that Mark's "
                                "hours are cut.",
                                True,
                                "Yes. The family's income has dropped, and they may be able to get support "
                                "they are not claiming, even with Mark still in work. " + L4,
                            ),
                            _option(
                                "A referral to the MASH, because a cold, damp flat and a child who arrives "
                                "hungry mean Lily is experiencing neglect.",
                                False,
                                "This treats poverty as neglect. A cold home caused by a lack of money is "
                                "not, on its own, neglect. Jade is open and asking for help, so practical "
                                "support comes first, while you keep noticing whether Lily's needs are "
                                "met. " + L3,
                            ),
                            _option(
                                "A local food bank.",
                                True,
                                "Yes. Lily is arriving hungry and the family is short of money. A food bank "
                                "can help while other support is put in place. " + L4,
                            ),
                            _option(
                                "The local Family Hub or children's centre, and the Local Offer website.",
                                True,
                                "Yes. Family Hubs and children's centres support families with young "
                                "children, and the Local Offer website is a one-stop shop for advice and "
                                "support services. " + L4,
                            ),
                        ],
                    ),
                    _true_false(
                        "Lily's speech delay should be noted and shared with your safeguarding lead, but on "
                        "its own it does not prove neglect.",
                        "true",
                        "Right. Speech and language delay can be a sign of neglect at this age, but there is "
                        "often no single sign. Note it, share it and see how it fits with what you notice "
                        "over time. " + L3,
                        "This is true. Speech delay is worth noting and sharing, because it can be a sign of "
                        "neglect at this age. But one sign is never proof: what matters is the pattern over "
                        "time. " + L3,
                    ),
                ],
            },
            {
                "heading": "Three months later",
                "narrative": (
                    "<p>Jade tells you the food bank and the energy support have helped, and "
                    "the flat is warmer. Mark has his full hours back. But Lily still arrives "
                    "hungry most mornings and asks staff for food. She often comes in wearing a "
                    "nappy that has not been changed overnight, and she has a sore rash. The "
                    "dentist asked to see Lily about a decayed front tooth, and Jade has missed "
                    "both appointments.</p>"
                    "<p>At home time Lily runs to her mum, but Jade is usually on her phone and "
                    "does not look up, day after day. Last week a neighbour brought Lily to "
                    "nursery after finding her alone on the stairwell of the flats while both "
                    "parents were asleep. Jade says, “She's fine. She just wanders.” Jade still "
                    "brings Lily to nursery every day and is always polite to staff.</p>"
                ),
                "questions": [
                    _single(
                        "What should you do now?",
                        [
                            _option(
                                "Keep offering practical help and build on your relationship with Jade. She "
                                "brings Lily every day, is always polite and has used the food bank, so the "
                                "family is working with you.",
                                False,
                                "This accepts surface cooperation, sometimes called disguised compliance, in "
                                "place of change for the child. Jade is polite and uses help, but Lily's "
                                "needs are still unmet now that money has improved, and she was found alone "
                                "outside the flat. " + L3,
                            ),
                            _option(
                                "Keep a dated record for another month, so that you have clear evidence of a "
                                "pattern before you take it to your safeguarding lead or to the MASH.",
                                False,
                                "This waits for more evidence, a common mistake. You already have a pattern "
                                "over 3 months and a child found alone. You do not need to be sure before "
                                "you act. " + L5,
                            ),
                            _option(
                                "Tell Jade and Mark at pick-up that you are worried about neglect, before "
                                "you speak to anyone else.",
                                False,
                                "This confronts the parents before consulting. Working openly with families "
                                "matters, but talk to your safeguarding lead first and agree together how "
                                "and when the family will be told. " + L5,
                            ),
                            _option(
                                "Record what you have seen and heard, with dates, talk to your designated "
                                "safeguarding lead today, and agree a referral to the Luton MASH on 01582 "
                                "547653.",
                                True,
                                "Money has improved, but Lily's needs are still unmet in several ways and "
                                "she was found alone outside the flat. That is a pattern of unmet needs "
                                "despite help, and it needs a safeguarding response now. " + L5,
                            ),
                        ],
                    ),
                    _classify(
                        [
                            _item(
                                "Arrives hungry most mornings and asks staff for food",
                                "nutritional",
                                "Nutritional neglect: Lily is not consistently given enough to "
                                "eat, even now that the family has more money.",
                            ),
                            _item(
                                "Often arrives in a nappy that has not been changed overnight, "
                                "with a sore rash",
                                "physical",
                                "Physical neglect: this is about basic physical care. The rash "
                                "might make you think of medical neglect, but the cause is the "
                                "nappy not being changed.",
                            ),
                            _item(
                                "Has missed both dental appointments for a decayed tooth",
                                "medical",
                                "Medical neglect: missed health and dental appointments are a "
                                "sign at this age. Tooth decay can be linked to diet, but what "
                                "you observed is that treatment was missed.",
                            ),
                            _item(
                                "Runs to her mum at home time but gets no response, day after day",
                                "emotional",
                                "Emotional neglect: Lily's need for warmth and a response from "
                                "her carer is not being met.",
                            ),
                            _item(
                                "Found alone on the stairwell of the flats while both parents were asleep",
                                "supervision",
                                "Lack of supervision: a 3-year-old left unsupervised outside the "
                                "home is at risk of harm.",
                            ),
                        ]
                    ),
                    _true_false(
                        "Because Lily's family has been short of money, it would be unfair to "
                        "treat her unmet needs as possible neglect.",
                        "false",
                        "This is the “they're just poor” trap. Poverty alone is not neglect, but "
                        "it does not explain neglect away either. Lily's needs are still unmet now "
                        "that money has improved, and parents remain responsible for meeting "
                        "them or asking for help. " + L3,
                        "Right. Being fair means not judging a family for being poor, and also "
                        "not overlooking a child whose needs go unmet whatever the money. " + L3,
                    ),
                ],
            },
        ],
    },
    # 3 Adolescent: "he's just poor" ----------------------------------------------------
    {
        "title": "Jordan, aged 14: “He's just poor”",
        "age_group": "adolescent",
        "stages": [
            {
                "heading": "",
                "narrative": (
                    "<p>You are a youth worker. Jordan, 14, comes to your youth club 3 evenings "
                    "a week. He is funny, good with the younger members and always helps set "
                    "up. Over the past few months he has eaten whatever food is on offer and "
                    "taken extra home in his pockets. He wears the same unwashed hoodie every "
                    "session and has a strong body odour. He has had toothache for weeks and says "
                    "there is “no point” seeing a dentist.</p>"
                    "<p>Jordan tells you he has stopped going to school on Mondays because "
                    "“nobody gets me up”. He often stays out after midnight because “Mum's "
                    "always asleep and there's never anything in.” When you mention this to a "
                    "colleague, she says, “Everyone round here is skint. He's just poor, and at "
                    "14 he can look after himself.”</p>"
                ),
                "questions": [
                    _single(
                        "How should you respond to your colleague's view?",
                        [
                            _option(
                                "Agree that at 14 Jordan is resourceful enough to manage his own meals and "
                                "hygiene, and keep giving him extra food at the club so that he does not go "
                                "hungry.",
                                False,
                                "This overlooks teenagers. Neglect happens at every age, and a 14-year-old "
                                "still needs food at home, care for his health and an adult who knows where "
                                "he is at night. " + L3,
                            ),
                            _option(
                                "Explain that poverty does not explain away a pattern of unmet needs, and "
                                "that teenagers can experience neglect too. Then record what you have seen "
                                "and heard and talk to your designated safeguarding lead.",
                                True,
                                "Jordan's needs are unmet in several ways, not just money: nobody knows "
                                "where he is at night, his toothache is untreated and he is missing school. "
                                "Record it and consult: your lead can help decide whether to contact the "
                                "children's services front door for the area where Jordan lives. " + L5,
                            ),
                            _option(
                                "Accept that the problem is money: nobody at home can afford more food, so "
                                "the most you can do is signpost a food bank and leave safeguarding out of "
                                "it.",
                                False,
                                "This uses poverty as an excuse that rules neglect out. Food is only part of "
                                "the picture: nobody knows where Jordan is at night, his toothache is "
                                "untreated and he is missing school. " + L3,
                            ),
                            _option(
                                "Ask Jordan's mum to come in and hear her side first, then tell your "
                                "safeguarding lead what she says.",
                                False,
                                "This confronts the parent before consulting, a common mistake. Talk to your "
                                "safeguarding lead first and agree how to involve the family. " + L5,
                            ),
                        ],
                    ),
                    _multiple(
                        "What should your record include? Select all that apply.",
                        [
                            _option(
                                "Jordan's own words, such as “nobody gets me up”.",
                                True,
                                "Yes. A child's own words are the clearest record of their lived experience. "
                                + L5,
                            ),
                            _option(
                                "Your opinion that his mum is lazy and does not care about him, so that "
                                "whoever reads the record understands how serious things are.",
                                False,
                                "This records a blaming label, not evidence. Labels can colour how others "
                                "see the family. Record facts and what was said. " + L3,
                            ),
                            _option(
                                "The dates and what you saw, such as the food taken home, the same unwashed "
                                "hoodie and the toothache.",
                                True,
                                "Yes. Dated, factual notes let you and others see the pattern over time. "
                                + L5,
                            ),
                            _option(
                                "A tidy summary in your own words instead of Jordan's, so that the record "
                                "reads professionally.",
                                False,
                                "This loses the child's voice. Jordan's own words are the clearest record of "
                                "his lived experience, so write down what he said. " + L5,
                            ),
                            _option(
                                "His strengths: he is funny and good with the younger members.",
                                True,
                                "Yes. Good records and assessments include strengths as well as concerns. "
                                + L5,
                            ),
                            _option(
                                "Nothing yet, until you are sure it is neglect.",
                                False,
                                "This waits for more evidence. You do not need to be sure: notes made at the "
                                "time build the picture that shows whether neglect is happening. " + L5,
                            ),
                        ],
                    ),
                    _classify(
                        [
                            _item(
                                "Has had toothache for weeks and says there is “no point” seeing a dentist",
                                "medical",
                                "Medical neglect: at this age, young people may put up with "
                                "health problems rather than get help, and no adult is making "
                                "sure he sees a dentist.",
                            ),
                            _item(
                                "Wears the same unwashed hoodie every session and has a strong body odour",
                                "physical",
                                "Physical neglect: this is about clothing and hygiene. Poor "
                                "hygiene can also isolate a teenager and harm him emotionally, "
                                "but the observation itself is about physical care.",
                            ),
                            _item(
                                "Has stopped going to school on Mondays because “nobody gets me up”",
                                "educational",
                                "Educational neglect: no adult is making sure Jordan gets his education.",
                            ),
                            _item(
                                "Often stays out after midnight while his mum is asleep",
                                "supervision",
                                "Lack of supervision: no carer knows where Jordan is at night, "
                                "which can lead to risk-taking and serious harm.",
                            ),
                        ]
                    ),
                ],
            },
        ],
    },
    # 4 Infancy: a thriving baby in a cold flat -------------------------------------------
    {
        "title": "Noah, aged 9 months: a cold flat",
        "age_group": "infancy",
        "stages": [
            {
                "heading": "",
                "narrative": (
                    "<p>You are a health visitor. On a home visit in January you find the flat "
                    "cold. Noah, 9 months, is dressed in warm layers. His weight is on track, he "
                    "has had all his checks, and he babbles and reaches for his dad, Sam, who "
                    "uses a wheelchair and does most of the daytime care. Noah's mum, Priya, "
                    "works part time.</p>"
                    "<p>Priya tells you they keep the central heating off to save money and use "
                    "an old gas heater in the bedroom at night. They have been topping up the "
                    "electricity meter on a credit card. There is no carbon monoxide alarm in "
                    "the flat. Sam says, “We're managing, but only just.”</p>"
                ),
                "questions": [
                    _single(
                        "Which statement best describes Noah's situation?",
                        [
                            _option(
                                "Noah is experiencing neglect. His parents keep the heating off in January "
                                "and use an old gas heater with no carbon monoxide alarm, which puts a baby "
                                "in danger.",
                                False,
                                "This treats poverty as neglect. The cold flat and the heater come from a "
                                "lack of money, and Noah is warm, growing well and responsive. The heater is "
                                "a safety risk to fix with practical help, such as a free CO alarm. " + L3,
                            ),
                            _option(
                                "Noah's dad uses a wheelchair, so Noah may be at risk.",
                                False,
                                "This is an assumption about disability. A parent's disability is not a "
                                "concern in itself: Sam does most of Noah's daytime care and Noah is "
                                "thriving. Judge by whether needs are met. " + L3,
                            ),
                            _option(
                                "Noah is well cared for. The family needs practical help with money and "
                                "safety.",
                                True,
                                "Noah is warm, growing well, up to date with checks and responsive to his "
                                "dad. The pressure on the family is money, and the gas heater with no alarm "
                                "is a safety risk, so practical help is what they need. " + L3,
                            ),
                            _option(
                                "Noah is thriving and Sam says they are managing, so there is nothing for "
                                "you to do beyond his usual checks.",
                                False,
                                "This leaves help until problems grow. The family is borrowing to pay for "
                                "energy and has no carbon monoxide alarm. Practical help now can stop things "
                                "getting worse. " + L4,
                            ),
                        ],
                    ),
                    _multiple(
                        "What could you share with Priya and Sam? Select all that apply.",
                        [
                            _option(
                                "The Safer Homes leaflet, for cutting energy costs and getting support with "
                                "them.",
                                True,
                                "Yes. This speaks directly to why they keep the heating off. " + L4,
                            ),
                            _option(
                                "A referral to the MASH so that someone checks the flat is warm enough.",
                                False,
                                "This treats poverty as neglect. The MASH is for concerns that a child may "
                                "be at risk of harm. Noah's needs are being met, so signposting practical "
                                "support is the right response. " + L3,
                            ),
                            _option(
                                "A benefit entitlement check.",
                                True,
                                "Yes. They are borrowing to pay for essentials. Even with Priya in work, "
                                "they may be able to get support they are not claiming. " + L4,
                            ),
                            _option(
                                "An early help assessment, arranged without telling them, because Sam said "
                                "they are managing and may say no.",
                                False,
                                "This acts without talking to the family. An early help assessment only "
                                "happens with the family's agreement, and you should be honest about why you "
                                "are suggesting it. " + L4,
                            ),
                            _option(
                                "How to ask for a free carbon monoxide (CO) alarm, which the Safer Homes "
                                "leaflet explains.",
                                True,
                                "Yes. They use a gas heater in the bedroom and have no alarm, so this is a "
                                "practical safety step. " + L4,
                            ),
                        ],
                    ),
                    _true_false(
                        "Part of your role is to ask Priya and Sam how they are managing with money, without "
                        "waiting for them to raise it.",
                        "true",
                        "Right. Parents often find money hard to raise, and many who need help do not get "
                        "it. Be proactive: ask respectfully, listen, and signpost support at the earliest "
                        "opportunity. " + L4,
                        "This is true. Waiting for parents to raise money worries can mean help comes late "
                        "or not at all. Asking in a respectful, practical way is how you find out what would "
                        "help. " + L4,
                    ),
                ],
            },
        ],
    },
    # 5 Pre-birth: missed antenatal appointments ----------------------------------------
    {
        "title": "Chloe's baby, before birth: missed appointments",
        "age_group": "pre_birth",
        "stages": [
            {
                "heading": "",
                "narrative": (
                    "<p>You are a community midwife. Chloe is 26 and 24 weeks pregnant with her "
                    "first baby. She lives with her partner, Dan, who works in a café. Chloe has "
                    "missed her last 2 antenatal appointments at the hospital.</p>"
                    "<p>When you see her at home, she is embarrassed. She tells you that by the "
                    "end of each month they cannot afford the bus fare, and she did not want to "
                    "say so. She has been eating less to make the food last. Chloe has a cot "
                    "ready, talks to the baby and shows you the clothes Dan's mum has passed on. "
                    "She says she wants to do everything right for the baby.</p>"
                ),
                "questions": [
                    _single(
                        "Poor engagement with antenatal care can be a warning sign of neglect before birth. "
                        "What is the best response here?",
                        [
                            _option(
                                "Ask Chloe what would help her get to appointments, signpost a benefit "
                                "entitlement check and a food bank, and record the conversation.",
                                True,
                                "A warning sign is a reason to look more closely. Here there is a practical "
                                "reason, Chloe is engaging with you and she is preparing for her baby. "
                                "Removing the barrier supports her and the baby. " + L4,
                            ),
                            _option(
                                "Refer to the MASH without raising it with Chloe. Missed antenatal "
                                "appointments are a recognised warning sign of neglect before birth, and "
                                "talking to her first could make her avoid services.",
                                False,
                                "This treats a warning sign as proof, and refers without talking to a parent "
                                "when it is safe to. Chloe has given a clear practical reason and wants "
                                "help. If appointments kept being missed once help was in place, you would "
                                "talk it through with your safeguarding lead. " + L3,
                            ),
                            _option(
                                "Tell Chloe that, with Dan in work, they are unlikely to be entitled to more "
                                "support, and help her plan a tighter budget so that the bus fare lasts the "
                                "month.",
                                False,
                                "This makes an assumption about benefits. A working family may still be able "
                                "to get support they are not claiming, and a benefit entitlement check is "
                                "how to find out. Chloe is already eating less to make the food last. " + L4,
                            ),
                            _option(
                                "Tell Chloe firmly that missing appointments puts her baby at risk, and "
                                "leave it there.",
                                False,
                                "This warns without helping. It leaves the barrier in place and may make "
                                "Chloe feel judged: parents say being talked at makes them feel small. " + L3,
                            ),
                        ],
                    ),
                    _true_false(
                        "Babies born into poorer families are more likely to be born early or "
                        "with a low birth weight.",
                        "true",
                        "Right. Poverty can affect children before they are born. Premature "
                        "birth and low birth weight are also possible effects of neglect before "
                        "birth, so look at the whole picture rather than assuming either. " + L2,
                        "This is true. The Luton Safeguarding Children Board reports that babies "
                        "born into poorer families are more likely to be premature, to have a "
                        "low birth weight and to die in their first year. " + L2,
                    ),
                ],
            },
        ],
    },
]


MODULE = {
    "title": "Child Poverty",
    "slug": "child-poverty",
    "intro": (
        "Learn how poverty affects children and families, how to tell poverty apart from neglect, "
        "and what practical support you can offer or signpost. This is the partnership's free "
        "Child Poverty eLearning."
    ),
    "audience": (
        "Practitioners in Luton, Bedford Borough and Central Bedfordshire who work with children, "
        "young people or families, in any agency, including those who work mainly with adults."
    ),
    "learning_outcomes": [
        "Explain what child poverty means and how it can affect children, now and as adults",
        "Describe what the figures tell us about the impact of poverty on families",
        "Tell a family struggling with money apart from a child whose needs go persistently unmet",
        "Offer or signpost practical support, such as the Safer Homes leaflet and the Local Offer website",
        "Record, consult and act on concerns about neglect, following local procedures",
    ],
    "estimated_minutes": 40,
    "cpd_hours": "0.5",
    "pass_mark": 80,
    "account_required": True,
    "lessons": LESSONS,
    "assessment": ASSESSMENT,
}
