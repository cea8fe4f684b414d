"""Tables for the article-form and news-costume signals (merged into test_signal_tables.TABLES).

Each row that fires has a near miss beside it: the same practice done the way careful
reporting does it.
"""

from __future__ import annotations

TABLES: dict[str, dict] = {
    "opinion_piece": {
        "title_rows": False,
        "fires": [
            "Opinion | The bus route they cut was the only way my mother got to the clinic.\n\nWe deserve better.",
            "An open letter to the school board: please keep the music programme.",
            "Our opinion pages are open to letters from readers.\n\nDear trustees,\n\nWe are writing as parents.",
            "The library should stay open on Sundays. Ruth Amsel is a retired teacher; the views expressed "
            "are her own.",
            "I have taught for twelve years and I have never seen my students so tired. I think the phones "
            "are part of it, and I say so as someone who loves my own. My classroom is quieter now. I "
            "miss the noise, but I do not miss the glow of screens under desks.",
            # A personal essay recalls what her own people said: that is memory, not sourcing.
            "My father told me to sell the farm. I said no. My mother said nothing, which was her way. "
            "I kept the cows two more winters, and I do not regret it, though my back does. He said I was "
            "stubborn. I think he was proud.",
        ],
        "misses": [
            "The council voted 5-2 on Tuesday to close the library on Sundays, the clerk said.",
            # A reporter's first-person account that credits named sources still reports.
            "I watched the water rise from the bridge. Fire chief Dana Holt said crews had pulled 14 people "
            "from cars. According to the county, 300 homes lost power. Mayor Lee Park said the shelter at "
            "the school was full. I saw boats on Main Street, residents said.",
            "“I have never seen anything like it,” said Ana Ruiz, who lives on the street. “My house shook.”",
            "The column of troops moved north along the river before dawn, officials said.",
            "Critics called the plan an opinion poll in disguise, the mayor's office said on Monday.",
        ],
    },
    "press_release_form": {
        "fires": [
            "FOR IMMEDIATE RELEASE\n\nHarbor Robotics announced today a new warehouse arm.",
            "The arm ships in May.\n\nMedia contact: Jo Lin, press@harbor.example",
            "Statements in this release are forward-looking statements subject to risks.",
        ],
        "misses": [
            "Harbor Robotics released a statement on Tuesday about its new warehouse arm, the company said.",
            "The press asked the minister about the release of the prisoners.",
        ],
    },
    "satire_label": {
        "fires": [
            "This article is satire. Local man declares war on his lawn.",
            "The following story is a work of parody and should not be taken seriously.",
        ],
        "misses": [
            "The author of the novel said she had written it in six months.",
            "The council's decision was criticised as absurd by two members.",
        ],
    },
    "listicle_form": {
        "title_rows": True,
        "fires": ["7 Ways to Save on Your Energy Bill This Winter", "The 10 Best Hiking Trails Near Denver"],
        "misses": ["Seven people hurt in highway crash near Denver", "2 killed, 5 hurt as storm hits coast"],
    },
    "aggregation_credit": {
        "fires": [
            "The mayor resigned on Monday, as first reported by the Riverton Ledger.",
            "The video spread quickly. h/t to our readers.",
            "The plan is on hold.\n\nSource: Capitol Ledger News Service",
        ],
        "misses": [
            "The Riverton Ledger first reported the resignation on Monday, the mayor's office confirmed.",
            "The plant is a major source of jobs in the county.",
        ],
    },
    "analysis_label": {
        "fires": [
            "Analysis: Why the rate cut matters more for renters than for buyers.",
            "Here is what we know about the fire at the depot on Tuesday.",
        ],
        "misses": [
            "The analysis by the county found that rents rose 4 percent, the assessor said.",
            "We know the depot burned on Tuesday, the fire chief said.",
        ],
    },
    "lone_witness": {
        "fires": [
            "The singer is gravely ill, according to a private nurse who cared for her at home.",
            "A nurse at the hospital, who gave only her first name, said the bodies were moved at night.",
            "A resident who asked not to be named said soldiers burned the village.",
            "A family friend told the site that the couple had secretly divorced.",
        ],
        "misses": [
            "A nurse at the hospital, Maria Lopez, said the ward had been full since Friday.",
            "According to a report by the county health department, the ward was full.",
            "“A friend told me,” the actor said in the interview, laughing.",
            "Residents said the water had risen quickly; the fire department confirmed it.",
        ],
    },
    "bare_no_comment": {
        "fires": [
            "The minister could not be reached for comment.",
            "The company has not commented on the deaths.",
            "The singer's family declined to confirm the diagnosis.",
        ],
        "misses": [
            "The ministry did not respond to a request for comment sent on Tuesday.",
            "Her lawyer did not return phone calls and emails on Friday.",
            "The company declined to comment through a spokeswoman on Monday morning.",
        ],
    },
    "response_sought": {
        "fires": [
            "The ministry did not respond to a request for comment sent on Tuesday.",
            "The account could not be independently verified.",
            "Her lawyer did not return phone calls and emails on Friday.",
        ],
        "misses": [
            "The minister could not be reached for comment.",
            "The company verified the figures in its annual report, the auditor said.",
        ],
    },
    "unanswered_accusation": {
        "fires": [
            "The mayor's brother was paid through a rigged tender, and the contract was a fraud from the start.",
            "The clinic illegally turned away patients who could not pay, former nurses said.",
        ],
        "misses": [
            "The mayor's brother was accused of rigging the tender. He denied it in a statement on Friday.",
            "The clinic illegally turned away patients, the report found; the clinic did not respond to emails.",
            "The council approved the contract for the new bridge by a vote of 5-2 on Tuesday.",
            "“It was a fraud from the start,” the mayor's opponent shouted; the mayor's spokesman called it a stunt.",
        ],
    },
    "unsourced_figures": {
        "fires": [
            "At least 1,340 soldiers have deserted since the spring.",
            "The cure worked in 78% of patients.",
            "The mayor's brother received $4.2 million for the contract.",
        ],
        "misses": [
            "At least 1,340 soldiers have deserted since the spring, the defence ministry said on Monday.",
            "According to the county's published data, 78% of patients recovered.",
            "“We lost 1,200 homes,” the fire chief said.",
            "The council met in 2019 and again in 2024 to discuss the bridge.",
        ],
    },
    "secret_conduct": {
        "fires": [
            "The governor secretly signed an order banning the sale of seeds.",
            "The coach privately admitted to players that the games were fixed.",
            "The two leaders agreed behind closed doors to divide the territory.",
        ],
        "misses": [
            "Court records show the governor secretly signed the order in March.",
            "Emails released under a public records request show the coach privately admitted the error.",
            "The child spoke quietly to the judge.",
            "“He secretly loved that car,” his widow said.",
        ],
    },
    "packed_headline": {
        "title_rows": True,
        "threshold": 6.0,
        "fires": [
            "Ukrainian General Reveals NATO Secret Plan In Leaked Kyiv Memo To Pentagon Chiefs",
            "Senator Marlow Caught Funding Soros Globalist Network Scheme Against Texas Farmers",
        ],
        "misses": [
            "Senate passes the budget after a long night of talks",
            "What the new rule means for renters in the city",
        ],
    },
}
