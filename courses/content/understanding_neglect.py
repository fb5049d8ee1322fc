"""Understanding Neglect: an eLearning module for practitioners in every agency.

Plain data: courses/content/loader.py validates it against the lesson and assessment blocks.
Every fact comes from the seed documents in shared/seeds/ and is cited in a "source" block under
the content that uses it. The people in the case studies are fictional.
"""

SEE_L1 = "(See lesson 1: What neglect is.)"
SEE_L2 = "(See lesson 2: Horwath's six classifications.)"
SEE_L3 = "(See lesson 3: Signs and impact by age.)"
SEE_L4 = "(See lesson 4: Risk factors, strengths and poverty.)"
SEE_L5 = "(See lesson 5: The child's lived experience.)"
SEE_L6 = "(See lesson 6: What to do if you are worried.)"

CLASSIFY_PROMPT = "Which of Horwath's six classifications does each observation fit best?"


# Lessons -------------------------------------------------------------------------------

LESSON_1 = {
    "title": "What neglect is",
    "slug": "what-neglect-is",
    "intro": (
        "The statutory definition of neglect, why neglect matters and why it can be hard to recognise."
    ),
    "body": [
        {
            "type": "paragraph",
            "value": (
                "<p>Anyone whose work brings them into contact with children, young people or "
                "their parents and carers can notice neglect. A health visitor, a teacher, a "
                "housing officer and a police officer may each see something different. This "
                "module helps you make sense of what you see and know what to do about it.</p>"
                "<p>The people in this module's case studies are fictional.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "The definition", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Agencies use the definition of neglect in Working Together to Safeguard "
                "Children 2023, the statutory guidance on how agencies work together to protect "
                "children.</p>"
            ),
        },
        {
            "type": "inset",
            "value": (
                "<p>Working Together to Safeguard Children 2023 defines neglect as:</p>"
                "<p>“The persistent failure to meet a child’s basic physical and/or "
                "psychological needs, likely to result in the serious impairment of the child’s "
                "health or development. Neglect may occur during pregnancy as a result of "
                "maternal substance abuse.</p>"
                "<p>Once a child is born, neglect may involve a parent or carer failing to:</p>"
                "<ul>"
                "<li>provide adequate food, clothing and shelter (including exclusion from home "
                "or abandonment)</li>"
                "<li>protect a child from physical and emotional harm or danger</li>"
                "<li>ensure adequate supervision (including the use of inadequate "
                "care-givers)</li>"
                "<li>ensure access to appropriate medical care or treatment</li>"
                "<li>provide suitable education</li>"
                "</ul>"
                "<p>It may also include neglect of, or unresponsiveness to, a child’s basic "
                "emotional needs.”</p>"
            ),
        },
        {"type": "source", "value": "Working Together to Safeguard Children 2023"},
        {
            "type": "paragraph",
            "value": (
                "<p>A child's basic emotional needs include warmth, nurture and the chance to "
                "form healthy attachments to the adults who care for them.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Persistent and cumulative", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>The key word in the definition is <b>persistent</b>. Neglect is an ongoing "
                "failure by a parent or carer to meet a child's basic physical and psychological "
                "needs. It is not a one-off incident. An untidy kitchen seen on one home visit "
                "is not, on its own, neglect.</p>"
                "<p>Neglect is also <b>cumulative</b>. Small unmet needs add up, and the harm "
                "grows over time. Neglect often carries on with little change, even when the "
                "family is given support.</p>"
                "<p>Because the impact builds slowly, the evidence usually comes from several "
                "agencies and professionals, each adding a piece. Keep your focus on the child's "
                "journey: what is happening for them, and for how long?</p>"
            ),
        },
        {
            "type": "key_fact",
            "value": {
                "heading": "A simple question to ask",
                "text": (
                    "What does this child need, and do their parents or carers consistently "
                    "meet those needs? If they do not, neglect may be an issue."
                ),
            },
        },
        {"type": "source", "value": "Pan-Bedfordshire Safeguarding Children Partnership"},
        {"type": "heading", "value": {"text": "Why neglect matters", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul>"
                "<li>Neglect is the most common reason for professionals taking child protection "
                "action. It is usually the most common reason for a child being the subject of a "
                "child protection plan.</li>"
                "<li>Nationally, neglect is noted as a risk factor in 60% of all serious case "
                "reviews.</li>"
                "<li>The NSPCC reports that 1 in 10 children in the UK have experienced neglect, "
                "and that neglect is the most common reason children contact Childline.</li>"
                "</ul>"
                "<p>The harm can be serious and long-lasting. Neglect can lead to accidental "
                "injuries, poor health, disability, poor emotional and physical development, low "
                "self-esteem, mental health problems and even suicide.</p>"
            ),
        },
        {
            "type": "warning",
            "value": (
                "Neglect can be life-threatening. Treat it with the same urgency as any other "
                "form of abuse. It happens at every age, not only to the youngest children."
            ),
        },
        {
            "type": "source",
            "value": (
                "Pan-Bedfordshire Safeguarding Children Partnership; Hull Safeguarding Children "
                "Partnership; Luton Safeguarding Children Board; Cambridgeshire and Peterborough "
                "Neglect Strategy 2025 (citing the NSPCC)"
            ),
        },
        {"type": "heading", "value": {"text": "Why neglect is hard to define", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>There is often no single sign that a child or family needs help. Neglect is "
                "also hard to pin down because people judge it differently. Views on what counts "
                "as “good enough” care, and on what a child needs, vary from person to person "
                "and between professions.</p>"
                "<p>Families where neglect is a concern often have complex needs, so several "
                "agencies are usually involved. Each sees a different part of the child's life. "
                "A school may notice hunger and missed days. A GP surgery may notice missed "
                "appointments. A housing officer may see the home. Unless these pieces are "
                "shared, no one sees the whole picture and vital information is lost.</p>"
            ),
        },
        {
            "type": "reflection",
            "value": (
                "Think about a child you work with. Which parts of their life can you see, and "
                "which parts would only another agency know about?"
            ),
        },
        {
            "type": "source",
            "value": (
                "Cambridgeshire and Peterborough Neglect Strategy 2025; Luton Safeguarding Children Board"
            ),
        },
    ],
}


LESSON_2 = {
    "title": "Horwath's six classifications",
    "slug": "horwaths-six-classifications",
    "intro": ("Six ways of describing neglect, and how each one can look from infancy to adolescence."),
    "body": [
        {
            "type": "paragraph",
            "value": (
                "<p>Horwath (2007) identified six classifications of neglect that professionals "
                "across England widely recognise. Read them alongside the Working Together "
                "2023 definition.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "The six classifications", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul>"
                "<li><b>Medical</b>: health needs are not noticed or treated.</li>"
                "<li><b>Nutritional</b>: not enough food, or the wrong food, consistently.</li>"
                "<li><b>Emotional</b>: too little warmth, stimulation or secure attachment.</li>"
                "<li><b>Educational</b>: learning and language are not encouraged, or education "
                "is not provided.</li>"
                "<li><b>Physical</b>: poor physical care, such as clothing, hygiene, home "
                "conditions, sleep and routines.</li>"
                "<li><b>Lack of supervision</b>: not kept safe from danger, left alone, or given "
                "responsibilities beyond their age.</li>"
                "</ul>"
                "<p>Horwath mapped each classification across childhood, as the table shows.</p>"
            ),
        },
        {
            "type": "table",
            "value": {
                "table_caption": "Experiences of neglect by age group and Horwath's classification",
                "first_row_is_table_header": True,
                "first_col_is_header": True,
                "data": [
                    [
                        "Age group",
                        "Medical",
                        "Nutritional",
                        "Emotional",
                        "Educational",
                        "Physical",
                        "Lack of supervision",
                    ],
                    [
                        "Infancy (0 to 2 years)",
                        "Not noticing a baby is unwell, or not seeking treatment. Missed routine "
                        "health checks may be a sign.",
                        "Under-nourishment restricts growth and brain development. Sweets used as "
                        "pacifiers can link neglect to obesity.",
                        "Too little stimulation affects brain development. Damaged attachment "
                        "makes learning harder.",
                        "The developing brain needs experience and stimulation. Language depends "
                        "on carers responding.",
                        "Dirty home conditions may affect immunity. Nappies not changed, nappy "
                        "rash. Skills delayed without encouragement.",
                        "Babies need watching at all times, especially in the bath or on high "
                        "surfaces. Feeling abandoned harms attachment.",
                    ],
                    [
                        "Pre-school (2 to 4 years)",
                        "Missed health and dental appointments. No treatment after accidents or "
                        "for head lice or squints.",
                        "Not eating 1,200 to 1,500 calories a day, or unregulated fat and sugar: "
                        "risk of obesity, tooth decay and heart problems.",
                        "Without secure attachment, may struggle to play with others, share "
                        "feelings, cope with frustration and show empathy.",
                        "Few or poor-quality interactions with carers delay language, which "
                        "affects education.",
                        "Dirty or malnourished, poor living conditions. May lack toilet training, "
                        "enough sleep or boundaries.",
                        "No stair gates or proper car seat. Drugs or knives within reach. May be "
                        "left home alone.",
                    ],
                    [
                        "Primary (5 to 11 years)",
                        "More infections and illnesses, through poor treatment or poor prevention "
                        "such as hand washing, diet and sleep.",
                        "Food not provided consistently, so lives on biscuits and sweets. Normal "
                        "weight does not mean a healthy diet.",
                        "Insecure attachment makes friendships hard. Frustration may show as "
                        "disruptive behaviour.",
                        "Low aspirations, little encouragement to learn and little language stimulation.",
                        "Ill-fitting or dirty clothes, poor hygiene, lack of sleep. No routines, "
                        "so school rules frustrate.",
                        "Home alone after school, looking after younger children, playing out "
                        "alone or cooking unsupervised.",
                    ],
                    [
                        "Adolescent (12 years and over)",
                        "Low self-esteem and recklessness lead to ignoring health problems. "
                        "Risk-taking, including in sexual activity.",
                        "Can find food, but without nutritious food or cooking experience relies "
                        "on unhealthy snacks.",
                        "Isolated from friends by neglect, such as poor hygiene, when friends "
                        "matter most. More conflict with carers.",
                        "Difficulty managing emotions, challenging behaviour at school. Low "
                        "confidence and failure harm self-image.",
                        "Living conditions, poor clothing, hygiene and body odour affect social "
                        "life and self-esteem.",
                        "Out all night without carers knowing where, leading to risk-taking that "
                        "can cause serious injury.",
                    ],
                ],
            },
        },
        {
            "type": "source",
            "value": (
                "Horwath (2007), via Community Care Inform; Cambridgeshire and Peterborough "
                "Neglect Strategy 2025, Appendix 1"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "When a concern fits more than one classification", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>A teenager's poor hygiene is physical neglect, but it can also cut them off "
                "from friends. Untreated tooth decay is medical, but a diet of sweets that "
                "caused it is nutritional. Choose the best fit, but always record the "
                "observation itself: what you saw, when, and what the child said.</p>"
            ),
        },
        {
            "type": "key_fact",
            "value": {
                "heading": "Look beyond weight",
                "text": (
                    "A child of normal weight can still have an unhealthy diet. Nutritional "
                    "neglect is about what a child eats and how consistently."
                ),
            },
        },
        {
            "type": "pause",
            "value": {
                "scenario": (
                    "A 4-year-old at your setting has had a squint for months. Her dad says he "
                    "keeps meaning to book the eye appointment, and has been too busy to treat "
                    "her head lice. What would you do?"
                ),
                "reveal": (
                    "<p>Both fit best under <b>medical neglect</b>: no treatment for routine "
                    "conditions. On their own they may not mean neglect. Ask her dad what is "
                    "getting in the way, offer help to book the appointment, and record what you "
                    "saw and what he said. If appointments keep being missed, or other needs are "
                    "unmet too, a pattern is forming: talk to your designated safeguarding "
                    "lead.</p>"
                ),
            },
        },
        {
            "type": "reflection",
            "value": "Which of the six classifications do you notice most often? Which might you miss?",
        },
        {
            "type": "source",
            "value": (
                "Horwath (2007), via Community Care Inform; Cambridgeshire and Peterborough "
                "Neglect Strategy 2025"
            ),
        },
    ],
}


