"""Stop 58, tuner a (issue 12; CONVENTIONS 4.3): a time asked of someone else falls due at no
time: a request put modestly ("I would ask", "we would expect them to") and urgency pressed
on others ("are encouraged to apply as soon as possible"), while a notice's deadline, a duty
and the speaker's own plan keep their dates. Sentences of our own making first (guards beside
them), then the development sets' own cases. Said on Wednesday 2 December 2026 at 10:00,
London time."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, refusal

# -- 1. a time asked of another (asked_of.requested) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a request put modestly: any time, a date too
        "I would ask that the Minister make time available over the next few weeks.",
        "I should like to ask the Chief Whip if the motion could be taken, possibly next week.",
        "We would expect the bank to present its plan by next Monday, the Commissioner said.",
        "The Council would welcome the board's approval of the scheme by 1 March.",
        "I would respectfully ask the Secretary to reply within ten days.",
        "We would ask that responses are sent by Friday.",
        "I would ask that the Leader make time available within two weeks.",
        # urgency pressed on others
        "Tenants are encouraged to renew their permits as soon as possible.",
        "The regulator urged the company to publish its accounts in the coming days.",
        "We urge all drivers to check their tyres immediately.",
        "Please ask your manager to sign the form and send it back without delay.",
        "Anyone who still holds an old licence should exchange it as soon as possible.",
        "It is up to the Council to settle the dispute without delay.",
        "The union has called on the employer to reopen talks immediately.",
        "Students who plan to enrol between 1 July 2027 and 30 June 2028 should apply for the "
        "grant as soon as possible.",
    ],
)
def test_a_time_asked_of_another_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a notice's deadline, only softened by the request
        (
            "Interested persons are invited to submit comments on or before 15 January.",
            "2027-01-15 23:59",
        ),
        ("Please submit your comments by 18 December.", "2026-12-18 23:59"),
        ("Applicants are encouraged to register before 31 January.", "2027-01-30 23:59"),
        # the House's own business, asked of the House by its Leader
        ("I would ask the House to sit at 11 a.m. on Thursday.", "2026-12-03 11:00"),
        # a duty, the speaker's own plan, a state or an outcome
        ("We must help people return to normal life as soon as possible.", "2027-01-31 23:59"),
        ("The database should be operational shortly.", "2027-01-31 23:59"),
        ("The report should be ready in the near future.", "2027-01-31 23:59"),
        ("Please note that we will publish the results as soon as possible.", "2027-01-31 23:59"),
        (
            "Residents should remain alert, as the river will stay high over the coming days.",
            "2026-12-09 23:59",
        ),
        ("I would hope to adjourn at the end of June.", "2027-06-30 22:59"),
    ],
)
def test_what_is_not_asked_of_another_keeps_its_date(text: str, want: str) -> None:
    assert due(text) == want


# -- 2. the development sets' cases ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh8", "I should like to ask the Leader of the House if it could be ordered"),
        ("blind_fresh8", "It is a matter of great public interest and concern and I would ask"),
        ("blind_fresh14", "The Eurogroup urged Greece to submit its reform proposal"),
        ("blind_fresh26", "The Court encourages the parties to discuss settlement"),
        ("blind_fresh28", "Families are encouraged to apply as soon as possible."),
        ("blind_fresh44", "Please ask them to prioritise its completion"),
        (
            "blind_fresh44",
            "New and returning students who plan to attend college between July 1, 2023",
        ),
        ("blind_fresh46", "It is up to Congress to act on the President"),
        (
            "blind_fresh68",
            "These customers in particular should contact their supplier immediately.",
        ),
        ("blind_fresh135", "Residents who have not registered should do so"),
        ("blind_fresh151", "To achieve this deadline, the Government would welcome"),
        ("blind_fresh151", "We would expect the Spanish authorities"),
        ("blind_fresh157", "Mr Lowe says anyone who still has a completed paper form"),
        # guards: a notice's deadline, a duty
        ("blind_fresh149", "Interested persons are invited to submit comments on or before"),
        ("blind_fresh16", "We must help people return to normal life as soon as possible."),
        ("blind_fresh54", "It was stressed that the state must return its citizens immediately."),
        ("blind_fresh16", "I would hope to adjourn at the end of June."),
    ],
)
def test_the_sets_requests(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- 3. a parliamentary question put indirectly (asked_after.asked) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "To ask the Minister for Transport his priorities for the next three months.",
        "To ask Her Majesty's Government what progress they will have made by April 2027.",
        "412. To ask the Minister for Health the number of beds to be opened in 2027; and if he "
        "will make a statement on the matter.",
        "Deputy Jane Roe asked the Minister for Housing if she will extend the grant scheme to "
        "31 March 2027; and if she will make a statement on the matter.",
        "Lord Doe to ask His Majesty's Government what assessment they have made of the "
        "waiting lists expected in March 2027.",
        "asked the Secretary of State for Education if he has any plans to close schools in 2027.",
        "What assessment she has made of likely growth in the sector by 2050; and if she will "
        "make a statement.",
    ],
)
def test_a_time_in_a_question_put_indirectly_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a dated event told inside the question
        (
            "Lord Doe to ask His Majesty's Government what assessment they have made of the "
            "election, which is due to take place in March.",
            "2027-03-31 22:59",
        ),
        # a Leader asks the House itself: its own business
        ("I shall have to ask the House to sit at 11 a.m. on Friday.", "2026-12-04 11:00"),
        # asking questions is the act, and its time a notice's
        (
            "To ask questions by phone, media must call the newsroom no later than 12:40 p.m. "
            "on Friday.",
            "2026-12-04 12:40",
        ),
        # the question comes after the plan
        (
            "We will publish the report by Friday, and I will ask the Minister to read it.",
            "2026-12-04 23:59",
        ),
    ],
)
def test_what_is_not_in_a_question_put_indirectly_keeps_its_date(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh10", "Question 422: To ask the Minister for Agriculture"),
        ("blind_fresh60", "36. Deputy Eoin"),
        ("blind_fresh137", "Mr. Deenihan asked the Minister"),
        ("blind_fresh138", "asked the Minister of Transport and Civil Aviation if he will list"),
        ("blind_fresh153", "Mr. M. Higgins asked the Minister for Defence"),
        ("kinds_real9", "What assessment she has made of likely population growth"),
        ("kinds_real12", "To ask the Taoiseach his key priorities"),
        # guards
        ("blind_fresh156", "Baroness Kinnock of Holyhead to ask"),
        ("blind_fresh137", "To ask questions by phone"),
    ],
)
def test_the_sets_questions_put_indirectly(module: str, opening: str) -> None:
    check_set_case(module, opening)
