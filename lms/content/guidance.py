"""Public neglect guidance content for the Safeguarding Learning Hub.

Plain data: the loader turns each page dict into a Wagtail page and each body block into a
StreamField block (see lms/blocks.py). Every fact comes from the seed documents in
shared/seeds/ and is cited in a "source" block under the content that uses it.
"""

from __future__ import annotations

HOME = {
    "title": "Safeguarding Learning Hub",
    "intro": (
        "Learn to recognise and respond to child neglect. The Pan-Bedfordshire Safeguarding "
        "Children Partnership runs this hub for practitioners and the public in Luton, Bedford "
        "Borough and Central Bedfordshire."
    ),
    "body": [
        {"type": "heading", "value": {"text": "What the hub offers", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Anyone who works with children and families can use the hub, and so can "
                "parents, carers and members of the public. You can:</p>"
                "<ul>"
                "<li>read our guidance on neglect, from the legal definition to the signs at "
                "each age</li>"
                "<li>take eLearning modules, including the free Child Poverty module and the "
                "10-minute Listen Up, Speak Up training for any adult</li>"
                "<li>book a place on a classroom course, such as Graded Care Profile 2 (GCP2) "
                "Practitioner Training or the one-day Understanding Neglect course</li>"
                "<li>ask to host a free community workshop for your school, club, community "
                "group or workplace</li>"
                "</ul>"
            ),
        },
        {
            "type": "inset",
            "value": (
                "<p>Neglect is the most common reason for professionals taking child protection "
                "action. It can be life-threatening, and it can happen at any age, from before "
                "birth to the teenage years.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "If you are worried about a child", "level": "h2"}},
        {"type": "warning", "value": "If a child is in immediate danger, call 999."},
        {
            "type": "paragraph",
            "value": (
                "<p>If you are worried about a child but they are not in immediate danger, "
                "contact the children's services front door for the area where the child "
                "lives. In Luton this is the Multi-Agency Safeguarding Hub (MASH). See the "
                "contacts on this page.</p>"
                "<p>If you work with children, also tell your designated safeguarding lead and "
                "follow your organisation's procedures.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Leaving this site quickly", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>If you need to leave this site quickly, select the <b>Exit this page</b> "
                "button or press the Shift key 3 times.</p>"
                "<p>Exit this page does not remove this site from your browser's history. "
                "If you are worried someone will see that you visited, delete this site from "
                "your browsing history (in most browsers, press Ctrl+H, or Command+Y on a Mac, "
                "and remove the pages), or use a private browsing window, called Incognito or "
                "InPrivate in some browsers, next time.</p>"
            ),
        },
        {
            "type": "source",
            "value": (
                "Pan-Bedfordshire Safeguarding Children Partnership; Luton Safeguarding Children Board"
            ),
        },
    ],
}


GUIDANCE_INDEX = {
    "title": "Neglect guidance",
    "slug": "guidance",
    "intro": (
        "Guidance on child neglect for practitioners, parents, carers and the public: what "
        "neglect is, how to recognise it at each age, and what to do if you are worried."
    ),
    "body": [
        {
            "type": "paragraph",
            "value": (
                "<p>This guidance brings together what partners across Luton, Bedford Borough "
                "and Central Bedfordshire need to know about neglect. It uses the statutory "
                "definition from Working Together to Safeguard Children 2023 and tools agreed "
                "for use across Bedfordshire, such as Graded Care Profile 2 (GCP2).</p>"
                "<p>Each page names its sources under the content that uses them.</p>"
            ),
        },
        {
            "type": "inset",
            "value": (
                "<p>Neglect is persistent. It is a pattern of a child's needs not being met over "
                "time, not a single incident.</p>"
            ),
        },
        {"type": "warning", "value": "If a child is in immediate danger, call 999."},
        {
            "type": "source",
            "value": (
                "Working Together to Safeguard Children 2023; Pan-Bedfordshire Safeguarding "
                "Children Partnership"
            ),
        },
    ],
}


GUIDANCE_PAGES = [
    # 1 -----------------------------------------------------------------------------------
    {
        "title": "What is neglect",
        "slug": "what-is-neglect",
        "intro": (
            "Neglect is the persistent failure to meet a child's basic needs. This page sets out "
            "the statutory definition, why neglect matters and why it can be hard to recognise."
        ),
        "body": [
            {"type": "heading", "value": {"text": "The definition", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Agencies across Bedfordshire use the definition of neglect in Working "
                    "Together to Safeguard Children 2023, the statutory guidance on how agencies "
                    "work together to protect children.</p>"
                ),
            },
            {
                "type": "inset",
                "value": (
                    "<p>Working Together to Safeguard Children 2023 defines neglect as:</p>"
                    "<p>“The persistent failure to meet a child’s basic physical and/or "
                    "psychological needs, likely to result in the serious impairment of the "
                    "child’s health or development. Neglect may occur during pregnancy as a "
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
                    "<p>It may also include neglect of, or unresponsiveness to, a child’s basic "
                    "emotional needs.”</p>"
                ),
            },
            {"type": "source", "value": "Working Together to Safeguard Children 2023"},
            {
                "type": "paragraph",
                "value": (
                    "<p>A child's basic emotional needs include emotional warmth, nurture and "
                    "the chance to develop healthy attachments.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Neglect is persistent", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Neglect is not a one-off incident. Seeing an untidy kitchen on one home "
                    "visit is not neglect. Neglect is an ongoing failure by a parent or carer to "
                    "meet a child's basic physical and psychological needs.</p>"
                    "<p>Neglect is persistent and cumulative. It builds up over time and often "
                    "continues with little change, even when families are given support.</p>"
                    "<p>A simple way to think about neglect is to ask 2 questions: what does "
                    "this child need, and do their parents or carers consistently meet those "
                    "needs? If they do not, neglect may be an issue.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Neglect happens at every age", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Neglect can begin before a child is born. During pregnancy, a parent's "
                    "neglect of their own health, or poor self-care, can show how much risk "
                    "there is to the baby's development in the womb. It can also indicate how "
                    "likely harm is once the baby is born.</p>"
                    "<p>Neglect is not confined to the youngest children. It can happen at any "
                    "stage of childhood, including the teenage years.</p>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Pan-Bedfordshire Safeguarding Children Partnership; Hull Safeguarding Children "
                    "Partnership"
                ),
            },
            {"type": "heading", "value": {"text": "Why neglect matters", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<ul>"
                    "<li>Neglect is the most common reason for professionals taking child "
                    "protection action, and usually the most common reason for a child being "
                    "the subject of a child protection plan.</li>"
                    "<li>Nationally, neglect is noted as a risk factor in 60% of all serious "
                    "case reviews.</li>"
                    "<li>The NSPCC reports that 1 in 10 children in the UK have experienced "
                    "neglect, and that neglect is the most common reason children contact "
                    "Childline.</li>"
                    "</ul>"
                    "<p>The effects of neglect can be serious and long-lasting. They include "
                    "accidental injuries, poor health, disability, poor emotional and physical "
                    "development, low self-esteem, mental health problems and even suicide.</p>"
                ),
            },
            {
                "type": "warning",
                "value": (
                    "Neglect can be life-threatening. Treat concerns about neglect with the same "
                    "urgency as any other form of abuse."
                ),
            },
            {
                "type": "source",
                "value": (
                    "Pan-Bedfordshire Safeguarding Children Partnership; Hull Safeguarding Children "
                    "Partnership; Luton Safeguarding Children Board; Cambridgeshire and "
                    "Peterborough Neglect Strategy 2025 (citing the NSPCC)"
                ),
            },
            {"type": "heading", "value": {"text": "Forms of neglect", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The NSPCC describes 4 forms of neglect:</p>"
                    "<ul>"
                    "<li><b>Physical neglect</b>: not providing for a child's basic needs, such "
                    "as food, clothing or shelter, or not supervising a child properly or "
                    "keeping them safe.</li>"
                    "<li><b>Educational neglect</b>: not making sure a child receives an "
                    "education.</li>"
                    "<li><b>Emotional neglect</b>: not meeting a child's need for nurture and "
                    "stimulation, for example by ignoring, humiliating, intimidating or isolating "
                    "them. This form is often the hardest to prove.</li>"
                    "<li><b>Medical neglect</b>: not providing proper health care, including "
                    "dental care, or refusing care or ignoring medical advice.</li>"
                    "</ul>"
                    "<p>Horwath's six classifications of neglect give a more detailed way to "
                    "describe neglect, and show how it can look at each age.</p>"
                ),
            },
            {"type": "source", "value": "NSPCC, via Luton Safeguarding Children Board"},
            {
                "type": "heading",
                "value": {"text": "Why neglect can be hard to recognise", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>There is often no single sign that a child or family needs help. The "
                    "impact of neglect usually shows over a long period, and the evidence is "
                    "usually gathered from several agencies and professionals. Each of them may "
                    "see only part of the picture.</p>"
                    "<p>People also judge neglect differently. Views on what counts as "
                    "“good enough” care, and on what a child needs, vary from person to person "
                    "and between professions. Important information can be lost when agencies "
                    "do not share it.</p>"
                    "<p>That is why agencies must work together, share what they know and keep "
                    "the focus on the child's journey to getting the protection they need.</p>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Pan-Bedfordshire Safeguarding Children Partnership; Cambridgeshire and "
                    "Peterborough Neglect Strategy 2025"
                ),
            },
            {"type": "heading", "value": {"text": "If you are worried about a child", "level": "h2"}},
            {"type": "warning", "value": "If a child is in immediate danger, call 999."},
            {
                "type": "paragraph",
                "value": (
                    "<p>Otherwise:</p>"
                    "<ul>"
                    "<li>record what you saw and heard, using the child's own words</li>"
                    "<li>talk to your designated safeguarding lead</li>"
                    "<li>contact the children's services front door for the area where the "
                    "child lives (in Luton, the Multi-Agency Safeguarding Hub (MASH) on "
                    "01582 547653)</li>"
                    "<li>use the Pan Bedfordshire escalation procedures if you think a concern "
                    "is not being acted on</li>"
                    "</ul>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Luton Safeguarding Children Board; Pan-Bedfordshire Safeguarding Children Partnership"
                ),
            },
        ],
    },
    # 2 -----------------------------------------------------------------------------------
    {
        "title": "Horwath's six classifications of neglect",
        "slug": "types-of-neglect",
        "intro": (
            "Horwath (2007) identified six classifications of neglect that are widely recognised "
            "across England. This page explains each one and shows how neglect can look from "
            "infancy to adolescence."
        ),
        "body": [
            {"type": "heading", "value": {"text": "The six classifications", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Professionals across England widely recognise Horwath's six "
                    "classifications of neglect:</p>"
                    "<ul>"
                    "<li>medical neglect</li>"
                    "<li>nutritional neglect</li>"
                    "<li>emotional neglect</li>"
                    "<li>educational neglect</li>"
                    "<li>physical neglect</li>"
                    "<li>lack of supervision</li>"
                    "</ul>"
                    "<p>Read them alongside the definition of neglect in Working Together to "
                    "Safeguard Children 2023. Horwath mapped each classification across "
                    "childhood, from birth to adolescence, as the table below shows.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Medical neglect", "level": "h3"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>A child's health needs are not met. Carers may not notice that a child "
                    "is unwell, may not seek treatment, or may miss routine health and dental "
                    "appointments.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Nutritional neglect", "level": "h3"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>A child does not consistently get enough food, or the right food. This "
                    "can mean under-nourishment, or a diet high in fat and sugar that leads to "
                    "obesity and tooth decay. Weight alone does not show whether a diet is "
                    "healthy.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Emotional neglect", "level": "h3"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>A child does not get the stimulation, warmth and secure attachment they "
                    "need. This affects how they play, make friends, manage frustration and "
                    "understand other people's feelings.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Educational neglect", "level": "h3"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>A child's learning is not encouraged. This includes too little talk and "
                    "play to develop language, low expectations of learning, and not making sure "
                    "the child receives a suitable education.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Physical neglect", "level": "h3"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>A child's physical care is poor. Signs include dirty home conditions, "
                    "dirty or ill-fitting clothes, poor hygiene, too little sleep, and a lack of "
                    "routines or boundaries.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Lack of supervision", "level": "h3"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>A child is not kept safe from danger. They may be left alone, left with "
                    "responsibilities beyond their age, or, as teenagers, out all night without "
                    "carers knowing where they are.</p>"
                ),
            },
            {
                "type": "inset",
                "value": (
                    "<p>Some concerns fit more than one classification. For example, a "
                    "teenager's poor hygiene is physical neglect, but it can also isolate them "
                    "from friends and harm them emotionally.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Neglect by age group", "level": "h2"}},
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
                            "Not noticing that a baby is unwell, and not seeking medical "
                            "treatment. Missing routine health screening appointments may be a "
                            "sign.",
                            "Under-nourishment restricts growth and brain development. Neglect "
                            "can also be linked to obesity, for example if parents use sweets to "
                            "pacify a baby.",
                            "Without enough stimulation, a baby's neural connections may not "
                            "become fixed. Neglect damages infant attachment, which makes "
                            "learning skills harder.",
                            "Some parts of the brain, such as the cortex, need experience and "
                            "stimulation to develop. Language relies on carers reinforcing it "
                            "and responding.",
                            "Dirty home conditions may affect a baby's immune system. Nappies "
                            "may not be changed, causing nappy rash. Lack of encouragement may "
                            "delay skills.",
                            "Babies need supervision at all times, especially in the bath or on "
                            "surfaces they could fall from. A baby who feels abandoned may find "
                            "it harder to form attachments.",
                        ],
                        [
                            "Pre-school (2 to 4 years)",
                            "Missed health and dental appointments. Not seeking treatment after "
                            "accidents or for routine conditions such as head lice or squints.",
                            "Not eating 1,200 to 1,500 calories per day, or eating unregulated "
                            "amounts of fat and sugar. This can lead to heart problems, obesity "
                            "and tooth decay.",
                            "Without a secure attachment, a child may find it hard to play with "
                            "other children, share feelings and thoughts, cope with frustration "
                            "and develop empathy.",
                            "Neglect can significantly delay language development, for example "
                            "through fewer or poorer interactions with carers. This delay "
                            "affects the child's education.",
                            "The child may be dirty or malnourished, and living conditions may "
                            "be poor. The child may not be toilet trained, getting enough sleep "
                            "or given adequate boundaries.",
                            "No safety devices such as stair gates. Dangerous items such as "
                            "drugs or knives within reach. No suitable car seat. The child may "
                            "be left home alone.",
                        ],
                        [
                            "Primary (5 to 11 years)",
                            "More infections and illnesses than other children, because of poor "
                            "treatment or lack of prevention, such as hand washing, a good diet "
                            "or enough sleep.",
                            "Food is not provided consistently, so the child eats an unregulated "
                            "diet of biscuits and sweets. Look beyond weight: a child of normal "
                            "weight can still have an unhealthy diet.",
                            "An insecure attachment can make it hard to form relationships. A "
                            "child may show frustration at not having friends through disruptive "
                            "behaviour.",
                            "Disadvantages at school, including low educational aspirations, "
                            "little encouragement to learn and a lack of language stimulation.",
                            "Ill-fitting, inadequate or dirty clothing, poor personal hygiene and "
                            "lack of sleep. A lack of routines or boundaries can lead to "
                            "frustration with school rules.",
                            "Left home alone after school or expected to look after younger "
                            "children. Left to play outside alone or to cook meals without "
                            "supervision.",
                        ],
                        [
                            "Adolescent (12 years and over)",
                            "Poor self-esteem and recklessness can lead a young person to ignore "
                            "or put up with health problems rather than use services. There may "
                            "be risk-taking, for example in sexual activity.",
                            "A young person may be able to find food, but a lack of nutritious "
                            "food and little cooking experience lead to unhealthy snacks. This "
                            "affects health and education.",
                            "Peer groups and independence matter at this age. A young person "
                            "isolated by neglect, for example through poor hygiene, will "
                            "struggle. Conflict with carers may increase.",
                            "Likely cognitive impairment, for example in managing emotions, and "
                            "challenging behaviour in school. Low confidence and academic "
                            "failure can reinforce a negative self-image.",
                            "Living conditions, inadequate clothing, poor hygiene and body odour "
                            "are likely to affect social development. This can affect "
                            "self-esteem.",
                            "A young person may stay out all night without carers knowing where "
                            "they are. This creates chances for risk-taking that can result in "
                            "serious injury.",
                        ],
                    ],
                },
            },
            {
                "type": "source",
                "value": (
                    "Horwath (2007), via Community Care Inform; Cambridgeshire and Peterborough "
                    "Neglect Strategy 2025"
                ),
            },
        ],
    },
    # 3 -----------------------------------------------------------------------------------
    {
        "title": "Signs of neglect by age",
        "slug": "signs-of-neglect-by-age",
        "intro": (
            "Neglect looks different at each stage of childhood. This page sets out the impact "
            "of neglect and the warning signs to look out for, from before birth to adolescence."
        ),
        "body": [
            {
                "type": "inset",
                "value": (
                    "<p>There is often no single sign that a child or family needs help. Look "
                    "for patterns over time, and put together what you and other agencies know. "
                    "A warning sign is a reason to look more closely and talk to colleagues, not "
                    "proof of neglect.</p>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Pan-Bedfordshire Safeguarding Children Partnership; Luton Safeguarding Children Board"
                ),
            },
            {"type": "heading", "value": {"text": "Pre-birth", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Neglect of a child can begin before they are born.</p>"
                    "<p><b>Impact</b> can include:</p>"
                    "<ul>"
                    "<li>low birth weight</li>"
                    "<li>premature birth</li>"
                    "<li>increased risk of sudden infant death syndrome (SIDS)</li>"
                    "<li>impaired brain development</li>"
                    "</ul>"
                    "<p><b>Warning signs</b> can include:</p>"
                    "<ul>"
                    "<li>poor engagement with antenatal services</li>"
                    "<li>a history of neglect, with previous children or in the parent's own "
                    "childhood</li>"
                    "<li>self-neglect</li>"
                    "<li>drug or alcohol misuse in pregnancy</li>"
                    "<li>mental health difficulties</li>"
                    "<li>learning disability</li>"
                    "</ul>"
                    "<p>These signs call for a closer look and the right support. On their own, "
                    "they are not evidence of neglect.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Babies (0 to 2)", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Children of this age are the most vulnerable to neglect.</p>"
                    "<p><b>Impact</b> can include failure to thrive, more infections and "
                    "injuries, poor attachment, and poor growth or developmental delay.</p>"
                    "<p><b>Warning signs</b> can include:</p>"
                    "<ul>"
                    "<li>missed routine appointments</li>"
                    "<li>not gaining weight as expected</li>"
                    "<li>not meeting milestones, or speech delay</li>"
                    "<li>nappy rash that keeps coming back</li>"
                    "<li>self-soothing behaviours</li>"
                    "<li>a baby who is overly clingy or withdrawn</li>"
                    "</ul>"
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
                    "<p><b>Warning signs</b> can include:</p>"
                    "<ul>"
                    "<li>a lack of routines</li>"
                    "<li>developmental delay, including delay in toilet training</li>"
                    "<li>being underweight or overweight</li>"
                    "<li>untreated health issues</li>"
                    "<li>being withdrawn, or over-familiar with strangers</li>"
                    "</ul>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "School-age children (5 and over)", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>This is the stage when the impact of earlier neglect can become "
                    "clear.</p>"
                    "<p><b>Impact</b> can include poor social skills, a short attention span, "
                    "low confidence, difficulty following rules, difficulty managing behaviour "
                    "or emotions, and not reaching their potential at school.</p>"
                    "<p><b>Warning signs</b> can include:</p>"
                    "<ul>"
                    "<li>poor hygiene and presentation</li>"
                    "<li>low school attendance</li>"
                    "<li>being withdrawn, or very demanding of adult attention</li>"
                    "<li>hunger</li>"
                    "<li>dental decay</li>"
                    "<li>being underweight or overweight</li>"
                    "</ul>"
                ),
            },
            {"type": "heading", "value": {"text": "Adolescents", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p><b>Impact</b> can include poor educational attainment, low self-esteem, "
                    "mental health difficulties, difficulty forming healthy relationships and "
                    "risk of exploitation.</p>"
                    "<p><b>Warning signs</b> can include:</p>"
                    "<ul>"
                    "<li>poor school attendance</li>"
                    "<li>being unable to concentrate</li>"
                    "<li>withdrawn or disruptive behaviour in school</li>"
                    "<li>self-harm</li>"
                    "<li>involvement in criminal or antisocial activity</li>"
                    "<li>drug or alcohol misuse</li>"
                    "</ul>"
                ),
            },
            {"type": "source", "value": "Cambridgeshire and Peterborough Neglect Strategy 2025"},
            {
                "type": "paragraph",
                "value": (
                    "<p>Neglect of older children is easily overlooked. Inspectors have called "
                    "for greater awareness of it, including among professionals in adult "
                    "services who work with parents with complex needs.</p>"
                ),
            },
            {"type": "source", "value": "Hull Safeguarding Children Partnership"},
            {"type": "heading", "value": {"text": "Signs at any age", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Signs of neglect in a child of any age can include:</p>"
                    "<ul>"
                    "<li>losing weight, or being underweight all the time</li>"
                    "<li>often being absent from school</li>"
                    "<li>begging for or stealing money or food</li>"
                    "<li>missing medical or dental care, immunisations or glasses they "
                    "need</li>"
                    "<li>clothes that are wrong for the weather, shoes that are too small, or "
                    "clothes that do not fit</li>"
                    "<li>clothes that are dirty most of the time, or a strong body odour</li>"
                    "<li>dirty teeth, or poor hair that may have head lice or other "
                    "infestations</li>"
                    "<li>a parent or carer not protecting the child from physical harm or "
                    "danger</li>"
                    "</ul>"
                ),
            },
            {"type": "source", "value": "Luton Safeguarding Children Board"},
            {
                "type": "heading",
                "value": {"text": "Understanding the child's lived experience", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Children often do not tell anyone about neglect. They may fear the "
                    "person harming them, fear what will happen, fear not being believed or "
                    "fear losing control. They are more likely to tell an adult they trust and "
                    "have a relationship with.</p>"
                    "<p>A child's lived experience is what they see, hear, think and experience "
                    "every day. Put yourself in the child's shoes and ask: what is it like for "
                    "this child right now? Watching a child and how they interact with others "
                    "matters most when they are too young to talk or have speech, language and "
                    "communication needs.</p>"
                ),
            },
            {
                "type": "quote",
                "value": {
                    "quote": (
                        "Sometimes no one believes you or no one comes to your home to see "
                        "what’s going on so no one might know or can tell from the outside"
                    ),
                    "attribution": "Young person",
                },
            },
            {
                "type": "quote",
                "value": {
                    "quote": (
                        "…don’t make assumptions about us, our situation and stories – we are "
                        "more than what you read in our case files, and you can’t always believe "
                        "everything that’s in them. You do know some things about us but probably "
                        "not all, although you sometimes seem to think you do. Our situations can "
                        "be complex and may be hard for you to understand, so you need to take "
                        "time to get to know us as individual human beings"
                    ),
                    "attribution": "Young person, aged 14",
                },
            },
            {"type": "source", "value": "Cambridgeshire and Peterborough Neglect Strategy 2025"},
            {"type": "heading", "value": {"text": "If you are worried", "level": "h2"}},
            {"type": "warning", "value": "If a child is in immediate danger, call 999."},
            {
                "type": "paragraph",
                "value": (
                    "<p>Otherwise, record what you saw and heard in the child's own words, talk "
                    "to your designated safeguarding lead, and contact the children's services "
                    "front door for the area where the child lives. In Luton this is the "
                    "Multi-Agency Safeguarding Hub (MASH) on 01582 547653.</p>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Cambridgeshire and Peterborough Neglect Strategy 2025; Luton Safeguarding "
                    "Children Board; Hull Safeguarding Children Partnership"
                ),
            },
        ],
    },
    # 4 -----------------------------------------------------------------------------------
    {
        "title": "Risk factors",
        "slug": "risk-factors",
        "intro": (
            "Some circumstances make neglect more likely. Knowing them helps you notice when a "
            "family may need support, while remembering that every family also has strengths."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "Circumstances that increase the risk", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Circumstances that can increase the risk of neglect include:</p>"
                    "<ul>"
                    "<li>parental substance misuse</li>"
                    "<li>mental health issues</li>"
                    "<li>domestic abuse and family conflict</li>"
                    "<li>social isolation and lack of support</li>"
                    "<li>a parent's own history of neglect or abuse</li>"
                    "<li>parenting stress and lack of knowledge</li>"
                    "<li>lack of parenting skills and support</li>"
                    "<li>unstable living situations</li>"
                    "<li>limited access to resources, healthcare and support services</li>"
                    "<li>poverty and socio-economic challenges</li>"
                    "</ul>"
                ),
            },
            {
                "type": "inset",
                "value": (
                    "<p>This list is not exhaustive. A risk factor does not mean a child is "
                    "experiencing neglect. It is a reason to stay curious about the child's "
                    "daily life.</p>"
                ),
            },
            {"type": "source", "value": "Somerset Safeguarding Children Partnership"},
            {
                "type": "heading",
                "value": {"text": "When parents face complex problems", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Neglect often becomes an issue when parents are dealing with complex "
                    "problems. These can include domestic abuse, substance misuse, mental "
                    "health issues and social and economic pressures. Some parents were poorly "
                    "looked after themselves as children.</p>"
                    "<p>These problems can directly affect a parent's ability to meet their "
                    "child's needs. But even when parents are struggling, they are still "
                    "responsible for caring for their child, or for seeking help if they cannot "
                    "parent well enough.</p>"
                ),
            },
            {"type": "source", "value": "Luton Safeguarding Children Board"},
            {
                "type": "paragraph",
                "value": (
                    "<p>If you work mainly with adults, keep the child in mind. The lived "
                    "experience of children living with parents with complex needs can be "
                    "overlooked, especially for older children.</p>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Hull Safeguarding Children Partnership; Cambridgeshire and Peterborough "
                    "Neglect Strategy 2025"
                ),
            },
            {"type": "heading", "value": {"text": "Before birth", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>During pregnancy, watch for drug or alcohol misuse, poor engagement with "
                    "antenatal services, and a history of neglect with previous children or in "
                    "the parent's own childhood. A parent's neglect of their own health, or poor "
                    "self-care, can indicate the level of risk to the baby before and after "
                    "birth.</p>"
                    "<p>Where there are concerns before a baby is born, practitioners can "
                    "consider the Pan Bedfordshire pre-birth assessment.</p>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Cambridgeshire and Peterborough Neglect Strategy 2025; Pan-Bedfordshire "
                    "Safeguarding Children Partnership"
                ),
            },
            {"type": "heading", "value": {"text": "Look for strengths as well as needs", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Good assessment is fair and balanced. When you assess a family:</p>"
                    "<ul>"
                    "<li>identify strengths as well as areas of concern</li>"
                    "<li>focus explicitly on each child in the family</li>"
                    "<li>take account of everyone's views, including parents who do not live "
                    "with their children</li>"
                    "<li>include fathers and male carers, who are often left out of "
                    "conversations so their role is ignored or misunderstood</li>"
                    "<li>work openly and honestly with the family</li>"
                    "</ul>"
                    "<p>Tools such as Graded Care Profile 2 (GCP2) help you do this. GCP2 "
                    "highlights a family's strengths and the areas where they need more "
                    "targeted support.</p>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Cambridgeshire and Peterborough Neglect Strategy 2025; Pan-Bedfordshire "
                    "Safeguarding Children Partnership"
                ),
            },
            {"type": "heading", "value": {"text": "Acting early", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Every professional has a responsibility to identify needs and concerns "
                    "and to make sure they are addressed at the right level, which should always "
                    "be the lowest level that will work. Be proactive in seeking support for "
                    "families who are struggling. It appears that many parents who do ask for "
                    "help do not receive it.</p>"
                ),
            },
            {"type": "warning", "value": "If a child is in immediate danger, call 999."},
            {"type": "source", "value": "Cambridgeshire and Peterborough Neglect Strategy 2025"},
        ],
    },
    # 5 -----------------------------------------------------------------------------------
    {
        "title": "Child poverty and neglect",
        "slug": "child-poverty-and-neglect",
        "intro": (
            "Poverty can be an important factor when considering neglect, but poverty alone is "
            "not neglect. This page explains the difference and the support available to "
            "families."
        ),
        "body": [
            {"type": "heading", "value": {"text": "Poverty is not neglect", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Poverty can make caring for children harder, and it is one of the "
                    "circumstances that can increase the risk of neglect. But a family being "
                    "poor does not, on its own, mean a child is experiencing neglect.</p>"
                    "<p>Neglect can occur in a family living in poverty. But the children at "
                    "greatest risk are those whose parents' own emotional impoverishment is so "
                    "great that they do not know how to parent. These parents do not understand "
                    "their children's needs and, despite intensive support, cannot provide for "
                    "them.</p>"
                ),
            },
            {
                "type": "inset",
                "value": (
                    "<p>Poverty alone is not neglect. Ask whether the child's needs are "
                    "consistently met. Where money is the problem, help the family get practical "
                    "support.</p>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Pan-Bedfordshire Safeguarding Children Partnership; Somerset Safeguarding "
                    "Children Partnership"
                ),
            },
            {"type": "heading", "value": {"text": "What child poverty means", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Child poverty is defined by material deprivation and a lack of "
                    "financial resources. Growing up in poverty can seriously affect a child's "
                    "emotional wellbeing, physical health and achievement at school, with "
                    "effects that last into adulthood.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "The impact of poverty", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<ul>"
                    "<li>In 2015, 3.9 million children in the UK were recorded as living in "
                    "poverty. This was an increase of 200,000 over 12 months.</li>"
                    "<li>Children and adults from poor households are 3 times more likely to "
                    "have mental health conditions.</li>"
                    "<li>Research by the Children's Society found that 10% of families had taken "
                    "out credit to pay for food, 18% for clothing and 6% for heating.</li>"
                    "<li>Children born into poorer families are more likely to be born "
                    "prematurely, to have a low birth weight and to die in their first year of "
                    "life.</li>"
                    "</ul>"
                ),
            },
            {"type": "source", "value": "Luton Safeguarding Children Board"},
            {"type": "heading", "value": {"text": "Talking to families about money", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Money worries can be hard to talk about. Be respectful and practical. "
                    "Listen to what the family tells you, and focus on what would help the "
                    "child.</p>"
                    "<p>Families may not know what support they can get. Ask them, and "
                    "signpost them to services at the earliest opportunity.</p>"
                ),
            },
            {"type": "source", "value": "Cambridgeshire and Peterborough Neglect Strategy 2025"},
            {"type": "heading", "value": {"text": "Practical support", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Practitioners can share the local Safer Homes leaflet with families. It "
                    "gives information on:</p>"
                    "<ul>"
                    "<li>cutting energy costs</li>"
                    "<li>getting support with energy costs</li>"
                    "<li>checking benefit entitlements</li>"
                    "<li>asking for a free carbon monoxide (CO) alarm</li>"
                    "</ul>"
                    "<p>Each local authority also has a Local Offer website. It is a one-stop "
                    "shop for advice, guidance and support services.</p>"
                ),
            },
            {"type": "source", "value": "Pan-Bedfordshire Safeguarding Children Partnership"},
            {"type": "heading", "value": {"text": "Learn more", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Take the free Child Poverty eLearning module on this site.</p>"
                    "<p>For a fuller picture, book the one-day Understanding Neglect course.</p>"
                ),
            },
            {
                "type": "source",
                "value": "Pan-Bedfordshire Safeguarding Children Partnership",
            },
        ],
    },
    # 6 -----------------------------------------------------------------------------------
    {
        "title": "Graded Care Profile 2 (GCP2)",
        "slug": "graded-care-profile-2",
        "intro": (
            "Graded Care Profile 2 (GCP2) is the tool used across Bedfordshire to assess, measure "
            "and support families where there are concerns about neglect. Find out what it does, "
            "who can lead an assessment and how to get trained."
        ),
        "body": [
            {"type": "heading", "value": {"text": "What GCP2 is", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>GCP2 is an assessment tool designed specifically to look at "
                    "neglect.</p>"
                    "<p>The original Graded Care Profile was designed in 1995 to give an "
                    "objective measure of the care children receive. It is mainly based on a "
                    "qualitative measure of how committed parents or carers are to meeting their "
                    "children's developmental needs.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "What GCP2 does", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>GCP2:</p>"
                    "<ul>"
                    "<li>highlights a family's strengths, and the areas that need more specific, "
                    "targeted support</li>"
                    "<li>helps professionals and parents focus on the key areas that need "
                    "change</li>"
                    "<li>supports open discussions with families</li>"
                    "<li>gives a clear baseline of how things are now</li>"
                    "<li>makes it easier to write focused plans</li>"
                    "</ul>"
                    "<p>Rescoring the assessment at key intervals lets everyone involved, "
                    "including the family, measure progress objectively.</p>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Pan-Bedfordshire Safeguarding Children Partnership; Cambridgeshire and "
                    "Peterborough Neglect Strategy 2025"
                ),
            },
            {"type": "heading", "value": {"text": "Who can lead an assessment", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Only practitioners who have completed accredited GCP2 training can lead "
                    "a GCP2 assessment.</p>"
                    "<p>If you have not been trained, you can still take an active role and "
                    "contribute to the assessment. Share what you know about the child and "
                    "family with the practitioner leading it.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "How to get trained", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>GCP2 training is available in each local authority area. To book:</p>"
                    "<ol>"
                    "<li>Choose a GCP2 Practitioner Training session on this site.</li>"
                    "<li>Send a booking request with your name, organisation and job role.</li>"
                    "<li>Give your manager's name and email address. Your manager must approve "
                    "your place before it is confirmed.</li>"
                    "</ol>"
                    "<p>The booking form shows the cancellation cut-off date for your "
                    "session.</p>"
                ),
            },
            {
                "type": "warning",
                "value": (
                    "If you cancel within 10 days of the course, or do not attend, you will be "
                    "charged £105 per person. This applies to Luton Borough Council (LBC) "
                    "practitioners and to practitioners from other organisations alike."
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>If you cannot attend, cancel as early as you can so that someone else "
                    "can take your place.</p>"
                ),
            },
            {"type": "source", "value": "Pan-Bedfordshire Safeguarding Children Partnership"},
            {"type": "heading", "value": {"text": "The Neglect Screening Tool", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The Neglect Screening Tool is another assessment tool agreed for use "
                    "across Bedfordshire. A briefing on the Neglect Screening Tool, and an "
                    "overview video and briefing on the Neglect Screening Tool and GCP2, explain "
                    "the range of assessment tools that support practice. You can find them in "
                    "the neglect briefings collection.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Other neglect training", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>You can also book Understanding Neglect, a one-day classroom course, and "
                    "take the free Child Poverty eLearning module.</p>"
                ),
            },
            {"type": "source", "value": "Pan-Bedfordshire Safeguarding Children Partnership"},
        ],
    },
    # 7 -----------------------------------------------------------------------------------
    {
        "title": "Listen Up, Speak Up",
        "slug": "listen-up-speak-up",
        "intro": (
            "Listen Up, Speak Up is an NSPCC campaign for every adult. Take 10 minutes to learn "
            "how to spot when a child might need help and what to do about it."
        ),
        "body": [
            {"type": "heading", "value": {"text": "What it is", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>People say it takes a village to raise a child. It also takes a "
                    "community to keep children safe.</p>"
                    "<p>That is why the NSPCC wants every adult in the UK to take its short "
                    "training. It shows you how to listen up and speak up for children.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Take the 10-minute training", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Anyone can take the training on this site. It takes about 10 minutes. "
                    "You do not need to work with children.</p>"
                    "<p>The training shows you:</p>"
                    "<ul>"
                    "<li>some signs that a child might be at risk, and things you can do to "
                    "help</li>"
                    "<li>how to have difficult conversations to help keep children safe</li>"
                    "<li>who to contact if you are ever worried about a child or their "
                    "family</li>"
                    "</ul>"
                ),
            },
            {"type": "heading", "value": {"text": "Host a free workshop", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The NSPCC also runs Listen Up, Speak Up as a one-hour workshop. You can "
                    "have it face to face or online. It is free.</p>"
                    "<p>A school, club, community group or workplace can host a workshop. You "
                    "can ask for one on this site. Tell us:</p>"
                    "<ul>"
                    "<li>the name of your organisation</li>"
                    "<li>where you are</li>"
                    "</ul>"
                ),
            },
            {"type": "source", "value": "NSPCC; Pan-Bedfordshire Safeguarding Children Partnership"},
            {"type": "heading", "value": {"text": "Neglect Matters", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In 2018, local safeguarding partners ran a campaign called Neglect "
                    "Matters. It offered free sessions to help staff learn about neglect.</p>"
                    "<p>Local organisations can host these sessions for their staff. They are "
                    "for staff who often meet children and families. For example, people who "
                    "work in libraries, leisure centres or children's centres.</p>"
                    "<p>Now the 3 partnerships in Luton, Bedford Borough and Central "
                    "Bedfordshire are working with the NSPCC on a new local campaign. It builds "
                    "on Neglect Matters.</p>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Luton Safeguarding Children Board; Pan-Bedfordshire Safeguarding Children Partnership"
                ),
            },
            {"type": "heading", "value": {"text": "If you are worried about a child", "level": "h2"}},
            {"type": "warning", "value": "If a child is in danger right now, call 999."},
            {
                "type": "paragraph",
                "value": (
                    "<p>If a child is not in danger right now, but you are still worried, call "
                    "children's services where the child lives.</p>"
                    "<p>In Luton, call the MASH on "
                    "01582 547653. MASH stands for Multi-Agency Safeguarding Hub. It is the "
                    "team that listens to people who are worried about a child. They work "
                    "out what help the child needs.</p>"
                    "<p>For Bedford Borough and Central Bedfordshire, see the “Worried about a "
                    "child?” contacts on this site.</p>"
                    "<p>You do not need to be sure. If you are worried, it is right to speak "
                    "up.</p>"
                ),
            },
            {"type": "source", "value": "Luton Safeguarding Children Board; NSPCC"},
        ],
    },
    # 8 -----------------------------------------------------------------------------------
    {
        "title": "Information for parents and carers",
        "slug": "information-for-parents-and-carers",
        "intro": (
            "Looking after children can be hard, and it is OK to ask for help. This page explains "
            "what children need, where you can get support, and what happens if someone is "
            "worried about your child."
        ),
        "body": [
            {"type": "heading", "value": {"text": "What children need", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Every child needs:</p>"
                    "<ul>"
                    "<li>enough food, clothes that fit and suit the weather, and a safe place to "
                    "live</li>"
                    "<li>to be kept safe from harm and danger</li>"
                    "<li>an adult watching over them, or a safe, suitable person caring for them "
                    "when you cannot</li>"
                    "<li>health care when they need it, including the dentist, immunisations and "
                    "glasses</li>"
                    "<li>to go to school or get a suitable education</li>"
                    "<li>warmth, love and attention, so they feel safe and cared for</li>"
                    "</ul>"
                    "<p>These needs change as children grow. Babies need someone with them all "
                    "the time. Teenagers still need an adult who knows where they are and cares "
                    "how they are doing.</p>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Working Together to Safeguard Children 2023; Luton Safeguarding Children "
                    "Board; Cambridgeshire and Peterborough Neglect Strategy 2025"
                ),
            },
            {"type": "heading", "value": {"text": "It's OK to ask for help", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Lots of things can make caring for children harder. These include money "
                    "worries, mental health problems, drugs or alcohol, domestic abuse, or "
                    "having had a hard childhood yourself.</p>"
                    "<p>If you are struggling, asking for help is the right thing to do for your "
                    "child. Asking can feel hard. You may worry about being judged or about what "
                    "will happen next. Practitioners should listen to you and work with you.</p>"
                    "<p>Dads and male carers matter too. Practitioners should include you in "
                    "conversations about your child.</p>"
                ),
            },
            {
                "type": "quote",
                "value": {
                    "quote": (
                        "The first impression we get when we meet you is very important. "
                        "Whether you speak to us clearly and respectfully and whether you show "
                        "an interest in us and our children as individuals. We would like you to "
                        "listen to us and talk with us rather than at us. We sometimes feel "
                        "patronised and made to feel small by professionals, especially if we’re "
                        "young and we didn’t have good parents ourselves. Sometimes, you make us "
                        "feel that we can’t ever be a good parent. We need encouragement so we "
                        "don’t end up feeling that we’ll never move forward"
                    ),
                    "attribution": "Parent",
                },
            },
            {
                "type": "source",
                "value": (
                    "Luton Safeguarding Children Board; Cambridgeshire and Peterborough Neglect Strategy 2025"
                ),
            },
            {"type": "heading", "value": {"text": "Where to get help", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Help is available from:</p>"
                    "<ul>"
                    "<li>children's centres and family hubs</li>"
                    "<li>early help services in your area</li>"
                    "<li>your local authority's Local Offer website, a one-stop shop for advice, "
                    "guidance and support services</li>"
                    "<li>local food banks</li>"
                    "<li>local community groups and free local activities</li>"
                    "</ul>"
                    "<p>You can also ask someone you already know, such as your health visitor, "
                    "GP or your child's school, to help you find support.</p>"
                    "<p>The local Safer Homes leaflet has information on cutting energy costs, "
                    "getting support with energy costs, checking which benefits you can get, and "
                    "asking for a free carbon monoxide (CO) alarm. Ask a practitioner you work with for a "
                    "copy.</p>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Pan-Bedfordshire Safeguarding Children Partnership; Cambridgeshire and "
                    "Peterborough Neglect Strategy 2025"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "What happens if someone is worried", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>If a practitioner who knows your family is worried, they should talk to "
                    "you openly and honestly about why.</p>"
                    "<p>They may offer early help. This is support for the whole family to stop "
                    "problems getting worse. An early help assessment only happens if you and "
                    "your child agree to it. The practitioner should be clear about what they "
                    "are worried about and why they are offering help. Someone who knows your "
                    "family, such as your GP, a teacher or a health visitor, may lead it and "
                    "bring together the people who can help.</p>"
                    "<p>Saying no to early help does not, on its own, mean that specialist "
                    "safeguarding services will become involved. The exception is where someone "
                    "is at risk of significant harm, or may be a significant risk to others.</p>"
                    "<p>If there are serious worries about a child's safety, children's social "
                    "care may carry out an assessment.</p>"
                ),
            },
            {
                "type": "source",
                "value": (
                    "Cambridgeshire and Peterborough Neglect Strategy 2025; Working Together to "
                    "Safeguard Children 2023"
                ),
            },
            {"type": "heading", "value": {"text": "If a child is in danger", "level": "h2"}},
            {"type": "warning", "value": "If a child is in immediate danger, call 999."},
            {
                "type": "paragraph",
                "value": (
                    "<p>If you need to leave this site quickly, select the <b>Exit this "
                    "page</b> button or press the Shift key 3 times.</p>"
                ),
            },
            {"type": "source", "value": "Pan-Bedfordshire Safeguarding Children Partnership"},
        ],
    },
    # 9 -----------------------------------------------------------------------------------
    {
        "title": "Resources for practitioners",
        "slug": "resources",
        "intro": (
            "Local tools and guidance, agreed for use across Bedfordshire, to help you recognise "
            "and respond to neglect."
        ),
        "body": [
            {"type": "heading", "value": {"text": "Strategy and procedures", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<ul>"
                    "<li><b>Pan Bedfordshire Neglect Strategy 2023 to 2026</b>: the "
                    "partnership's shared approach to tackling neglect across Luton, Bedford "
                    "Borough and Central Bedfordshire.</li>"
                    "<li><b>Pan Bedfordshire procedures on neglect</b>: a more detailed section "
                    "on neglect in the Pan Beds procedures.</li>"
                    "<li><b>Multi-agency practice guidance</b>: guidance agreed for Pan "
                    "Bedfordshire use on recognising and responding to cases of child "
                    "neglect.</li>"
                    "<li><b>Pan Bedfordshire escalation procedures</b>: what to do if you "
                    "disagree with another agency about a child, for example if you think a "
                    "concern is not being acted on.</li>"
                    "</ul>"
                ),
            },
            {"type": "heading", "value": {"text": "Assessment tools", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<ul>"
                    "<li><b>Graded Care Profile 2 (GCP2)</b>: the tool used across Bedfordshire "
                    "to assess, measure and support families where there are concerns about "
                    "neglect. You need accredited training to lead an assessment.</li>"
                    "<li><b>Neglect Screening Tool</b>: a local screening tool. Its briefing, "
                    "and an overview video and briefing on the Neglect Screening Tool and GCP2, "
                    "explain the range of assessment tools available.</li>"
                    "<li><b>Pan Bedfordshire pre-birth assessment</b>: for use where there are "
                    "concerns about neglect, or other factors, before a baby is born.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Understanding the child's lived experience", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The <b>Day in the Life tools</b> come in 4 versions: baby, pre-schooler, "
                    "primary and teenager. They give you prompts for a series of conversations "
                    "or assessments to explore and understand a child's lived experience.</p>"
                    "<ul>"
                    "<li>Choose the questions that fit, and adapt them to the communication "
                    "needs of the child, young person and their parent or carer.</li>"
                    "<li>You do not need to cover every section in one conversation.</li>"
                    "<li>Check what you learn against your own direct observations and "
                    "information from other sources.</li>"
                    "</ul>"
                ),
            },
            {"type": "heading", "value": {"text": "Briefings", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The <b>neglect briefings collection</b> is a set of short practitioner "
                    "briefings on themes such as neglect, GCP2, childhood obesity and oral "
                    "health.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Home conditions", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The <b>hoarding guidance and tools</b> are in section 7 of the "
                    "Bedfordshire Safeguarding Adults Policy and Procedures. They include "
                    "photographic clutter scales to help practitioners describe levels of "
                    "clutter in a home consistently.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Support for families", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<ul>"
                    "<li><b>Safer Homes leaflet</b>: a local leaflet to download and share with "
                    "families. It covers cutting energy costs, support with energy costs, "
                    "checking benefit entitlements and asking for a free carbon monoxide (CO) alarm.</li>"
                    "<li><b>Local Offer websites</b>: each local authority has one, as a "
                    "one-stop shop for advice, guidance and support services.</li>"
                    "</ul>"
                ),
            },
            {"type": "source", "value": "Pan-Bedfordshire Safeguarding Children Partnership"},
            {"type": "heading", "value": {"text": "Downloads", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Downloadable resources are listed below. If you need a document in a "
                    "different format, contact the Safeguarding Children Partnership team.</p>"
                ),
            },
        ],
    },
]