LESSON_3 = {
    "title": "Signs and impact by age",
    "slug": "signs-and-impact-by-age",
    "intro": ("What neglect can look like, and the harm it can do, from before birth to the teenage years."),
    "body": [
        {
            "type": "paragraph",
            "value": (
                "<p>Neglect can begin before birth and continue into the teenage years. The "
                "signs and the harm change as a child grows. A warning sign is a reason to look "
                "more closely and talk with colleagues. It is not, on its own, proof of "
                "neglect.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Before birth", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p><b>Impact</b> can include low birth weight, premature birth, a higher risk "
                "of sudden infant death syndrome (SIDS) and impaired brain development.</p>"
                "<p><b>Warning signs</b> include poor engagement with antenatal care, a history "
                "of neglect (with earlier children or in the parent's own childhood), "
                "self-neglect, drug or alcohol misuse in pregnancy, mental health difficulties "
                "and learning disability. These are reasons to offer support and stay curious, "
                "not judgements about a parent.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Infants (0 to 2)", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Children of this age are the most vulnerable to neglect.</p>"
                "<p><b>Impact</b> can include failure to thrive, more infections and injuries, "
                "poor attachment, and poor growth or developmental delay.</p>"
                "<p><b>Warning signs</b> include missed routine appointments, not gaining weight "
                "as expected, not meeting milestones, speech delay, nappy rash that keeps coming "
                "back, self-soothing behaviours, and a baby who is overly clingy or "
                "withdrawn.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Pre-school children (2 to 5)", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Children are becoming more independent and should be learning about the "
                "world safely.</p>"
                "<p><b>Impact</b> can include speech and language delay, more infections and "
                "injuries, and difficulty managing emotions or behaviour.</p>"
                "<p><b>Warning signs</b> include a lack of routines, developmental delay, "
                "delayed toilet training, being underweight or overweight, untreated health "
                "problems, and being withdrawn or over-familiar with strangers.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "School-age children (5 and over)", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>This is when the impact of earlier neglect often becomes clear.</p>"
                "<p><b>Impact</b> can include poor social skills, a short attention span, low "
                "confidence, difficulty following rules, difficulty managing behaviour or "
                "emotions, and not reaching their potential at school.</p>"
                "<p><b>Warning signs</b> include poor hygiene and presentation, low school "
                "attendance, being withdrawn or very demanding of adult attention, hunger, "
                "dental decay, and being underweight or overweight.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Adolescents", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p><b>Impact</b> can include poor educational attainment, low self-esteem, "
                "mental health difficulties, difficulty forming healthy relationships and a risk "
                "of exploitation.</p>"
                "<p><b>Warning signs</b> include poor school attendance, being unable to "
                "concentrate, withdrawn or disruptive behaviour in school, self-harm, "
                "involvement in crime or antisocial behaviour, and drug or alcohol misuse.</p>"
                "<p>Neglect of teenagers is easily missed. It is easy to see a teenager's "
                "behaviour as a choice, or as a problem to manage, and not ask whether their "
                "needs are being met. Inspectors have called for more awareness of the neglect "
                "of older children, including among practitioners in adult services who work "
                "with parents with complex needs.</p>"
            ),
        },
        {
            "type": "source",
            "value": (
                "Cambridgeshire and Peterborough Neglect Strategy 2025; Hull Safeguarding "
                "Children Partnership"
            ),
        },
        {
            "type": "details",
            "value": {
                "summary": "Signs of neglect at any age",
                "content": (
                    "<ul>"
                    "<li>losing weight, or being underweight all the time</li>"
                    "<li>often being absent from school</li>"
                    "<li>begging for or stealing food or money</li>"
                    "<li>missing medical or dental care, immunisations or glasses</li>"
                    "<li>clothes that do not suit the weather or do not fit, or shoes that are "
                    "too small</li>"
                    "<li>clothes that are always dirty, or a strong body odour</li>"
                    "<li>dirty teeth, or poor hair that may have lice</li>"
                    "<li>a parent or carer not protecting the child from harm or danger</li>"
                    "</ul>"
                ),
            },
        },
        {"type": "source", "value": "Luton Safeguarding Children Board"},
        {
            "type": "pause",
            "value": {
                "scenario": (
                    "You are a police officer. At 2am you find a 15-year-old boy sitting alone "
                    "outside a closed takeaway. He is cold and has no coat. He says his mum "
                    "'won't care' what time he gets home, and that this happens most weekends. "
                    "What would you do?"
                ),
                "reveal": (
                    "<p>Make sure he is safe now. Then treat what you have seen as a possible "
                    "sign of neglect, not just a teenager out late. A young person who is "
                    "regularly out all night without a carer knowing where he is fits <b>lack of "
                    "supervision</b>, and it can expose him to serious harm, including "
                    "exploitation.</p>"
                    "<p>Record what you saw and what he said, in his own words. Share it through "
                    "your organisation's safeguarding procedures so that it reaches children's "
                    "services for the area where he lives. Your piece of information may be the "
                    "one that completes the picture.</p>"
                ),
            },
        },
        {
            "type": "reflection",
            "value": (
                "Think of a teenager whose behaviour has worried you. Did anyone ask what life "
                "at home was like for them?"
            ),
        },
        {
            "type": "source",
            "value": (
                "Cambridgeshire and Peterborough Neglect Strategy 2025; Horwath (2007); Hull "
                "Safeguarding Children Partnership"
            ),
        },
    ],
}


LESSON_4 = {
    "title": "Risk factors, strengths and poverty",
    "slug": "risk-factors-and-strengths",
    "intro": (
        "Circumstances that make neglect more likely, why poverty alone is not neglect, and "
        "why every assessment should look for strengths."
    ),
    "body": [
        {
            "type": "heading",
            "value": {"text": "Circumstances that increase the risk", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Some circumstances make neglect more likely. They include:</p>"
                "<ul>"
                "<li>parental substance misuse</li>"
                "<li>mental health issues</li>"
                "<li>domestic abuse and family conflict</li>"
                "<li>social isolation and lack of support</li>"
                "<li>a parent's own history of neglect or abuse</li>"
                "<li>parenting stress, and a lack of parenting knowledge, skills or support</li>"
                "<li>unstable living situations</li>"
                "<li>limited access to resources, healthcare and support services</li>"
                "<li>poverty and social and economic pressures</li>"
                "</ul>"
                "<p>The list is not complete. A risk factor is not evidence that a child is "
                "experiencing neglect. It is a reason to stay curious about the child's daily "
                "life.</p>"
            ),
        },
        {"type": "source", "value": "Somerset Safeguarding Children Partnership"},
        {
            "type": "paragraph",
            "value": (
                "<p>Neglect often becomes an issue when parents are dealing with complex "
                "problems, and some parents were poorly looked after themselves as children. "
                "These problems can directly affect a parent's ability to meet their child's "
                "needs. Even so, parents remain responsible for caring for their child, or for "
                "seeking help if they cannot.</p>"
            ),
        },
        {"type": "source", "value": "Luton Safeguarding Children Board"},
        {"type": "heading", "value": {"text": "Poverty is not neglect", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Poverty can be an important factor. Growing up in poverty can seriously "
                "affect a child's emotional wellbeing, physical health and achievement at "
                "school, with effects that last into adulthood. Research by the Children's "
                "Society found that 10% of families had taken out credit to pay for food, 18% "
                "for clothing and 6% for heating.</p>"
                "<p>But a family can be poor and still meet their children's needs. The children "
                "at greatest risk are those whose parents' own emotional impoverishment is so "
                "great that they do not know how to parent. These parents do not understand "
                "their children's needs and, even with intensive help, cannot meet them.</p>"
            ),
        },
        {
            "type": "key_fact",
            "value": {
                "heading": "Poverty alone is not neglect",
                "text": (
                    "Ask whether the child's needs are consistently met. Where money is the main "
                    "problem, help the family find practical support."
                ),
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Practical support includes the local authority's Local Offer website, a "
                "one-stop shop for advice and support services, and the Safer Homes leaflet, "
                "which covers cutting energy costs, checking benefit entitlements and asking for "
                "a free CO2 alarm. Family hubs, children's centres, early help services and "
                "local food banks can also help. The free Child Poverty eLearning module covers "
                "this in more depth.</p>"
            ),
        },
        {
            "type": "source",
            "value": (
                "Luton Safeguarding Children Board; Pan-Bedfordshire Safeguarding Children Partnership"
            ),
        },
        {"type": "heading", "value": {"text": "Before birth", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>In pregnancy, a parent's neglect of their own health, or poor self-care, can "
                "show how much risk there is to the baby's development in the womb. It can also "
                "suggest how likely harm is once the baby is born.</p>"
            ),
        },
        {"type": "source", "value": "Pan-Bedfordshire Safeguarding Children Partnership"},
        {
            "type": "heading",
            "value": {"text": "Look for strengths as well as concerns", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Fair assessments identify strengths as well as areas of concern. They focus "
                "on each child in the family, and take account of everyone's views, including "
                "parents who do not live with their children.</p>"
                "<p>Strengths might be a warm relationship between parent and child, a child who "
                "is at school every day, grandparents or friends who help, or a parent who asks "
                "for help when things get hard. Strengths do not cancel out concerns, but they "
                "show what support can build on.</p>"
                "<p>Graded Care Profile 2 (GCP2) is designed to do this. It highlights a "
                "family's strengths and the areas that need more targeted support.</p>"
            ),
        },
        {
            "type": "source",
            "value": (
                "Cambridgeshire and Peterborough Neglect Strategy 2025; Pan-Bedfordshire "
                "Safeguarding Children Partnership"
            ),
        },
        {
            "type": "pause",
            "value": {
                "scenario": (
                    "You work in a drug and alcohol service. Lisa is in recovery and doing "
                    "well. She has 2 children, aged 6 and 11. Today she mentions that on bad "
                    "days, when she cannot get out of bed, her eldest 'basically runs the "
                    "house'. What would you do?"
                ),
                "reveal": (
                    "<p>Lisa's recovery, and her honesty with you, are real strengths. But her "
                    "words tell you something about her children's daily life. On bad days, an "
                    "11-year-old may be getting a 6-year-old up, fed and to school with no adult "
                    "watching over them.</p>"
                    "<p>Ask Lisa, gently, what those days look like for the children and how "
                    "often they happen. Record what she said, in her words. Talk to your "
                    "safeguarding lead about sharing the concern with children's services for "
                    "the area where the children live. Support for Lisa and support for her "
                    "children can go together.</p>"
                ),
            },
        },
        {
            "type": "reflection",
            "value": (
                "Think of a family you know who are struggling with money. What tells you "
                "whether the children's needs are being met?"
            ),
        },
        {
            "type": "source",
            "value": (
                "Somerset Safeguarding Children Partnership; Cambridgeshire and Peterborough "
                "Neglect Strategy 2025"
            ),
        },
    ],
}


