"""One table per signal: rows that must fire, near misses that must not, and the empty text.

A row is a plain-text article (title line, blank line, body). For count and flag signals,
'fires' means a value above zero with evidence quoting the text at its offsets; for measures,
the table gives a threshold the value must be above (fires) or below (near miss).
"""

from __future__ import annotations

import pytest

from scorer.article import Span
from scorer.headline import headline_span
from scorer.plaintext import parse_plain_text
from scorer.reading import article_from_text
from scorer.signals import SIGNALS, SIGNALS_BY_ID
from scorer.textviews import TextViews
from tests.resources import article_text
from tests.signal_tables_new import TABLES as FORM_AND_COSTUME_TABLES

FILLER = (
    "The council met in the old library on the corner of Fifth Street and spent an hour on the "
    "budget before turning to the question of the bridge repairs, which have been delayed twice."
)

TABLES: dict[str, dict] = {
    "vague_attribution": {
        "fires": [
            "The army withdrew its commanders, as reported by various news outlets.",
            "Reports indicate that the minister will resign before the summer.",
            "According to some reports, the plant will close in March.",
            "Some experts say the cure works better than any vaccine.",
            "It is widely believed that the mayor knew about the contract.",
        ],
        "misses": [
            "The ministry's report indicates that exports fell by 4 percent in May.",
            "Maria Ortega, an economist at the central bank, said exports fell.",
            "The outlets that reported the story later corrected it, the editor said.",
        ],
    },
    "unnamed_source": {
        "fires": [
            "According to two senior officials, President Biden and his aides will delay the vote.",
            'One senior official stated, "There is nothing left to offer him."',
            "A source close to the singer said the couple had split months ago.",
            "According to two aides, the vote will be delayed.",
            "A senior official, reached by phone late on Monday, said the vote would be delayed.",
        ],
        "misses": [
            "Two plant employees, Jason Ruiz and Ana Lee, said the alarm never sounded.",
            '"He is an outstanding lawyer, a great lawyer," the senator said of his friend.',
            "Two people were injured when the roof collapsed on Tuesday, police said.",
            "One official, who spoke on condition of anonymity because he was not authorized to "
            "discuss the talks, said the deal was close.",
            "Senior official Dana Whitfield said the deal was close.",
            "What do you do in a town of a few hundred people, on a weekday in March, with no plan?",
            "Agents have interviewed several former campaign staffers, and the inquiry goes on.",
            # Someone who only asks a question credits no claim to anybody.
            "One resident, a retired mill worker from Belmont, asked her why she had voted against the bill.",
            "A few readers have asked me this summer whether the shop is going card only.",
        ],
    },
    "explained_anonymity": {
        "fires": [
            "Two aides said the vote would be delayed. They spoke on condition of anonymity because "
            "the negotiations are private.",
            "A company engineer, who asked not to be named for fear of losing her job, said the "
            "tests had failed twice.",
            # How the source knows, which newsroom standards ask for when a source is not named.
            "People familiar with the plan said the merger would be announced soon.",
            "Two officials briefed on the investigation said agents had searched the office.",
            "An aide, who was in the room, said the governor left before the vote.",
        ],
        "misses": [
            "A senior official said the vote would be delayed.",
            # A relationship is not access.
            "A source close to the singer said the couple had split months ago.",
            "The court granted the witness anonymity in its ruling.",
        ],
    },
    "named_source": {
        "fires": [
            "Maria Ortega, the county treasurer, said the fund was empty.",
            "“We are out of money,” said Maria Ortega.",
            "According to Police Chief Dana Whitfield, the road will reopen on Friday.",
            "Maria Ortega took office in May. On Tuesday, Ortega said the fund was empty.",
        ],
        "misses": [
            "The Iranian regime said nothing about the report.",
            "Officials said the road would reopen on Friday.",
            "She said the road would reopen.",
            "Ortega said the fund was empty, and nobody else spoke.",
        ],
    },
    "institutional_source": {
        "fires": [
            "The National Weather Service said the storm would reach the coast by Friday.",
            "Police said the driver had been taken to hospital.",
            "According to the Lane County Sheriff's Office, two people were arrested.",
        ],
        "misses": [
            "Everyone said the storm would be bad.",
            "The storm reached the coast on Friday and knocked out power in three towns.",
        ],
    },
    "document_citation": {
        "fires": [
            "According to the company's annual report, revenue fell by 12 percent.",
            "The study, published in the journal Nature Medicine, followed 4,000 patients.",
            "Court records show the couple sold the house in 2019.",
            "The poll has a margin of error of plus or minus 3 points.",
            "In a written statement, the ministry denied the claim.",
        ],
        "misses": [
            "Senior figures from the Black Sea Fleet were seen leaving the port.",
            "Everyone knows the company is losing money.",
            "The report was late, and nobody has seen it.",
        ],
    },
    "attributed_quote": {
        "fires": [
            "“We have flooded three times in eleven years,” said Commissioner Alma Reyes.",
            'Maria Ortega, the treasurer, said: "The fund will be empty by the end of the year."',
            'The ruling said: "The defendant knowingly misled the investors about the losses."',
            'Senator Rhea Calloway spoke last. "We will not fund this bridge twice," Calloway said.',
            # A well-known person by surname alone, right against the quote.
            '"No one can say that I do not accept this agreement," Rouhani said.',
            '"It is still being worked on this week," said Senate Commerce Chairman John Thune.',
            # The same speaker's next sentence, and a quote paragraph after "told the assembly:".
            '"We will vote," Mayor Ines Varga said. "And we will not wait for the state to act."',
            "Foreign Minister Oren Talbot told the assembly on Friday:\n\n"
            '"We are not sure at this point whether they are ready and willing."',
        ],
        "misses": [
            'One senior official stated, "There is nothing left to offer him at this point."',
            'The mayor called the plan "a disaster" at the meeting.',
            '"Nobody knows what happens next in this whole sorry story," the post read.',
            '"This is going to be really big for everyone," Sources said.',
            '"We have flooded three times in eleven years," said a resident of Houston.',
            'Protesters told reporters: "We will stay here until they listen to us."',
            '"They will come for us all in the end," one official said. "Nobody will be spared."',
        ],
    },
    "unattributed_quote": {
        "fires": [
            'One senior official stated, "There is nothing left to offer him at this point."',
            '"This changes everything for the people of the region," it was reported.',
        ],
        "misses": [
            "“We have flooded three times in eleven years,” said Commissioner Alma Reyes.",
            'The mayor called the plan "a disaster" at the meeting.',
        ],
    },
    "reported_speech": {
        "fires": [
            "Exports fell by 4 percent in May, the ministry said on Monday.",
            "According to the county clerk, 1,204 ballots were rejected.",
            "The spokesman told reporters the plant would reopen.",
        ],
        "misses": [
            "Exports fell by 4 percent in May and will fall again.",
            '"He said nothing and told us nothing at all," the note read.',
        ],
    },
    "dateline": {
        "fires": [
            "RIVERTON, Ore. — The county board voted on Tuesday to fund the barrier.",
            "LONDON (Reuters) - Britain's economy grew in the third quarter, data showed.",
            "Nairobi, Kenya — The central bank cut its main rate on Thursday.",
        ],
        "misses": [
            "BREAKING — The president has resigned, sources say.",
            "The county board voted on Tuesday to fund the barrier in Riverton.",
            "WASHINGTON is a city where nothing ever happens quickly, critics say.",
        ],
    },
    "byline": {
        "fires": [
            FILLER + "\n\nThe Associated Press's Ann Marie Lee contributed to this report.",
            "By Teresa Okafor\n\nThe county board voted on Tuesday to fund the barrier.",
            "Teresa Okafor | Staff writer\n\nThe county board voted on Tuesday.",
            "The county board voted on Tuesday.\n\n(Reporting by Teresa Okafor; editing by Sam Lee)",
        ],
        "misses": [
            "Posted by admin\n\nThe county board voted on Tuesday to fund the barrier.",
            "By the time the vote came, most residents had left the hall.",
            "By Staff\n\nThe county board voted on Tuesday to fund the barrier.",
            FILLER + "\n\nAgence France Presse contributed to this report.",
        ],
    },
    "publication_date": {
        "fires": [
            "Published March 12, 2025\n\nThe county board voted on Tuesday to fund the barrier.",
            "Date: 2025-03-12\n\nThe county board voted to fund the barrier.",
            "Updated 12 March 2025\n\nThe county board voted to fund the barrier.",
        ],
        "misses": [
            "Date:\n\nThe county board voted to fund the barrier.",
            "The county board voted to fund the barrier, which will take years to build.",
        ],
    },
    "empty_date_field": {
        "fires": [
            "Date:\n\nThe county board voted to fund the barrier.",
            "Published:\n\nThe county board voted to fund the barrier.",
        ],
        "misses": [
            "Date: March 12, 2025\n\nThe county board voted to fund the barrier.",
            "The date of the vote has not been set.",
        ],
    },
    "source_links": {
        "fires": [
            "The budget is online at https://www.lanecounty.example/budget.pdf for anyone to read.",
            "The full report can be read at www.example-agency.gov/report and runs to 80 pages.",
            "The county posted the notice at https://countynews.example/?p=48213 on Friday.",
        ],
        "misses": [
            "The budget is online for anyone to read, the county said.",
            "Visit our website for more stories like this one.",
            # The link in an embedded post is the poster's, not the article's source.
            "The senator replied online.\n\nRead this https://t.co/x1y2z3 — Rhea Calloway (@rheacalloway) "
            "September 27, 2016",
            # What a scraped page keeps of an embedded video or post, and a site promoting itself.
            "Watch the exchange here https://www.youtube.com/watch?v=a1b2c3 before it is taken down.",
            "She posted it again https://t.co/q9w8e7 on Sunday night.",
            "Find more stories like this one at www.patriot-example.com every day.",
            "She posted it from her phone https://mobile.twitter.com/rhea/status/1 on Sunday.",
            "The county home page https://county.example/index.html has the news.",
        ],
    },
    "empty_link_list": {
        "fires": [
            FILLER + "\n\nRelevant Links for Further Reading:\n\n1. The history of the bridge\n"
            "2. Why repairs are delayed\n3. The council's budget",
            FILLER + "\n\nSources:\n- The bridge report\n- The council minutes",
        ],
        "misses": [
            FILLER + "\n\nFurther reading:\n- https://example.org/bridge-report\n- https://example.org/minutes",
            FILLER + "\n\nSources say the bridge will close again next year, and the council is worried.",
        ],
    },
    "vague_time": {
        "fires": [
            "As of the weekend, the rebels were within 12 miles of the capital.",
            "A few days ago, several ministers resigned.",
            "Nowadays the company sells more phones than ever.",
        ],
        "misses": [
            "On Saturday, the rebels were within 12 miles of the capital.",
            "The company announced a new product line on March 4.",
            "The company recently announced a new product line, it said in a filing.",
        ],
    },
    "explicit_dates": {
        "fires": [
            "The council voted on Tuesday to fund the barrier.",
            "The plant will close on March 4, 2026, the company said.",
            "The results were published on 2025-03-12.",
            "The governor said Tuesday that the barrier would be funded.",
            "The council postponed Thursday's vote on the barrier.",
        ],
        "misses": [
            "The council voted to fund the barrier.",
            "The plant will close soon, the company said.",
            # A weekday inside a name is not a date.
            "Shoppers lined up early for Black Friday and Cyber Monday deals.",
            "The Sunday Times published the letter in full.",
        ],
    },
    "offtopic_teasers": {
        "fires": [
            "Rebel forces advanced on the capital as the army withdrew its commanders. The rebels "
            "took two more towns, and the army's commanders fled north with their families.\n\n"
            "Related\n\nTop Cryptos to Buy Now: Big Gains Expected from Seven Coins\n\n"
            "Weather Alert: Storms and Flash Floods Expected Until Saturday",
        ],
        "misses": [
            "Rebel forces advanced on the capital as the army withdrew its commanders. The rebels "
            "took two more towns, and the army's commanders fled north with their families.\n\n"
            "Related\n\nRebels take two more towns as army commanders flee north\n\n"
            "Army withdraws commanders from the capital as rebel forces advance",
        ],
    },
    "comment_form": {
        "fires": [
            FILLER + "\n\nLEAVE A REPLY\n\nPlease enter your comment!\nPlease enter your name here",
            FILLER + "\n\nYour email address will not be published. Required fields are marked *",
        ],
        "misses": [
            FILLER + " Residents were invited to comment on the plan at the next meeting.",
            "The minister declined to comment on the reply from the opposition.",
        ],
    },
    "share_bar": {
        "fires": [
            FILLER + "\n\nShare post:\n\nSubscribe",
            FILLER + "\n\nShare on Facebook\nShare on Twitter",
            FILLER + "\n\nSign up for our daily newsletter",
        ],
        "misses": [
            "The company's share price fell by 4 percent after the announcement.",
            "Subscribers to the service will pay more from April, the company said.",
        ],
    },
    "template_leftovers": {
        "fires": [
            FILLER + "\n\nspot_imgspot_img",
            FILLER + "\n\n[td_block_related_posts limit=4]",
            "Breaking: {{ post.title }} has been updated. " + FILLER,
        ],
        "misses": [
            FILLER + " The spot where the bridge stood is now a car park.",
            FILLER + " [Editor's note: this story has been updated.]",
        ],
    },
    "blog_framing": {
        "fires": [
            "In this post, we will break down what this means for the war.",
            "Let's dive in and see what the new rules mean for you.",
            "Without further ado, here are the best phones of the year.",
        ],
        "misses": [
            "In this case, the court will break down the damages by year.",
            "The divers will dive in the lake again on Tuesday, police said.",
        ],
    },
    "formulaic_conclusion": {
        "fires": [
            "Only time will tell whether the plan will work.",
            "The rebels are advancing.\n\nConclusion: A New Chapter for the Region\n\nThe war goes on.",
            "In conclusion, the product is a game changer for everyone.",
        ],
        "misses": [
            "The court reached its conclusion after three days of hearings.",
            "Time will be short for the negotiators, the envoy said.",
        ],
    },
    "question_headings": {
        "fires": [
            "The rebels are advancing.\n\nWhat's Next for Syria?\n\nThe war goes on for another year.",
            "Prices are rising.\n\nIs Your Money Safe in the Bank?\n\nThe central bank says yes.",
        ],
        "misses": [
            "The rebels are advancing.\n\nWhat comes next\n\nThe war goes on for another year.",
            "Reporters asked whether the money was safe? The bank said yes.",
            # A one-line paragraph with two sentences is the writer's question, not a subheading.
            "Phones are locked away.\n\nSo yes, the day is calmer. But was calm ever the point?\n\nI doubt it.",
            # A transcript's speaker line.
            "The study is large.\n\nDOYLE: Could there be an effect too small to see?\n\nShe said no.",
        ],
    },
    "hype_words": {
        "fires": [
            "The withdrawal is a game-changer for the whole region.",
            "In a shocking twist, the senator slams his own party.",
            "This bombshell report will leave you speechless.",
        ],
        "misses": [
            "The Islamic Revolutionary Guard Corps withdrew two units on Tuesday.",
            "The change in the game's rules was approved by the league.",
        ],
    },
    "chatbot_leftovers": {
        "fires": [
            "As an AI language model, I cannot browse the internet, but here is an article.",
            "Certainly! Here is a 500-word news article about the flood.",
            "I hope this helps! Let me know if you need any changes.",
        ],
        "misses": [
            "The company's AI model was trained on public data, the filing said.",
            "The mayor said she hopes the plan helps the flooded streets.",
        ],
    },
    "clickbait_headline": {
        "title_rows": True,
        "fires": [
            "You Won't Believe What the Mayor Did Next",
            "BREAKING: Senator SLAMS Reporter Over Question",
            "10 Shocking Facts About Your Tap Water",
            "Senator Walks Out Of Hearing After One Question (VIDEO)",
            "Mayor Makes Her Entrance With The Worst Song EVER",
            "Council votes on the new budget – UNREAL",
        ],
        "misses": [
            "County approves $48 million flood barrier after two years of hearings",
            "WHO declares global emergency over outbreak",
            "COVID-19 cases rise again in the county",
            "World War III fears grow in Europe",
            "Video of the council vote is now online, clerk says",
            # A site's name after the headline is not a shout, nor is an all-caps headline style.
            "Council votes on the new budget | RIVERTONLEDGER",
            "COUNCIL VOTES ON THE NEW BUDGET | Riverton Ledger",
        ],
    },
    "unsupported_headline": {
        # The body for title rows: "The council met and voted on the budget for the new year."
        "title_rows": True,
        "fires": [
            "Council Secretly Hikes Taxes For Everyone",
            "Mayor Caught Lying About The Budget",
            "Budget vote ends in chaos",
        ],
        "misses": [
            "Council votes on new budget",
            "The council's budget vote",
            "Council votes on budget for the new year",
            # The site's name after the headline is the publisher's, not a claim.
            "Council votes on new budget – Riverton Daily Ledger",
            "Council votes on new budget | NEWSDESK",
            # A tag on the post is no claim (clickbait_headline reads it).
            "[VIDEO] Council votes on new budget",
            "BREAKING: Council votes on new budget (WATCH)",
            # Hyphenated compounds and other forms of a word the story uses.
            "Council's new-year budget vote",
            "Council budgets for the year",
        ],
    },
    "engagement_bait": {
        "fires": [
            "Share this if you agree that enough is enough!",
            "What do you think? Let us know in the comments.",
            "Watch the video below to see what happened.",
        ],
        "misses": [
            "The company will share its results with investors on Thursday.",
            "Officials agreed to think again about the plan.",
        ],
    },
    "exclamations": {
        "fires": ["This is an outrage! The senator must resign now!!"],
        "misses": [
            "This is an outrage, the senator said in a statement on Tuesday.",
            '"We will win this!" the senator told the crowd.',
        ],
    },
    "shouting": {
        "fires": [
            "The senator lied again. THIS IS AN OUTRAGE and everyone knows it.",
            "The results were UNBELIEVABLE for the campaign.",
            "They did NOTHING about it, and the council knows it.",
            "He said NO ONE would pay for the repairs.",
            # A word the text also writes in lower case is a word, not a name.
            "She was PREGNANT at the time, and being pregnant made the shifts harder.",
        ],
        "misses": [
            "NATO and the FBI met the EU delegation in Brussels on Tuesday.",
            # A dateline's city, a publisher's name, acronyms side by side, a label: conventions.
            "WASHINGTON (Nordwire) — The Senate voted on Tuesday to pass the bill, senators said.",
            "The aide told POLITICO on Tuesday that the plan was dead.",
            "The call starts at 3 PM CET, and the HP CEO will take questions from NBA, NCAA and NFL staff.",
            "PRESENTER (LIAM DOYLE): Mobile phones and brain cancer. It is a worry that never goes away.",
            "CORRECTION: An earlier version of this story misspelled the treasurer's name.",
            "The senator spoke for an hour.\n\nJUST WATCHED Senator on the budget Replay More Videos ... "
            "MUST WATCH\n\nThe vote is on Friday.",
            # Capitals on separate lines are page labels, not one shouted phrase.
            "The council met on Tuesday.\n\nAM\n\nBY the end of the day the vote was done.",
        ],
    },
    "expose_framing": {
        "fires": [
            "Newly leaked emails are proof the mayor secretly approved the deal.",
            "What they are hiding about the vaccine will finally come out. The truth is out there.",
            "The senator was caught lying again, and this time it is on tape.",
            "Here is the truth about the remedy the drug companies buried.",
        ],
        "misses": [
            "The mayor approved the deal on Tuesday, the city clerk's records show.",
            '"They caught us by surprise," the coach said after the match.',
            "Police caught the suspect, who admitted the charge and hid the cash in a hidden drawer.",
            # The arguing idiom of an essay, not a hidden truth uncovered.
            "People told me it was about crowds. I think the truth is smaller than that.",
            "To tell the truth, the council had no good choice left by the spring.",
        ],
    },
    "reader_address": {
        "fires": ["If you think your taxes are too high, wait until you see this plan."],
        "misses": ['"You will pay more," the mayor told residents.', "Residents will pay more, the mayor said."],
    },
    "rhetorical_questions": {
        "fires": ["Is this really the leader we deserve? Nobody in the party seems to care."],
        "misses": [
            '"Is this the leader we deserve?" the senator asked.',
            "The senator asked whether he would run.",
            # An embedded post keeps its signature when scraped: its question is the poster's.
            "The senator replied online.\n\nWho paid for this bridge? pic.twitter.com/a1b2c3 "
            "— Rhea Calloway (@rheacalloway) September 27, 2016",
            # A web address's query is no question.
            "The full hearing is online at https://www.youtube.com/watch?v=a1b2c3 for anyone who missed it.",
        ],
    },
    "loaded_language": {
        "fires": [
            "The radical left wants to take your guns.",
            "Once again the fake news media lied.",
            "The senator is a traitor and a liar.",
        ],
        "misses": [
            "The left lane of the bridge was closed.",
            "The media reported the vote on Tuesday.",
            '"He is a traitor," the protester shouted, according to police.',
        ],
    },
    "grade_level": {
        "threshold": 10.0,
        "fires": [
            "The intergovernmental commission's comprehensive evaluation characterised the "
            "administration's infrastructure appropriations as fundamentally unsustainable, "
            "notwithstanding considerable opposition from municipal representatives."
        ],
        "misses": ["The cat sat on the mat. It was a good cat. We all liked it a lot. It ran home."],
    },
    "sentence_length": {
        "threshold": 15.0,
        "fires": [
            "The council met in the old library on the corner of Fifth Street and spent an hour on the "
            "budget before it turned to the bridge repairs that have been delayed twice this year."
        ],
        "misses": ["The council met. It voted. The bridge will be fixed. Work starts soon. Nobody objected."],
    },
    "number_density": {
        "threshold": 5.0,
        "fires": ["Prices rose 4.2% in May, 3.9% in April and 12% over the year to $1,240 a month."],
        "misses": ["Prices rose again this spring and over the year, and rents went up as well."],
    },
    "name_density": {
        "threshold": 5.0,
        "fires": ["In Riverton the plan from Alma Reyes and David Lindqvist went to the Lane River Board."],
        "misses": ["the plan went to the board and the members voted on it after a long debate about money."],
    },
    "article_length": {
        "threshold": 30.0,
        "fires": [FILLER + " " + FILLER],
        "misses": ["The council met and voted."],
    },
}

