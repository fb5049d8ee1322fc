"""A tiny module with one question of each kind, in the format of courses/content/*.py."""

MODULE = {
    "title": "Sample",
    "slug": "sample",
    "intro": "A sample module for tests.",
    "audience": "Testers",
    "learning_outcomes": ["Pass the sample"],
    "estimated_minutes": 10,
    "cpd_hours": "0.5",
    "pass_mark": 80,
    "account_required": True,
    "lessons": [
        {
            "title": "The only lesson",
            "slug": "only-lesson",
            "intro": "Read this.",
            "body": [
                {"type": "paragraph", "value": "<p>Neglect is persistent.</p>"},
                {"type": "key_fact", "value": {"heading": "Key point", "text": "Patterns matter."}},
                {"type": "reflection", "value": "What patterns have you noticed?"},
                {
                    "type": "pause",
                    "value": {
                        "scenario": "A child is hungry. What would you do?",
                        "reveal": "<p>Talk to your lead.</p>",
                    },
                },
            ],
        }
    ],
    "assessment": [
        {
            "title": "Sam at school",
            "age_group": "primary",
            "stages": [
                {
                    "heading": "",
                    "narrative": "<p>Sam, 8, arrives hungry most mornings.</p>",
                    "questions": [
                        {
                            "type": "single_choice",
                            "value": {
                                "prompt": "What do you do first?",
                                "options": [
                                    {
                                        "text": "Talk to the safeguarding lead",
                                        "correct": True,
                                        "feedback": "Feedback-single-right: leads coordinate.",
                                    },
                                    {
                                        "text": "Confront the parent",
                                        "correct": False,
                                        "feedback": "Feedback-single-wrong: confronting can raise risk.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "multiple_choice",
                            "value": {
                                "prompt": "Which are signs? Select all that apply.",
                                "options": [
                                    {
                                        "text": "Often hungry",
                                        "correct": True,
                                        "feedback": "Feedback-multi-hungry: a sign.",
                                    },
                                    {
                                        "text": "Clothes wrong for the weather",
                                        "correct": True,
                                        "feedback": "Feedback-multi-clothes: a sign.",
                                    },
                                    {
                                        "text": "Likes football",
                                        "correct": False,
                                        "feedback": "Feedback-multi-football: not a sign.",
                                    },
                                ],
                            },
                        },
                        {
                            "type": "true_false",
                            "value": {
                                "prompt": "One untidy visit proves neglect.",
                                "answer": "false",
                                "true_feedback": "Feedback-tf-true: neglect is persistent.",
                                "false_feedback": "Feedback-tf-false: right, it is persistent.",
                            },
                        },
                        {
                            "type": "classification",
                            "value": {
                                "prompt": "Classify each observation.",
                                "items": [
                                    {
                                        "observation": "Missed two dental appointments",
                                        "category": "medical",
                                        "feedback": "Feedback-class-dental: medical care.",
                                    },
                                    {
                                        "observation": "Left alone overnight",
                                        "category": "supervision",
                                        "feedback": "Feedback-class-alone: supervision.",
                                    },
                                ],
                            },
                        },
                    ],
                }
            ],
        }
    ],
}