LESSON_5 = {
    "title": "The child's lived experience",
    "slug": "lived-experience",
    "intro": (
        "What daily life is like for a child experiencing neglect, why children rarely tell, "
        "and how to work well with parents and carers."
    ),
    "body": [
        {"type": "heading", "value": {"text": "What lived experience means", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>A child's lived experience is what they see, hear, think and feel day to "
                "day, and how it affects them emotionally, physically, educationally and in "
                "their development.</p>"
                "<p>Put yourself in the child's shoes and ask: what is it like for this child "
                "right now? What do they wake up to? Is there breakfast? Who notices if they are "
                "unwell, upset or late home? Who do they turn to when something goes wrong?</p>"
                "<p>Watching a child, and how they are with the people around them, matters "
                "most when they are too young to talk or have speech, language and "
                "communication needs.</p>"
            ),
        },
        {
            "type": "quote",
            "value": {
                "quote": (
                    "Sometimes no one believes you or no one comes to your home to see what’s "
                    "going on so no one might know or can tell from the outside"
                ),
                "attribution": "Young person",
            },
        },
        {"type": "heading", "value": {"text": "Why children don't tell", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Children often do not tell anyone what is happening. They may fear the "
                "person harming them, fear what will happen next, fear not being believed, or "
                "fear losing control of what happens.</p>"
                "<p>Children are more likely to tell an adult they trust and already have a "
                "relationship with. If a child tells you something, listen, take it seriously "
                "and respond in proportion to the risk. But often a child will not tell, so "
                "what you notice matters.</p>"
            ),
        },
        {
            "type": "quote",
            "value": {
                "quote": (
                    "…don’t make assumptions about us, our situation and stories – we are more "
                    "than what you read in our case files, and you can’t always believe "
                    "everything that’s in them. You do know some things about us but probably "
                    "not all, although you sometimes seem to think you do. Our situations can be "
                    "complex and may be hard for you to understand, so you need to take time to "
                    "get to know us as individual human beings"
                ),
                "attribution": "Young person, aged 14",
            },
        },
        {"type": "source", "value": "Cambridgeshire and Peterborough Neglect Strategy 2025"},
        {"type": "heading", "value": {"text": "Exploring a child's day", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>The Day in the Life tools agreed for use across Bedfordshire come in 4 "
                "versions: baby, pre-schooler, primary and teenager. They give prompts for a "
                "series of conversations with a child and their parent or carer. Choose the "
                "questions that fit, adapt them to the child's communication needs, and do not "
                "try to cover everything at once. Check what you hear against your own "
                "observations and what others know.</p>"
            ),
        },
        {"type": "source", "value": "Pan-Bedfordshire Safeguarding Children Partnership"},
        {"type": "heading", "value": {"text": "Parents and carers who need help", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Parents face many of the same barriers to asking for help as children do. "
                "And when parents do ask, many do not get help. Be proactive in finding support "
                "for families who are struggling. How you speak to parents matters.</p>"
            ),
        },
        {
            "type": "quote",
            "value": {
                "quote": (
                    "The first impression we get when we meet you is very important. Whether you "
                    "speak to us clearly and respectfully and whether you show an interest in us "
                    "and our children as individuals. We would like you to listen to us and talk "
                    "with us rather than at us. We sometimes feel patronised and made to feel "
                    "small by professionals, especially if we’re young and we didn’t have good "
                    "parents ourselves. Sometimes, you make us feel that we can’t ever be a good "
                    "parent. We need encouragement so we don’t end up feeling that we’ll never "
                    "move forward"
                ),
                "attribution": "Parent",
            },
        },
        {"type": "heading", "value": {"text": "Fathers and male carers", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Fathers and male carers are often left out of conversations about their "
                "children, so their role can be ignored or misunderstood. Include them, whether "
                "or not they live with the child. Find out who is in the child's life, what part "
                "each adult plays and what they could offer.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "If you work mainly with adults", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>If you work mainly with parents, for example in mental health, substance "
                "misuse or housing services, you may be one of the few people who see the "
                "children at home. Keep them in mind. Ask about them and notice how they are. "
                "The neglect of older children living with parents with complex needs is "
                "especially easy to overlook.</p>"
            ),
        },
        {
            "type": "reflection",
            "value": (
                "Picture a child you work with. Describe one ordinary day from their point of "
                "view, from waking up to going to sleep. What don't you know?"
            ),
        },
        {
            "type": "source",
            "value": (
                "Cambridgeshire and Peterborough Neglect Strategy 2025; Hull Safeguarding "
                "Children Partnership"
            ),
        },
    ],
}


LESSON_6 = {
    "title": "What to do if you are worried",
    "slug": "what-to-do",
    "intro": (
        "How to act on a concern about neglect: who to contact, what to record, how to share "
        "information and what to do if nothing changes."
    ),
    "body": [
        {"type": "warning", "value": "If a child is in immediate danger, call 999."},
        {
            "type": "heading",
            "value": {"text": "If the child is not in immediate danger", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<ol>"
                "<li><b>Record</b> what you saw and heard, using the child's own words.</li>"
                "<li><b>Talk to your designated safeguarding lead</b>, or your organisation's "
                "safeguarding lead, and follow your organisation's procedures.</li>"
                "<li><b>Contact the children's services front door</b> for the area where the "
                "child lives.</li>"
                "<li><b>Share information</b> with the other agencies involved.</li>"
                "</ol>"
                "<p>You do not need to be sure it is neglect, and you do not need proof. Neglect "
                "builds up over time, and your information may be the piece that completes the "
                "picture. Waiting for more evidence can leave a child without help for "
                "longer.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Who to contact", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>In Luton, contact the Multi-Agency Safeguarding Hub (MASH) on 01582 547653. "
                "The MASH receives concerns about children and works out what help they need.</p>"
                "<p>In Bedford Borough and Central Bedfordshire, contact the local council's "
                "children's services. If the child lives elsewhere, contact children's services "
                "for their area.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Get advice before you act", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Do not investigate, or confront the parent or carer, on your own. Talk to "
                "your safeguarding lead first about what to do and what to say to the family. "
                "Work with families openly and honestly, but in a planned way that keeps the "
                "child safe.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Recording", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Good records help others see a pattern. Write down what you saw "
                "and heard and when, what the child said in their own words, what the "
                "parent or carer said, and who you told. Keep facts separate from your"
                " opinion.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Sharing information", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Sharing information is essential to keeping children safe, and not sharing "
                "can have consequences as serious as sharing. Use your professional judgement "
                "about what to share. Data protection law helps you balance a family's privacy "
                "with the need to protect the child.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "If your concern is not acted on", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>If you think a concern has not been acted on, or you disagree with another "
                "agency's decision, do not let it drop. Talk to your safeguarding lead and use "
                "the Pan Bedfordshire escalation procedures, which support practitioners when "
                "agencies disagree. Keep recording what you see. If nothing is changing for the "
                "child, say so.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Help at the earliest opportunity", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Every practitioner has a part in spotting needs and making sure "
                "they are met at the lowest level that will work. Early help supports "
                "the whole family before problems grow. It needs the family's "
                "agreement and honesty about what worries you.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Graded Care Profile 2 (GCP2)", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>GCP2 is the tool used across Bedfordshire to assess, measure and "
                "support families where there are concerns about neglect. It "
                "highlights strengths and the areas that need targeted support.</p>"
                "<ul>"
                "<li>Only practitioners with accredited GCP2 training can lead a GCP2 assessment.</li>"
                "<li>If you are not trained, you can still take an active role and contribute "
                "what you know about the child.</li>"
                "<li>Rescoring at key points lets everyone, including the family, measure "
                "progress objectively.</li>"
                "</ul>"
                "<p>Rescoring matters because some families appear to cooperate, agreeing to "
                "every action or tidying up before a planned visit, while little changes for the "
                "child. This is sometimes called disguised compliance. Judge progress by what "
                "changes for the child, not by what is promised.</p>"
            ),
        },
        {
            "type": "details",
            "value": {
                "summary": "Booking GCP2 training",
                "content": (
                    "<p>GCP2 training is available in each local authority area. When you ask "
                    "for a place, give your name, organisation and job role, and copy in your "
                    "manager to confirm their approval.</p>"
                    "<p>If you cancel within 10 days of the course, or do not attend, you will "
                    "be charged £105 per person. This applies to Luton Borough Council (LBC) "
                    "practitioners and to practitioners from other organisations alike.</p>"
                ),
            },
        },
        {
            "type": "pause",
            "value": {
                "scenario": (
                    "Six weeks ago you shared a concern about a 10-year-old's hunger and poor "
                    "attendance. You have heard nothing back. Since then he has missed 5 more "
                    "days, and today he told you there was 'no tea again' last night. What would "
                    "you do?"
                ),
                "reveal": (
                    "<p>Do not assume someone else is dealing with it. Record what has"
                    " happened since, including his words. Talk to your safeguarding "
                    "lead about sharing the new information with the children's "
                    "services front door. If you still think the concern is not being "
                    "acted on, use the Pan Bedfordshire escalation procedures.</p>"
                ),
            },
        },
        {
            "type": "reflection",
            "value": (
                "Do you know who your designated safeguarding lead is, and how you would reach them today?"
            ),
        },
        {
            "type": "source",
            "value": (
                "Luton Safeguarding Children Board; Pan-Bedfordshire Safeguarding Children "
                "Partnership; Cambridgeshire and Peterborough Neglect Strategy 2025"
            ),
        },
    ],
}