TABLES.update(FORM_AND_COSTUME_TABLES)


def _detect(signal_id: str, text: str):
    article = parse_plain_text(text)
    return SIGNALS_BY_ID[signal_id].detect(TextViews(article)), article


def _text_for(signal_id: str, row: str) -> str:
    if TABLES[signal_id].get("title_rows"):
        return article_text("The council met and voted on the budget for the new year.", title=row)
    return article_text(row)


def _rows(kind: str):
    for signal_id, table in TABLES.items():
        for number, row in enumerate(table[kind]):
            yield pytest.param(signal_id, row, id=f"{signal_id}-{kind}-{number}")


@pytest.mark.parametrize(("signal_id", "row"), list(_rows("fires")))
def test_signal_fires(signal_id: str, row: str) -> None:
    detection, article = _detect(signal_id, _text_for(signal_id, row))
    threshold = TABLES[signal_id].get("threshold")
    if threshold is not None:
        assert detection.value > threshold
        return
    assert detection.value > 0
    # What fires must show where: an editor is never told "found" without the passage.
    assert detection.evidence, f"{signal_id} fired with no evidence"
    for evidence in detection.evidence:
        assert article.text[evidence.start : evidence.end] == evidence.text
        assert evidence.text.strip(), "evidence quotes nothing"