STANDARD_PAGES = [
    {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "intro": (
            "This statement explains how accessible the Safeguarding Learning Hub is, how we "
            "test it, and what to do if you have a problem using it."
        ),
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>The Pan-Bedfordshire Safeguarding Children Partnership runs this "
                    "website. We want as many people as possible to be able to use it.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Using this website", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>You should be able to:</p>"
                    "<ul>"
                    "<li>navigate the website using just a keyboard</li>"
                    "<li>zoom in up to 400% without the text spilling off the screen</li>"
                    "<li>change colours, contrast levels and fonts using your browser or device "
                    "settings</li>"
                    "<li>use the website with a screen reader</li>"
                    "<li>leave the website quickly with the <b>Exit this page</b> button, or by "
                    "pressing the Shift key 3 times</li>"
                    "</ul>"
                    "<p>We have also made the text as simple as possible to understand.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Compliance status", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>This website aims to be fully compliant with the Web Content "
                    "Accessibility Guidelines (WCAG) version 2.2 AA standard. This is the "
                    "standard set for public sector websites by the Public Sector Bodies "
                    "(Websites and Mobile Applications) (No. 2) Accessibility Regulations "
                    "2018.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Known issues", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>We do not know of any parts of this website that are not accessible at "
                    "present. If you find one, please tell us.</p>"
                    "<p>Some downloadable documents are produced by partner organisations. If you "
                    "need information in a different format, such as large print or an "
                    "accessible PDF, please ask.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "How we test this website", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<ul>"
                    "<li>Automated browser tests check every page with axe-core, an "
                    "accessibility testing tool, each time the website changes.</li>"
                    "<li>We also check the main journeys by hand, using only a keyboard.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Reporting accessibility problems", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>We are always looking to improve the accessibility of this website. If "
                    "you find a problem, or you think we are not meeting accessibility "
                    "requirements, contact the Safeguarding Children Partnership team. Tell us "
                    "the page you were on and what went wrong.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Enforcement procedure", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>The Equality and Human Rights Commission (EHRC) is responsible for "
                    "enforcing the Public Sector Bodies (Websites and Mobile Applications) "
                    "(No. 2) Accessibility Regulations 2018 (the accessibility regulations).</p>"
                    "<p>If you are not happy with how we respond to your complaint, contact the "
                    "Equality Advisory and Support Service (EASS).</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Preparation of this accessibility statement", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": "<p>This statement was prepared on 22 November 2026.</p>",
            },
            {
                "type": "source",
                "value": (
                    "Public Sector Bodies (Websites and Mobile Applications) (No. 2) "
                    "Accessibility Regulations 2018; Web Content Accessibility Guidelines 2.2"
                ),
            },
        ],
    },
]