# Assessment ----------------------------------------------------------------------------

VIGNETTE_JADE = {
    "title": "Before the baby arrives",
    "age_group": "pre_birth",
    "stages": [
        {
            "heading": "",
            "narrative": (
                "<p>You are a community midwife. Jade is 19 and 28 weeks pregnant with her "
                "first baby. She lives with her partner, Liam, who is 21. Jade has missed 2 of "
                "her last 3 antenatal appointments. When you see her, she says they have been "
                "moving flat and she kept forgetting.</p>"
                "<p>Jade looks tired and has lost a little weight. She tells you she used to "
                "drink most weekends but has 'cut right down'. Her own mum 'never really looked "
                "after us', she says, and she wants things to be different for her baby. Liam "
                "has come with her today. He asks good questions about the birth and shows you "
                "photos of the cot they have put together.</p>"
            ),
            "questions": [
                {
                    "type": "true_false",
                    "value": {
                        "prompt": (
                            "Jade's baby has not been born yet, so it is too early to think about neglect."
                        ),
                        "answer": "false",
                        "true_feedback": (
                            "Not so. Neglect can begin before birth, and Working Together 2023 "
                            "says it may occur during pregnancy. A parent's own health and "
                            "self-care in pregnancy can show the level of risk to the baby. " + SEE_L3
                        ),
                        "false_feedback": (
                            "Correct. Neglect can begin before birth. A parent's neglect of their "
                            "own health in pregnancy can show the risk to the baby now and after "
                            "the birth. " + SEE_L3
                        ),
                    },
                },
                {
                    "type": "single_choice",
                    "value": {
                        "prompt": "What is the best thing to do at this stage?",
                        "options": [
                            {
                                "text": (
                                    "Tell your safeguarding lead and let Jade and Liam know you are "
                                    "referring them, because missed care, drinking and Jade's own "
                                    "childhood show that the baby will be neglected."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Telling your safeguarding lead is right, but this reads early "
                                    "warning signs as proof. Risk factors and a parent's own "
                                    "history are reasons to offer support and stay curious, not "
                                    "judgements about Jade, and there is no clear pattern yet. Jade "
                                    "and Liam also show real strengths. " + SEE_L3
                                ),
                            },
                            {
                                "text": (
                                    "Tell Jade that if she misses another appointment, you will "
                                    "have to report her to children's services."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This confronts Jade with a threat before you have talked to "
                                    "anyone. It damages trust and makes it less likely she will "
                                    "tell you what is really going on. Parents say they need to be "
                                    "spoken to respectfully and encouraged. " + SEE_L5
                                ),
                            },
                            {
                                "text": (
                                    "Talk it through with Jade and Liam, offer support and a new "
                                    "appointment, record what you saw and heard, and tell your "
                                    "safeguarding lead."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Right. There are warning signs but no clear pattern yet, and "
                                    "real strengths too. Support, careful records and a word with "
                                    "your safeguarding lead will show whether things improve or a "
                                    "pattern builds. " + SEE_L4
                                ),
                            },
                            {
                                "text": (
                                    "Wait until the baby is born, when you can see how Jade cares for them."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This overlooks neglect before birth. Waiting loses valuable "
                                    "time: neglect can begin in pregnancy, and support offered now "
                                    "can make a real difference. " + SEE_L3
                                ),
                            },
                        ],
                    },
                },
            ],
        },
        {
            "heading": "Four weeks later",
            "narrative": (
                "<p>Jade misses her next appointment, so you visit her at home. It is midday and "
                "she is still in bed. The flat smells strongly of alcohol and there are empty "
                "cans by the sofa. Jade tells you she has been drinking 'to get through the day' "
                "since a row with her mum. She is not eating much and has stopped taking her "
                "pregnancy vitamins. 'What's the point?' she says. 'Everyone thinks I'll be "
                "useless anyway.'</p>"
                "<p>Liam has started working nights and is asleep when you visit. Your records "
                "show Jade has now missed 4 antenatal appointments, including a scan. She has "
                "not thought about the birth or packed anything for hospital.</p>"
            ),
            "questions": [
                {
                    "type": "multiple_choice",
                    "value": {
                        "prompt": (
                            "Which of these are pre-birth warning signs of neglect in this "
                            "situation? Select all that apply."
                        ),
                        "options": [
                            {
                                "text": "Jade is drinking 'to get through the day'",
                                "correct": True,
                                "feedback": (
                                    "Yes. Drug or alcohol misuse in pregnancy is a pre-birth "
                                    "warning sign, and it can harm the baby's development. " + SEE_L3
                                ),
                            },
                            {
                                "text": "Jade is 19 and Liam is 21, and this is their first baby",
                                "correct": False,
                                "feedback": (
                                    "This treats who the parents are as a warning sign. Being a "
                                    "young or first-time parent is not a warning sign on its own, "
                                    "and young parents say that feeling judged makes it harder to "
                                    "accept help. Focus on what is happening. " + SEE_L5
                                ),
                            },
                            {
                                "text": "Jade has missed 4 antenatal appointments, including a scan",
                                "correct": True,
                                "feedback": (
                                    "Yes. Poor engagement with antenatal care is a warning sign, "
                                    "and it now forms a pattern. " + SEE_L3
                                ),
                            },
                            {
                                "text": "Jade's own mum 'never really looked after' her",
                                "correct": True,
                                "feedback": (
                                    "Yes. A history of neglect in a parent's own childhood is a "
                                    "pre-birth warning sign. It is a reason to offer support and "
                                    "stay curious, not a judgement about Jade, who wants things to "
                                    "be different for her baby. " + SEE_L3
                                ),
                            },
                            {
                                "text": (
                                    "Liam now works nights and was still asleep when you visited in "
                                    "the middle of the day"
                                ),
                                "correct": False,
                                "feedback": (
                                    "This reads a family's work routine as a warning sign. Sleeping "
                                    "after a night shift is not one, but it does mean Jade has less "
                                    "support in the day, which is worth talking about with them "
                                    "both. " + SEE_L5
                                ),
                            },
                            {
                                "text": "Jade is eating little and has stopped her vitamins",
                                "correct": True,
                                "feedback": (
                                    "Yes. Self-neglect in pregnancy can show how much risk there "
                                    "is to the baby, before and after birth. " + SEE_L4
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "single_choice",
                    "value": {
                        "prompt": "What should you do now?",
                        "options": [
                            {
                                "text": (
                                    "Give Jade another chance, because she has been honest with "
                                    "you about her drinking."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This is waiting for more evidence. Jade's honesty is a "
                                    "strength to build on, but it does not reduce the risk to the "
                                    "baby, and a pattern has already emerged. " + SEE_L1
                                ),
                            },
                            {
                                "text": (
                                    "Talk to your safeguarding lead today and refer to children's "
                                    "services for Jade's area, so that support is planned before "
                                    "the birth."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Right. A pattern has emerged: drinking, self-neglect and "
                                    "missed care. Acting now gives time to plan support before "
                                    "the birth, and the Pan Bedfordshire pre-birth assessment can "
                                    "be considered. Include Liam in the conversations. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Tell Jade firmly that unless she stops drinking, her baby "
                                    "will be taken into care."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This is confronting the parent before you have taken advice. A "
                                    "threat is likely to push Jade away, which raises the risk. "
                                    "Talk to your safeguarding lead, then be open and honest with "
                                    "Jade about your worries. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Keep it within maternity care: note the drinking in Jade's "
                                    "records and book extra antenatal checks."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This keeps the concern in one service. Extra checks are good "
                                    "care, but keeping the concern within one service is how vital "
                                    "information gets lost. Neglect is usually recognised when "
                                    "agencies share what they know. " + SEE_L6
                                ),
                            },
                        ],
                    },
                },
            ],
        },
    ],
}


VIGNETTE_NOAH = {
    "title": "A quiet baby",
    "age_group": "infancy",
    "stages": [
        {
            "heading": "",
            "narrative": (
                "<p>You are a health visitor. Noah is 9 months old. He lives with his dad, "
                "Daniel, who has cared for him alone since Noah's mum moved away in the spring. "
                "Daniel missed Noah's last development review and you have rebooked it "
                "twice.</p>"
                "<p>At today's visit Daniel is warm and chatty. He cuddles Noah and talks "
                "proudly about him. The flat is cluttered, with washing drying everywhere, but "
                "there is food in the fridge. Noah has put on less weight than expected since he "
                "was last weighed, and he has nappy rash. Daniel works shifts at a warehouse. He "
                "says a neighbour helps out sometimes, and that he is 'getting there' as a "
                "single dad.</p>"
            ),
            "questions": [
                {
                    "type": "single_choice",
                    "value": {
                        "prompt": "What is the most helpful response at this stage?",
                        "options": [
                            {
                                "text": (
                                    "Conclude that Noah is experiencing neglect: he has not gained "
                                    "enough weight, he has nappy rash and Daniel has missed a "
                                    "development review."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This reads early signs as a settled pattern. A low weight "
                                    "gain, nappy rash and a missed review are reasons to look more "
                                    "closely, not proof of neglect. Neglect is persistent, so look "
                                    "for a pattern over time. " + SEE_L1
                                ),
                            },
                            {
                                "text": (
                                    "Take no action for now: Daniel is warm and proud of Noah, "
                                    "there is food in the fridge and a neighbour helps, and a "
                                    "single dad needs time to settle into a routine."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This lets strengths cancel out concerns. Daniel's warmth is "
                                    "real, but love alone does not mean a baby's needs are met. "
                                    "Missed reviews, slow weight gain and nappy rash need following "
                                    "up. " + SEE_L4
                                ),
                            },
                            {
                                "text": "Tell Daniel the clutter must be cleared before your next visit.",
                                "correct": False,
                                "feedback": (
                                    "This focuses on the flat, not the child. A cluttered flat on "
                                    "one visit is not neglect, and a demand can put Daniel off. "
                                    "Keep your attention on Noah: his weight, his care and his day. "
                                    "" + SEE_L1
                                ),
                            },
                            {
                                "text": (
                                    "Agree a plan to weigh Noah again soon, talk about feeding, "
                                    "routines and childcare, and record what you saw."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Right. There are signs to watch but no clear pattern yet. "
                                    "A plan, practical help and careful records will show "
                                    "whether Noah's needs are consistently met. " + SEE_L1
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
                "<p>Noah now goes to nursery 3 days a week. His key person tells you he often "
                "arrives in the same sleepsuit as the day before, with a heavy nappy. His nappy "
                "rash has come back several times. His weight has barely changed since your last "
                "visit. Daniel has missed 2 GP appointments about Noah's ear infection.</p>"
                "<p>At nursery, Noah lies quietly in his cot and rarely cries or reaches for "
                "adults. He rocks himself to sleep. Staff say he 'never fusses'.</p>"
                "<p>Daniel tells you he is exhausted. On evenings when he works, his 13-year-old "
                "nephew looks after Noah on his own. 'He's a good lad,' Daniel says. 'And Noah's "
                "no trouble. He hardly ever cries.'</p>"
            ),
            "questions": [
                {
                    "type": "classification",
                    "value": {
                        "prompt": CLASSIFY_PROMPT,
                        "items": [
                            {
                                "observation": "Noah's weight has barely changed in 6 weeks",
                                "category": "nutritional",
                                "feedback": (
                                    "Poor weight gain in a baby suggests he is not "
                                    "fed enough or often enough, which can restrict growth and "
                                    "brain development. A health cause should be ruled out too, "
                                    "but nutritional is the best fit. " + SEE_L2
                                ),
                            },
                            {
                                "observation": (
                                    "Daniel has missed 2 GP appointments about Noah's ear infection"
                                ),
                                "category": "medical",
                                "feedback": (
                                    "Not getting treatment when a baby is unwell is "
                                    "medical neglect. " + SEE_L2
                                ),
                            },
                            {
                                "observation": (
                                    "Noah often arrives in yesterday's sleepsuit, with a heavy "
                                    "nappy and nappy rash that keeps coming back"
                                ),
                                "category": "physical",
                                "feedback": (
                                    "Nappies not being changed, and nappy rash that "
                                    "keeps returning, show Noah's physical care needs are not "
                                    "being met. " + SEE_L2
                                ),
                            },
                            {
                                "observation": (
                                    "Noah is left alone with Daniel's 13-year-old nephew on "
                                    "evenings when Daniel works"
                                ),
                                "category": "supervision",
                                "feedback": (
                                    "Working Together 2023 includes the use "
                                    "of inadequate care-givers. A 13-year-old is not a suitable "
                                    "person to care for a baby alone. " + SEE_L2
                                ),
                            },
                            {
                                "observation": (
                                    "Noah rarely cries or reaches for adults, and rocks himself to sleep"
                                ),
                                "category": "emotional",
                                "feedback": (
                                    "A baby who has stopped seeking comfort may have "
                                    "learned that no one comes. Self-soothing and being "
                                    "withdrawn are signs linked to poor attachment. " + SEE_L3
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "true_false",
                    "value": {
                        "prompt": (
                            "Noah hardly ever crying, and rocking himself to sleep, is a warning "
                            "sign in a baby, not proof that he is settled and content."
                        ),
                        "answer": "true",
                        "true_feedback": (
                            "Correct. A very quiet baby who rocks himself to sleep may have "
                            "learned that no one comes. Self-soothing and being withdrawn are "
                            "warning signs in babies. " + SEE_L3
                        ),
                        "false_feedback": (
                            "Not so. A baby who rarely cries or reaches for adults may have learned "
                            "that his needs will not be met. Self-soothing and being withdrawn are "
                            "warning signs in babies, even when staff say he 'never fusses'. " + SEE_L3
                        ),
                    },
                },
                {
                    "type": "single_choice",
                    "value": {
                        "prompt": "What should you do now?",
                        "options": [
                            {
                                "text": (
                                    "Talk to your safeguarding lead today and contact the "
                                    "children's services front door for Noah's area."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Right. A pattern now affects several of Noah's needs, and "
                                    "babies are the most vulnerable to neglect. Share what you and "
                                    "the nursery have seen. Daniel's love and his honesty are "
                                    "strengths, and a referral can bring support for him too. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Tell your safeguarding lead, and ask the nursery to keep a "
                                    "daily diary of Noah's nappies, clothes and feeds for another "
                                    "month, so that a referral rests on firm evidence."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This is waiting for more evidence. You do not need proof to "
                                    "share a concern. The pattern across weight, care, health and "
                                    "supervision is already clear, and a month is a long time for a "
                                    "baby at risk. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Tell Daniel firmly that he must stop using his nephew as a "
                                    "babysitter, and review at Noah's next check."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This confronts one issue and misses the pattern. The childcare "
                                    "is a real concern, but a warning without a plan leaves Daniel "
                                    "with no alternative. Share the whole picture. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Give Daniel a leaflet about caring for babies and weigh "
                                    "Noah again in 3 months."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This underplays a pattern that is already clear. A leaflet "
                                    "will not meet Noah's needs, and 3 months is a long time in a "
                                    "baby's life. Neglect is cumulative: act on the pattern now. " + SEE_L1
                                ),
                            },
                        ],
                    },
                },
            ],
        },
    ],
}


VIGNETTE_LAYLA = {
    "title": "Layla and her grandparents",
    "age_group": "pre_school",
    "stages": [
        {
            "heading": "",
            "narrative": (
                "<p>You are Layla's key person at a pre-school. Layla is 3. She has lived with "
                "her grandparents, Pat and Winston, since her mum became too unwell to care for "
                "her last year. Pat and Winston are in their late sixties. One of them brings "
                "Layla every day, on time, and she runs to Winston with a big smile at home "
                "time.</p>"
                "<p>Layla uses only a few single words and is not yet toilet trained. She is "
                "often tired and sometimes falls asleep at lunch. When you mention her speech, "
                "Pat says Layla's mum was a late talker too. 'She'll talk when she's ready,' "
                "she says. 'We just put the telly on and she's happy as Larry.'</p>"
            ),
            "questions": [
                {
                    "type": "multiple_choice",
                    "value": {
                        "prompt": (
                            "What would help you understand Layla's daily life? Select all that apply."
                        ),
                        "options": [
                            {
                                "text": (
                                    "Watching how Layla plays and how she is with adults and other children"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. Observation matters most when a child has few words. " + SEE_L5
                                ),
                            },
                            {
                                "text": (
                                    "Accepting Pat's explanation that late talking runs in the "
                                    "family: Layla's mum was a late talker too, and Pat knows Layla "
                                    "best"
                                ),
                                "correct": False,
                                "feedback": (
                                    "This lets an explanation take the place of looking at the "
                                    "child. It may be true, but at this age language delay can be "
                                    "linked to how much adults talk and play with a child. " + SEE_L2
                                ),
                            },
                            {
                                "text": (
                                    "Asking Pat and Winston, kindly, what a normal day and bedtime "
                                    "look like for Layla, using the Day in the Life prompts for a "
                                    "pre-schooler"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. The Day in the Life tools give prompts for this kind "
                                    "of conversation with carers. " + SEE_L5
                                ),
                            },
                            {
                                "text": "Asking the health visitor what they know",
                                "correct": True,
                                "feedback": (
                                    "Yes. Each agency sees part of a child's life. Checking what "
                                    "others know helps you build an accurate picture. " + SEE_L1
                                ),
                            },
                            {
                                "text": (
                                    "Waiting until Layla starts school to see whether her speech catches up"
                                ),
                                "correct": False,
                                "feedback": (
                                    "This is waiting for more evidence. It loses time that matters "
                                    "for Layla's language and learning, and speech and language "
                                    "delay is a possible sign of neglect at this age. " + SEE_L3
                                ),
                            },
                        ],
                    },
                },
            ],
        },
        {
            "heading": "Two months later",
            "narrative": (
                "<p>Layla has a squint. Pat shows you a hospital letter about an eye clinic "
                "appointment that she put in a drawer and forgot. Layla's front teeth are brown "
                "with decay. Most days her lunchbox holds crisps and chocolate, and Pat says "
                "sweets are 'the only thing that stops the tantrums'.</p>"
                "<p>One morning you find a strip of Winston's tablets in Layla's bag. Pat is "
                "upset and has no idea how they got there. She tells you Winston's health has "
                "got worse, she is not sleeping, and she feels she is 'letting everyone down'. "
                "'I asked the council for help months ago,' she says, 'and nobody came back to "
                "me.' Layla still uses very few words. At home, the television is on all "
                "day.</p>"
            ),
            "questions": [
                {
                    "type": "classification",
                    "value": {
                        "prompt": CLASSIFY_PROMPT,
                        "items": [
                            {
                                "observation": (
                                    "The eye clinic letter about Layla's squint was put in a "
                                    "drawer and forgotten"
                                ),
                                "category": "medical",
                                "feedback": (
                                    "Not following up treatment for a routine condition "
                                    "such as a squint is medical neglect at this age. " + SEE_L2
                                ),
                            },
                            {
                                "observation": (
                                    "Crisps and chocolate in her lunchbox most days, and sweets "
                                    "to stop tantrums"
                                ),
                                "category": "nutritional",
                                "feedback": (
                                    "Unregulated fat and sugar can lead to obesity "
                                    "and tooth decay. The decay also needs dental care, but the "
                                    "diet itself is the nutritional concern. " + SEE_L2
                                ),
                            },
                            {
                                "observation": "A strip of Winston's tablets found in Layla's bag",
                                "category": "supervision",
                                "feedback": (
                                    "Medicines or other dangerous items "
                                    "within a young child's reach are a supervision concern at "
                                    "this age. " + SEE_L2
                                ),
                            },
                            {
                                "observation": (
                                    "The television is on all day and Layla has few conversations with adults"
                                ),
                                "category": "educational",
                                "feedback": (
                                    "In Horwath's table, language delay linked to "
                                    "how much carers talk and play with a child sits under "
                                    "educational neglect. It could seem emotional, but the link "
                                    "to language and learning makes educational the best fit. " + SEE_L2
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "true_false",
                    "value": {
                        "prompt": (
                            "Pat and Winston love Layla and bring her to pre-school every day, so "
                            "her needs must be being met."
                        ),
                        "answer": "false",
                        "true_feedback": (
                            "Not so. Their love and reliability are real strengths, but several "
                            "of Layla's needs, including her health, diet, safety and language, "
                            "are not being met. Strengths sit beside concerns; they do not cancel "
                            "them out. " + SEE_L4
                        ),
                        "false_feedback": (
                            "Correct. Pat and Winston's love is a strength to build on, but "
                            "Layla's health, diet, safety and language needs are not being met. "
                            "Look at the child's needs, not only at the carers' intentions. " + SEE_L4
                        ),
                    },
                },
                {
                    "type": "single_choice",
                    "value": {
                        "prompt": "What is the best response now?",
                        "options": [
                            {
                                "text": (
                                    "Reassure Pat that she is doing a great job, because she and "
                                    "Winston are not Layla's parents and are doing their best."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This puts the carers' feelings before the child's needs. Pat "
                                    "and Winston deserve respect, but Layla's needs are still not "
                                    "being met. Grandparents caring for a child need the same "
                                    "honest conversation and support as any parent. " + SEE_L4
                                ),
                            },
                            {
                                "text": (
                                    "Let your safeguarding lead know, and put Pat in touch with "
                                    "adult services about Winston's health and her exhaustion, then "
                                    "review Layla next term."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Support for Pat and Winston matters, but this focuses on the "
                                    "adults and not on Layla's daily life. Her health, diet, safety "
                                    "and language needs are unmet now, and next term is too long to "
                                    "wait. " + SEE_L5
                                ),
                            },
                            {
                                "text": (
                                    "Talk to your safeguarding lead today and contact the "
                                    "children's services front door for Layla's area."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Right. A pattern now affects several of Layla's needs, and Pat "
                                    "has told you the family asked for help and did not get it. Be "
                                    "proactive: many carers who ask for help do not receive it. Be "
                                    "honest with Pat and Winston about what worries you. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Wait for the council to reply to the family's earlier "
                                    "request for help before doing anything."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This is not escalating a concern that has not been acted on. "
                                    "Pat has already waited months, and waiting leaves Layla's "
                                    "needs unmet and the risk from the medicines unaddressed. " + SEE_L6
                                ),
                            },
                        ],
                    },
                },
            ],
        },
    ],
}


VIGNETTE_KOFI = {
    "title": "Kofi helps at home",
    "age_group": "primary",
    "stages": [
        {
            "heading": "",
            "narrative": (
                "<p>You are Kofi's class teacher. Kofi is 9. Since January he has been late most "
                "Mondays and often looks tired. Twice he has asked at breakfast club for extra "
                "toast. Kofi is polite, kind to younger children and proud of his drawing.</p>"
                "<p>Kofi lives with his mum, Grace, and his sister, Ama, who is 4. Grace has "
                "multiple sclerosis and uses a wheelchair. She joins parents' evening by video "
                "and asks thoughtful questions about Kofi's reading. When you ask Kofi why he is "
                "late, he shrugs and says, 'I help Mum in the mornings.'</p>"
            ),
            "questions": [
                {
                    "type": "single_choice",
                    "value": {
                        "prompt": "What should you do now?",
                        "options": [
                            {
                                "text": (
                                    "Keep a note of Kofi's late arrivals and breakfast club visits "
                                    "for the rest of term, then take it to your safeguarding lead "
                                    "once you can show a clear pattern."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This is waiting for more evidence. Recording is right, but you "
                                    "do not need proof to share a concern, and your note may be the "
                                    "piece that completes someone else's picture. Waiting leaves "
                                    "Kofi without help for longer. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Ask Kofi kindly about his mornings, write down his words, and "
                                    "tell your safeguarding lead."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Right. Lateness, tiredness and hunger may be signs that "
                                    "Kofi's needs are not being met. Listening, recording his "
                                    "words and sharing with your safeguarding lead starts to "
                                    "build the picture. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Phone Grace to say Kofi must arrive on time from now on, and "
                                    "ask whether a reminder about the start of the day would help."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This goes to the parent with a demand before you know what is "
                                    "happening at home or what help the family needs. Talk with "
                                    "Kofi and your safeguarding lead first. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Do nothing for now: Grace is an engaged parent who joins "
                                    "parents' evening, and her disability is a private matter."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This lets a parent's strengths hide the child's needs. Grace's "
                                    "interest in Kofi's learning is a strength, and her disability "
                                    "is not the concern. But Kofi's lateness, tiredness and hunger "
                                    "still need exploring. " + SEE_L4
                                ),
                            },
                        ],
                    },
                },
            ],
        },
        {
            "heading": "Five weeks later",
            "narrative": (
                "<p>Kofi's attendance has fallen to 85% this term and his homework is rarely "
                "done. His uniform is often unwashed and other children have started to comment "
                "on the smell. He has stopped going to football club.</p>"
                "<p>In a quiet moment, Kofi tells you: 'Mum's legs have been really bad. I get "
                "Ama dressed and walk her to nursery, then I come here. After school I look after "
                "her till bedtime. I make us toast for tea because I'm not allowed to use the "
                "cooker.' He says he is scared Mum will 'get taken to hospital and we'll get "
                "split up'.</p>"
                "<p>Grace tells your safeguarding lead that her care support was cut back "
                "recently. 'We're managing,' she says.</p>"
            ),
            "questions": [
                {
                    "type": "classification",
                    "value": {
                        "prompt": CLASSIFY_PROMPT,
                        "items": [
                            {
                                "observation": (
                                    "Kofi walks Ama to nursery and looks after her after school until bedtime"
                                ),
                                "category": "supervision",
                                "feedback": (
                                    "A primary-age child expected to look "
                                    "after a younger child is a supervision concern, for both "
                                    "Kofi and Ama. " + SEE_L2
                                ),
                            },
                            {
                                "observation": "Kofi makes toast for tea for himself and Ama most nights",
                                "category": "nutritional",
                                "feedback": (
                                    "Proper meals are not provided consistently, so "
                                    "the children eat a narrow diet. " + SEE_L2
                                ),
                            },
                            {
                                "observation": (
                                    "Kofi's uniform is often unwashed and other children comment on the smell"
                                ),
                                "category": "physical",
                                "feedback": (
                                    "Dirty clothes and poor hygiene are physical care "
                                    "needs. The comments show how this can also hurt Kofi "
                                    "emotionally, but the need itself is physical. " + SEE_L2
                                ),
                            },
                            {
                                "observation": (
                                    "Kofi's attendance has fallen to 85% and his homework is rarely done"
                                ),
                                "category": "educational",
                                "feedback": (
                                    "Missing school and having no support with "
                                    "learning at home mean Kofi's educational needs are not "
                                    "being met. " + SEE_L2
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "multiple_choice",
                    "value": {
                        "prompt": (
                            "Which of these statements about Kofi's situation are true? Select "
                            "all that apply."
                        ),
                        "options": [
                            {
                                "text": (
                                    "Grace's disability is not the concern; the concern is whether "
                                    "the children's needs are met."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. Keep the focus on the children's needs, not on Grace's "
                                    "condition. Many of the pressures here come from a lack of "
                                    "support. " + SEE_L4
                                ),
                            },
                            {
                                "text": (
                                    "Kofi's care of Ama shows how mature and capable he is, so the "
                                    "priority is getting Grace's care support restored, not "
                                    "involving children's services."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This focuses on the parent, not the child's lived experience. "
                                    "Restoring Grace's support matters, but a 9-year-old caring for "
                                    "a 4-year-old every day is a supervision concern for both "
                                    "children, and it is already affecting Kofi's school life. " + SEE_L2
                                ),
                            },
                            {
                                "text": "Ama's needs are a concern as well as Kofi's.",
                                "correct": True,
                                "feedback": (
                                    "Yes. Ama is 4 and is cared for by her 9-year-old brother for "
                                    "much of the day. Assessments focus on each child in the "
                                    "family. " + SEE_L4
                                ),
                            },
                            {
                                "text": (
                                    "Fear of the family being split up may be why Kofi did not tell "
                                    "anyone sooner."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. Fear of what will happen next is one of the main "
                                    "reasons children do not tell. " + SEE_L5
                                ),
                            },
                            {
                                "text": (
                                    "Grace says 'We're managing', so there is no need to share the concern."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This accepts a parent's reassurance over what the child says. "
                                    "Kofi's words, and what you can see, show the children's needs "
                                    "are not being met. Judge by the child's daily life. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Sharing the concern can open up support for Grace as well as "
                                    "for the children."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. Be proactive in finding support for families who are "
                                    "struggling. A referral can open up help for Grace as well "
                                    "as for the children. " + SEE_L6
                                ),
                            },
                        ],
                    },
                },
            ],
        },
    ],
}


VIGNETTE_REECE = {
    "title": "Reece can look after himself",
    "age_group": "adolescent",
    "stages": [
        {
            "heading": "",
            "narrative": (
                "<p>You are a housing officer. You visit Donna about rent arrears and a broken "
                "boiler. Donna lives with her son, Reece, who is 14. It is 1pm on a Tuesday in "
                "term time and Reece is asleep on the sofa. The kitchen cupboards are almost "
                "empty and there is no hot water.</p>"
                "<p>Donna says she has been 'really low' since losing her job. The boiler has "
                "been broken for 6 weeks and she has not chased it. When you mention Reece, she "
                "laughs: 'He does his own thing. He's nearly a man now. I don't even know what "
                "time he gets in.' Donna is polite and agrees a repayment plan. She asks whether "
                "you know anywhere that could help with food.</p>"
            ),
            "questions": [
                {
                    "type": "true_false",
                    "value": {
                        "prompt": (
                            "Reece is 14, so he can meet most of his own needs and neglect is "
                            "unlikely to be a concern."
                        ),
                        "answer": "false",
                        "true_feedback": (
                            "Not so. Neglect happens at every age, including the teenage years, "
                            "and it is easily overlooked in older children. Teenagers still need "
                            "food, warmth and an adult who knows where they are. " + SEE_L3
                        ),
                        "false_feedback": (
                            "Correct. Teenagers still need food, warmth, care and an adult who "
                            "knows where they are. Neglect of older children is easily "
                            "overlooked. " + SEE_L3
                        ),
                    },
                },
                {
                    "type": "single_choice",
                    "value": {
                        "prompt": "As a housing officer, what should you do about Reece?",
                        "options": [
                            {
                                "text": (
                                    "Nothing: you are there about the tenancy, and Reece is not "
                                    "your responsibility."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This leaves the child to other agencies. Everyone who works "
                                    "with families has a part to play, and practitioners who work "
                                    "mainly with adults often see what a child's home life is "
                                    "really like. " + SEE_L5
                                ),
                            },
                            {
                                "text": (
                                    "Refer Donna to a food bank and chase the boiler: this is a "
                                    "money problem, and Reece's needs will be met once it is fixed."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Practical help is right, but this treats the whole picture as "
                                    "poverty. Money does not explain why Donna does not know when "
                                    "Reece comes home, or why he is asleep at home in term time. "
                                    "Share what you saw. " + SEE_L4
                                ),
                            },
                            {
                                "text": "Wake Reece and ask him why he is not at school.",
                                "correct": False,
                                "feedback": (
                                    "This starts an investigation on your own. Questioning Reece on "
                                    "the spot is not your role and could make things harder for "
                                    "him. Record what you saw and get advice from your safeguarding "
                                    "lead. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Help Donna with food and the boiler repair, record what you "
                                    "saw and what she said about Reece, and tell your safeguarding "
                                    "lead."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Right. You may be one of the few people who see Reece at "
                                    "home. Practical help for Donna and sharing what you saw "
                                    "about Reece go together. " + SEE_L5
                                ),
                            },
                        ],
                    },
                },
            ],
        },
        {
            "heading": "Two months later",
            "narrative": (
                "<p>You return to check on the repairs. Reece answers the door. He is thin, and "
                "his clothes look and smell as if they have not been washed for some time. He "
                "holds his jaw and says he has had toothache 'for ages' but 'can't be bothered' "
                "with the dentist. He lives on energy drinks and crisps from the corner "
                "shop.</p>"
                "<p>Donna is out. Reece says she is 'never here' and that he often stays out all "
                "night with some older lads who have a car. 'No one's bothered where I am,' he "
                "says, 'so why should I be?'</p>"
                "<p>Your safeguarding lead shared your first concern with the children's "
                "services front door. You have heard nothing since, and nothing has changed for "
                "Reece.</p>"
            ),
            "questions": [
                {
                    "type": "classification",
                    "value": {
                        "prompt": CLASSIFY_PROMPT,
                        "items": [
                            {
                                "observation": (
                                    "Reece often stays out all night and Donna does not know where he is"
                                ),
                                "category": "supervision",
                                "feedback": (
                                    "A teenager out all night without a "
                                    "carer knowing where he is can be exposed to serious harm, "
                                    "including exploitation. " + SEE_L2
                                ),
                            },
                            {
                                "observation": (
                                    "Toothache 'for ages', but he 'can't be bothered' with the dentist"
                                ),
                                "category": "medical",
                                "feedback": (
                                    "Low self-esteem can lead teenagers to put up with "
                                    "health problems rather than get help, and no adult is making "
                                    "sure he gets care. " + SEE_L2
                                ),
                            },
                            {
                                "observation": "He lives on energy drinks and crisps from the corner shop",
                                "category": "nutritional",
                                "feedback": (
                                    "Teenagers can find food, but without "
                                    "nutritious meals they rely on unhealthy snacks, which "
                                    "affects their health and learning. " + SEE_L2
                                ),
                            },
                            {
                                "observation": "'No one's bothered where I am,' he says",
                                "category": "emotional",
                                "feedback": (
                                    "Reece feels that no adult cares about him. "
                                    "Unresponsiveness to a child's basic emotional needs is part "
                                    "of the statutory definition of neglect. " + SEE_L1
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "multiple_choice",
                    "value": {
                        "prompt": "What should you do now? Select all that apply.",
                        "options": [
                            {
                                "text": (
                                    "Tell your safeguarding lead today what you saw and what "
                                    "Reece said, in his own words"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. Reece's own words, and the new signs of risk, are "
                                    "important new information to share. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Wait to hear back: the front door already has your first "
                                    "concern, so add today's visit to your own notes and have it "
                                    "ready in case they ask"
                                ),
                                "correct": False,
                                "feedback": (
                                    "This is not escalating a concern that has not been acted on. "
                                    "Nothing has changed for Reece, and he is now at risk of "
                                    "exploitation. Share the new information and follow it up. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Use the Pan Bedfordshire escalation procedures if the concern "
                                    "is still not acted on"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. Nothing has changed for Reece, so do not let the concern "
                                    "drop. With your safeguarding lead, follow up with the front "
                                    "door; if the concern is still not acted on, the Pan "
                                    "Bedfordshire escalation procedures exist for this. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Promise Reece you will keep what he said a secret, so he "
                                    "keeps talking to you"
                                ),
                                "correct": False,
                                "feedback": (
                                    "This promises a secret you cannot keep. A safeguarding concern "
                                    "has to be shared. Be honest with Reece that you need to share "
                                    "what he told you so he can get help. " + SEE_L6
                                ),
                            },
                        ],
                    },
                },
            ],
        },
    ],
}


VIGNETTE_AALIYAH = {
    "title": "Aaliyah's winter coat",
    "age_group": "primary",
    "stages": [
        {
            "heading": "",
            "narrative": (
                "<p>You are a teaching assistant. Aaliyah is 7. It is December and she comes to "
                "school in a thin jacket, and her shoes are split at the side. Her mum, Samira, "
                "brings Aaliyah and her 2 younger brothers to school every day. The children are "
                "clean and their hair is neatly done. Aaliyah is doing well with her reading and "
                "talks happily about baking with her mum at the weekend.</p>"
                "<p>Samira catches you at the gate and quietly asks whether the school knows of "
                "any help with uniform. Her hours at work were cut in the autumn, she says. The "
                "family has been keeping the heating off to save money, and she has been "
                "skipping meals so the children can eat.</p>"
            ),
            "questions": [
                {
                    "type": "single_choice",
                    "value": {
                        "prompt": "Which response best fits what you know?",
                        "options": [
                            {
                                "text": (
                                    "Thank Samira, help her find practical support such as local "
                                    "food banks, and tell your safeguarding lead."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Right. This is a family in poverty, and Aaliyah's needs are "
                                    "being met in many ways. Practical help at the earliest "
                                    "opportunity, such as the Local Offer, the Safer Homes leaflet "
                                    "and local food banks, is what they need. " + SEE_L4
                                ),
                            },
                            {
                                "text": (
                                    "With your safeguarding lead, refer Aaliyah to the MASH for "
                                    "neglect: a 7-year-old with no winter coat in December, split "
                                    "shoes and a cold house is not having her physical needs met."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This treats poverty as neglect. Aaliyah is cared for, clean, "
                                    "learning and close to her mum, and Samira is asking for help. "
                                    "The family needs practical support, not a neglect referral. " + SEE_L4
                                ),
                            },
                            {
                                "text": (
                                    "Say nothing: money is a private matter and the school cannot help."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This leaves a parent who asked for help without it. Samira has "
                                    "asked, and many parents who ask do not receive it. Be "
                                    "proactive in helping families find support. " + SEE_L5
                                ),
                            },
                            {
                                "text": "Tell Samira she must get Aaliyah a proper coat by next week.",
                                "correct": False,
                                "feedback": (
                                    "This treats a money problem as a parent's failing. Samira "
                                    "already knows what Aaliyah needs. The problem is money, and a "
                                    "demand without help may stop her asking again. " + SEE_L5
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "true_false",
                    "value": {
                        "prompt": (
                            "Poverty can make neglect more likely, but a family living in poverty "
                            "is not, on its own, evidence of neglect."
                        ),
                        "answer": "true",
                        "true_feedback": (
                            "Correct. Poverty is a risk factor, not proof. Ask whether the "
                            "child's needs are consistently met, and help with money problems "
                            "where you can. " + SEE_L4
                        ),
                        "false_feedback": (
                            "Not so. Poverty can make caring for children harder, but poverty "
                            "alone is not neglect. The children at greatest risk are those whose "
                            "parents cannot understand or meet their needs, even with help. " + SEE_L4
                        ),
                    },
                },
                {
                    "type": "multiple_choice",
                    "value": {
                        "prompt": "Which of these are strengths in Aaliyah's family? Select all that apply.",
                        "options": [
                            {
                                "text": "Samira brings the children to school every day",
                                "correct": True,
                                "feedback": (
                                    "Yes. Regular attendance shows the children's education is "
                                    "a priority. " + SEE_L4
                                ),
                            },
                            {
                                "text": (
                                    "Samira skips her own meals so that the children always have "
                                    "enough to eat"
                                ),
                                "correct": False,
                                "feedback": (
                                    "This shows how much Samira puts her children first, but it "
                                    "is a sign of real hardship and a risk to her health. It is "
                                    "a need to address, not a strength to rely on. " + SEE_L4
                                ),
                            },
                            {
                                "text": "Samira asked for help",
                                "correct": True,
                                "feedback": (
                                    "Yes. A parent who asks for help when things get hard is a "
                                    "strength to build on. " + SEE_L4
                                ),
                            },
                            {
                                "text": "The family keeps the heating off to save money",
                                "correct": False,
                                "feedback": (
                                    "This is a sign of hardship, not a strength. The Safer Homes "
                                    "leaflet covers help with energy costs. " + SEE_L4
                                ),
                            },
                            {
                                "text": "Aaliyah enjoys reading and baking with her mum",
                                "correct": True,
                                "feedback": (
                                    "Yes. This shows a warm relationship and a child whose "
                                    "learning is encouraged. " + SEE_L4
                                ),
                            },
                        ],
                    },
                },
            ],
        },
    ],
}


VIGNETTE_RUBY = {
    "title": "Ruby's plan",
    "age_group": "primary",
    "stages": [
        {
            "heading": "",
            "narrative": (
                "<p>You are a family support worker at a primary school. Ruby is 6. Over the past "
                "year she has missed a lot of school, and she has untreated tooth decay and head "
                "lice that keep coming back. Three months ago her parents, Ben and Kirsty, agreed "
                "an early help plan. An early help worker who has completed accredited Graded "
                "Care Profile 2 (GCP2) training is leading a GCP2 assessment and has asked you to "
                "contribute.</p>"
                "<p>At the last review meeting, Ben and Kirsty were friendly and agreed to every "
                "action. 'We know we've let things slip,' Kirsty said. 'We're on it now.' Ruby is "
                "chatty and loves her baby brother. She tells you Dad reads her a story "
                "'sometimes'.</p>"
            ),
            "questions": [
                {
                    "type": "true_false",
                    "value": {
                        "prompt": (
                            "You have not done accredited GCP2 training, but you should still take "
                            "an active part in Ruby's GCP2 assessment."
                        ),
                        "answer": "true",
                        "true_feedback": (
                            "Correct. You cannot lead a GCP2 assessment without accredited "
                            "training, but you can and should contribute what you know about Ruby's "
                            "school life. " + SEE_L6
                        ),
                        "false_feedback": (
                            "Not so. Only accredited practitioners can lead a GCP2 assessment, but "
                            "anyone can take an active role and contribute. Leaving it to the early "
                            "help worker loses what you know about Ruby. " + SEE_L6
                        ),
                    },
                },
                {
                    "type": "single_choice",
                    "value": {
                        "prompt": "What is the best way to judge whether the plan is working?",
                        "options": [
                            {
                                "text": "How willingly Ben and Kirsty agree to the actions at meetings.",
                                "correct": False,
                                "feedback": (
                                    "This accepts disguised compliance. Agreeing to a plan is not "
                                    "the same as carrying it out. Judge progress by what changes "
                                    "for Ruby. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Whether Ben and Kirsty have done the tasks the plan set them, "
                                    "such as booking Ruby's dental check, buying lice treatment and "
                                    "attending every review meeting."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This measures the parents' tasks, not the child's life. A "
                                    "dental check booked but missed, or a review attended while "
                                    "Ruby still misses school, is not progress. Judge by what "
                                    "changes for Ruby. " + SEE_L5
                                ),
                            },
                            {
                                "text": "What has changed for Ruby herself.",
                                "correct": True,
                                "feedback": (
                                    "Right. Progress means change in the child's daily life: her "
                                    "attendance, her teeth, her hair and what she tells you about "
                                    "home. GCP2 rescoring helps measure it objectively. " + SEE_L6
                                ),
                            },
                            {
                                "text": "Whether the house is tidy when visits are arranged in advance.",
                                "correct": False,
                                "feedback": (
                                    "This judges the house, not the child. A tidy house on a "
                                    "planned visit tells you little about Ruby's day-to-day care. "
                                    "Neglect is about what happens consistently. " + SEE_L1
                                ),
                            },
                        ],
                    },
                },
            ],
        },
        {
            "heading": "Two months later",
            "narrative": (
                "<p>Ruby has missed 9 more days of school this half term. Her dental appointment "
                "was missed again, and she still has head lice. She often wears the same clothes "
                "several days running. Most mornings she walks to school alone, crossing a busy "
                "main road. When you ask who got her ready, Ruby says, 'Mummy was "
                "sleeping.'</p>"
                "<p>Ben and Kirsty have cancelled 2 home visits. When the early help worker "
                "visited by arrangement, the house had been cleaned and the parents said "
                "everything was 'back on track'. The GCP2 has been rescored. The scores for "
                "Ruby's care have not improved since the first assessment.</p>"
            ),
            "questions": [
                {
                    "type": "classification",
                    "value": {
                        "prompt": CLASSIFY_PROMPT,
                        "items": [
                            {
                                "observation": "Ruby has missed 9 more days of school this half term",
                                "category": "educational",
                                "feedback": (
                                    "Making sure a child receives a suitable "
                                    "education is part of the statutory definition. " + SEE_L2
                                ),
                            },
                            {
                                "observation": (
                                    "Her dental appointment was missed again, and she still has head lice"
                                ),
                                "category": "medical",
                                "feedback": (
                                    "Not getting treatment for tooth decay or routine "
                                    "conditions such as head lice is medical neglect. Lice might "
                                    "seem a hygiene issue, but the missed treatment makes "
                                    "medical the best fit. " + SEE_L2
                                ),
                            },
                            {
                                "observation": "Ruby walks to school alone, crossing a busy main road",
                                "category": "supervision",
                                "feedback": (
                                    "A 6-year-old crossing a busy road "
                                    "alone is not being kept safe from danger. " + SEE_L2
                                ),
                            },
                            {
                                "observation": "Ruby often wears the same clothes several days running",
                                "category": "physical",
                                "feedback": (
                                    "Dirty or unchanged clothing is a physical care need. " + SEE_L2
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "single_choice",
                    "value": {
                        "prompt": "What does this pattern most suggest?",
                        "options": [
                            {
                                "text": (
                                    "The plan is working, because the house was clean and the "
                                    "parents say things are back on track."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This accepts disguised compliance. A clean house on a planned "
                                    "visit, and reassurance, do not outweigh what Ruby's "
                                    "attendance, health and words show. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Ben and Kirsty agree to everything, but nothing changes for "
                                    "Ruby: disguised compliance."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Right. Agreeing to plans and tidying before visits, while "
                                    "the child's care stays the same, is what disguised "
                                    "compliance can look like. The GCP2 rescore shows no "
                                    "progress. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "The family needs a fresh start: a new early help plan with new "
                                    "targets and a new worker would give Ben and Kirsty a fair "
                                    "chance to show what they can do."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This is the 'fresh start' mistake: beginning a new plan puts the "
                                    "history aside and resets the clock for Ruby. Neglect often "
                                    "continues with little change despite support, and after 5 "
                                    "months the rescore shows no progress. " + SEE_L1
                                ),
                            },
                            {
                                "text": "Money is the real problem, so the family needs practical help.",
                                "correct": False,
                                "feedback": (
                                    "This treats the pattern as poverty. Nothing here suggests "
                                    "money is the main problem, and treating it as poverty would "
                                    "miss the pattern of unmet needs. " + SEE_L4
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "single_choice",
                    "value": {
                        "prompt": "What should you do next?",
                        "options": [
                            {
                                "text": (
                                    "Challenge Ben and Kirsty at the school gate about why Ruby "
                                    "is still missing school."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This confronts the parents before consulting. Challenging them "
                                    "in public, before agreeing a plan with your safeguarding lead, "
                                    "can make things harder for Ruby. Get advice first. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Agree with your safeguarding lead to keep a diary for another "
                                    "half term, to build stronger evidence."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This is waiting for more evidence. You already have a clear, "
                                    "recorded pattern and a rescore showing no change. Waiting "
                                    "leaves Ruby without help for longer. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Step back, because the early help worker is leading and it "
                                    "is their decision."
                                ),
                                "correct": False,
                                "feedback": (
                                    "This leaves the concern to someone else. Every practitioner "
                                    "has a responsibility to act on concerns and share what they "
                                    "know. If you think a concern is not being acted on, do not let "
                                    "it drop. " + SEE_L6
                                ),
                            },
                            {
                                "text": (
                                    "Share Ruby's words and what you saw with your safeguarding "
                                    "lead and the early help worker, and agree a referral to the "
                                    "front door."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Right. Early help has not brought change and the concerns are "
                                    "persistent, so they need to go to the children's services "
                                    "front door for Ruby's area. " + SEE_L6
                                ),
                            },
                        ],
                    },
                },
            ],
        },
    ],
}


MODULE = {
    "title": "Understanding Neglect",
    "slug": "understanding-neglect",
    "intro": (
        "Learn to recognise child neglect at every age, from before birth to the teenage "
        "years, and to know what to do when you are worried about a child."
    ),
    "audience": (
        "Practitioners in every agency who work with children, young people or their parents "
        "and carers: health, education, early years, social care, police, housing and the "
        "voluntary sector. This includes practitioners who work mainly with adults."
    ),
    "learning_outcomes": [
        "Explain what neglect is, using the Working Together 2023 definition",
        "Recognise Horwath's six classifications of neglect at each age",
        "Recognise the signs and impact of neglect from before birth to adolescence",
        "Weigh risk factors alongside strengths, without treating poverty as neglect",
        "Keep the child's lived experience at the centre of your practice",
        "Know what to do when you are worried, including how to escalate a concern",
    ],
    "estimated_minutes": 60,
    "cpd_hours": "1.0",
    "pass_mark": 80,
    "account_required": True,
    "lessons": [LESSON_1, LESSON_2, LESSON_3, LESSON_4, LESSON_5, LESSON_6],
    "assessment": [
        VIGNETTE_JADE,
        VIGNETTE_NOAH,
        VIGNETTE_LAYLA,
        VIGNETTE_KOFI,
        VIGNETTE_REECE,
        VIGNETTE_AALIYAH,
        VIGNETTE_RUBY,
    ],
}