@pytest.mark.parametrize(("signal_id", "row"), list(_rows("misses")))
def test_signal_near_miss_does_not_fire(signal_id: str, row: str) -> None:
    detection, _ = _detect(signal_id, _text_for(signal_id, row))
    threshold = TABLES[signal_id].get("threshold")
    if threshold is not None:
        assert detection.value < threshold
    else:
        assert detection.value == 0, detection.evidence


@pytest.mark.parametrize("signal", SIGNALS, ids=lambda s: s.id)
def test_signal_on_empty_text(signal) -> None:
    detection = signal.detect(TextViews(parse_plain_text("")))
    assert detection.value >= 0
    assert detection.evidence == ()


@pytest.mark.parametrize("signal", SIGNALS, ids=lambda s: s.id)
def test_every_signal_has_a_description_and_a_table(signal) -> None:
    assert signal.description and len(signal.description.splitlines()) == 1
    assert signal.present
    table = TABLES.get(signal.id)
    assert table and table["fires"] and table["misses"], f"no test table for {signal.id}"


def test_an_acronym_in_the_headline_is_not_a_shout_when_the_body_uses_it_too() -> None:
    body = "NATO defence ministers met on Tuesday. The NATO secretary general spoke first."
    detection, _ = _detect("clickbait_headline", article_text(body, title="NATO ministers meet in Brussels"))
    assert detection.value == 0
    detection, _ = _detect("clickbait_headline", article_text(body, title="NATO Ministers Did NOTHING Again"))
    assert [evidence.text for evidence in detection.evidence] == ["NOTHING"]


def test_an_unsupported_headline_quotes_each_word_the_story_never_uses_once() -> None:
    body = "FBI deputy director Andrew McCabe will be forced out next week, Rep. Trey Gowdy said on Friday."
    detection, _ = _detect(
        "unsupported_headline", article_text(body, title="Trey Gowdy Named FBI Director As McCabe Is Fired")
    )
    assert [evidence.text for evidence in detection.evidence] == ["Named", "Fired"]
    detection, article = _detect("unsupported_headline", article_text(body, title="Gowdy: McCabe Out, Chaos Chaos"))
    assert [evidence.text for evidence in detection.evidence] == ["Chaos"]
    assert all(article.text[e.start : e.end] == e.text for e in detection.evidence)


def test_html_source_links_skip_embedded_posts_videos_and_home_pages() -> None:
    paragraph = "The county board voted on Tuesday to fund the flood barrier after two years of hearings."
    page = (
        "<html><head><title>County funds flood barrier</title></head><body><article>"
        "<h1>County funds flood barrier</h1>"
        f"<p>{paragraph} The <a href='https://county.example/budget/2025.pdf'>budget document</a> lists the cost.</p>"
        f"<p>{paragraph} A <a href='https://www.youtube.com/watch?v=a1b2c3'>video of the vote</a> was posted.</p>"
        f"<p>{paragraph} The <a href='https://twitter.com/countyboard/status/1'>board's post</a> drew replies.</p>"
        f"<p>{paragraph} A <a href='https://player.vimeo.com/video/123'>second video</a> followed.</p>"
        f"<p>{paragraph} Read more at <a href='https://other-news.example/'>Other News</a> tonight.</p>"
        "</article></body></html>"
    )
    article = article_from_text(page)
    detection = SIGNALS_BY_ID["source_links"].detect(TextViews(article))
    assert detection.value == 1
    assert [evidence.text for evidence in detection.evidence] == ["budget document"]


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Council votes on new budget – Riverton Daily Ledger", "Council votes on new budget"),
        ("Council votes on new budget ⋆ Freedom Example", "Council votes on new budget"),
        ("Council votes on new budget | NEWSDESK", "Council votes on new budget"),
        # A clause after a dash is the headline's own when it reads as a phrase, not a name.
        ("Council votes on new budget - an incomplete list", "Council votes on new budget - an incomplete list"),
        ("Judge orders files released – she has 5 days…", "Judge orders files released – she has 5 days…"),
        ("Budget: The Numbers", "Budget: The Numbers"),
        ("Council votes on new budget - riverton-ledger.example", "Council votes on new budget"),
        ("Council votes on new budget - Politics - Riverton Ledger", "Council votes on new budget"),
        # A section label first: what is left after it would be no headline.
        ("Opinion | Why the council voted", "Opinion | Why the council voted"),
        ("Council Votes Budget | EXCLUSIVE", "Council Votes Budget | EXCLUSIVE"),
        # Capitals after a dash are the headline shouting, not a site's name.
        ("Council votes on new budget – SHOCKING VIDEO", "Council votes on new budget – SHOCKING VIDEO"),
        # Capitals that spell no word are a site's name in its house style.
        ("UN to resume Syria aid deliveries – POLITICO", "UN to resume Syria aid deliveries"),
    ],
)
def test_the_headline_leaves_out_a_trailing_site_name(title: str, headline: str) -> None:
    article = parse_plain_text(article_text("The council met and voted on the budget for the new year.", title=title))
    views = TextViews(article)
    assert views.headline is not None and views.headline.of(article.text) == headline


def test_a_headline_word_in_another_form_or_in_parts_is_supported() -> None:
    body = (
        "Russian officials expelled two diplomats on Friday. A group that backs Trump plans a rally for the long term."
    )
    title = "Russia Expels Diplomats As Pro-Trump Group Plans Long-Term Rally In Moscow"
    detection, _ = _detect("unsupported_headline", article_text(body, title=title))
    assert [evidence.text for evidence in detection.evidence] == ["Moscow"]


def test_a_word_that_is_both_clickbait_and_a_shout_counts_once() -> None:
    detection, _ = _detect("clickbait_headline", _text_for("clickbait_headline", "Mayor Makes SHOCKING Budget Move"))
    assert [evidence.text for evidence in detection.evidence] == ["SHOCKING"]


def test_a_known_site_name_is_left_out_after_any_separator() -> None:
    title = "Why the council voted for the budget : Riverton Radio"
    assert headline_span(title, Span(0, len(title)), site="Riverton Radio").of(title) == title.split(" : ")[0]
    assert headline_span(title, Span(0, len(title))).of(title) == title
