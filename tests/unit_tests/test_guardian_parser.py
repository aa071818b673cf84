"""Guardian parser rules, each on a small hand-written blog."""

from tests.conftest import lines_of
from tests.coverage import unaccounted_lines
from tui.core.parse.dump import parse_lines
from tui.core.parse.outlets.guardian.parser import parse_guardian


def parse(text: str):
    lines = lines_of(text)
    return parse_guardian(lines, "blog.txt"), lines


def titles(feed):
    return [p.title for p in feed.posts]


def test_headlines_and_updated_lines_split_posts():
    feed, lines = parse(
        """Minister resigns after vote
The minister said she would step down.
Updated
A second untitled post follows here.
Updated
Opening summary
Welcome to our live coverage of the day.
"""
    )
    assert titles(feed) == ["Minister resigns after vote", None, "Opening summary"]
    assert feed.posts[0].label_texts == ["Updated"]
    assert feed.posts[2].label_texts == ["Summary"]
    assert unaccounted_lines(feed, lines) == ([], [])


def test_updated_before_posts_in_leading_style():
    feed, _ = parse(
        """Updated
Minister resigns after vote
The minister said she would step down.
Updated
Another post with no headline at all.
"""
    )
    assert [p.label_texts for p in feed.posts] == [["Updated"], ["Updated"]]
    assert titles(feed) == ["Minister resigns after vote", None]


def test_handovers_start_posts():
    feed, _ = parse(
        """It’s Jakub Krupa here, taking over from Jane Clinton.
Good morning.
The talks resumed early.
I’m handing the blog over to Matthew Pearce, who will guide you through the afternoon.
"""
    )
    assert len(feed.posts) == 2
    assert feed.posts[0].body[0].text.startswith("It’s Jakub Krupa")
    assert feed.posts[1].body[0].text.startswith("I’m handing")


def test_key_events_index_is_not_a_post_and_pinned_copy_is_marked():
    feed, lines = parse(
        """Pinned headline about the day
The pinned post's paragraph.
Key events
-
Pinned headline about the day
-
Show key events only
Second headline in the index
-
Summary
Pinned headline about the day
The pinned post's paragraph.
"""
    )
    assert [b.text for b in feed.key_events] == [
        "Pinned headline about the day",
        "Second headline in the index",
        "Summary",
    ]
    assert feed.posts[0].pinned_copy and "Pinned" in feed.posts[0].label_texts
    assert feed.posts[1].title == "Pinned headline about the day" and not feed.posts[1].pinned_copy
    assert any(p.kind == "chrome" and p.text == "Show key events only" for p in feed.page_parts)
    assert unaccounted_lines(feed, lines) == ([], [])


def test_lines_above_key_events_not_repeated_are_the_page_header():
    feed, _ = parse(
        """Ukraine war live: leaders meet
Key events
-
Leaders arrive in Washington
Leaders arrive in Washington
They arrived this morning.
"""
    )
    assert [p.kind for p in feed.page_parts][:2] == ["page-title", "heading"]
    assert titles(feed) == ["Leaders arrive in Washington"]


def test_time_lines_start_posts_and_keep_their_stamp():
    feed, _ = parse(
        """5.09pm BST
Talks end without a deal
Delegations left the building.
19 Aug 2025 16.35 BST
An untitled post with a full stamp.
"""
    )
    assert titles(feed) == ["Talks end without a deal", None]
    assert (feed.posts[0].stamp.hour, feed.posts[0].stamp.minute) == (17, 9)
    assert feed.posts[1].stamp.year == 2025


def test_link_out_closes_a_post():
    feed, _ = parse(
        """Zelenskyy’s outfit was not a response, says designer
The designer spoke to a magazine.
Read the full report here:
Former president Medvedev said on Tuesday that leaders had failed.
"""
    )
    assert len(feed.posts) == 2
    assert feed.posts[0].body[-1].kind == "link-out"


def test_list_intro_makes_headline_shaped_lines_bullets():
    feed, _ = parse(
        """What security guarantees might Ukraine get in return for a peace deal?
Four key questions remain about the steps they could take:
What security guarantees might Ukraine get?
How might the US contribute?
Our correspondent breaks down each one in this explainer:
"""
    )
    assert len(feed.posts) == 1
    assert [b.kind for b in feed.posts[0].body] == ["paragraph", "bullet", "bullet", "link-out"]


def test_quotes_after_intro_and_open_quotations():
    feed, _ = parse(
        """Trump says it takes two to tango
Trump said:
“I told him we would set up a meeting.
But it takes two to tango.
I want to end it.”
A normal paragraph follows.
"""
    )
    kinds = [b.kind for b in feed.posts[0].body]
    assert kinds == ["paragraph", "quote", "quote", "quote", "paragraph"]


def test_summary_with_dash_separated_items_then_next_headline():
    feed, _ = parse(
        """Summary
Before I go, here is a quick roundup:
-
First point of the roundup.
-
Second point of the roundup.
Nato chiefs to hold video meeting on Wednesday
The meeting will be held online.
"""
    )
    assert titles(feed) == ["Summary", "Nato chiefs to hold video meeting on Wednesday"]
    assert [b.kind for b in feed.posts[0].body if b.kind != "separator"] == ["paragraph", "bullet", "bullet"]


def test_chrome_is_kept_as_page_parts_not_post_text():
    feed, lines = parse(
        """Talks end without a deal
Advertisement
Delegations left the building.
Copy link
Support the Guardian and make a contribution today.
"""
    )
    assert [b.text for b in feed.posts[0].body] == ["Delegations left the building."]
    assert [p.text for p in feed.page_parts] == [
        "Advertisement",
        "Copy link",
        "Support the Guardian and make a contribution today.",
    ]
    assert unaccounted_lines(feed, lines) == ([], [])


def test_photo_caption_printed_twice():
    feed, _ = parse(
        """Leaders pose for a photo
The leaders met at the White House.
Leaders pose outside the White House.
Leaders pose outside the White House. Photograph: Jane Doe/Reuters
"""
    )
    kinds = [(b.kind, b.credit) for b in feed.posts[0].body]
    assert kinds[-2:] == [("image", None), ("caption", "Jane Doe/Reuters")]


def test_a_blog_item_below_other_articles_of_a_feed_page_starts_at_its_headline():
    """A feed page's articles above the live blog's item ("… – live!" last) are the copier's, not posts."""
    from tui.core.parse.dump import read_feed

    text = """Gamer Geek News

Fire at French ski resort kills two

Pre-dawn blaze injured 22 others and forced the evacuation of 60 resort workers at the building.

Two people have died and 22 others have been injured after fire swept through a building in the resort.

Continue reading...

Posted on 20 January 2019 | 12:39 pm

Stefanos Tsitsipas beats Roger Federer: Australian Open 2019 – live!

Kevin Mitchell’s report will arrive shortly, but here’s a snap report from PA:

Roger Federer’s chances of winning a third consecutive Australian Open title were ended.
"""
    feed = read_feed(text.encode("utf-8"), "feed.txt", "guardian")
    assert [post.body[0].text[:20] for post in feed.posts] == ["Kevin Mitchell’s rep"]


def test_a_quantifier_for_a_subject_carries_the_post_on():
    """ "Many have made the journey by bus." leans on the paragraph before: no new post."""
    from tui.core.parse.outlets.guardian.segment import is_continuation

    assert is_continuation("Many have made the journey by bus.")
    assert is_continuation("Some are staying with relatives.")
    assert not is_continuation("Many Ukrainians crossed into Poland overnight, officials said.")


def test_a_long_standfirst_listing_the_news_between_semicolons_is_head():
    standfirst = (
        "‘We have witnessed an exodus,’ says UN; people in crucial Black Sea port of Kherson told to follow "
        "Russian measures; 38 countries refer reports of atrocities to ICC, the largest referral in court’s history"
    )
    feed, _ = parse(
        "Samantha Lock (now) and Tom Ambrose (earlier)\n\n"
        "ICC begins collecting evidence of war crimes; more talks to begin – as it happened\n\n"
        f"{standfirst}\n  \n  \n\n\n"  # the mirror's whitespace-only lines
        "This blog is closing now but you can keep on top of developments at our new blog here:\n\n"
        "Russia’s central bank has imposed a 30% commission on foreign currency purchases, brokers told Reuters.\n"
    )
    assert [post.body[0].text[:20] for post in feed.posts] == ["This blog is closing", "Russia’s central ban"]


def test_a_report_title_and_its_one_sentence_standfirst_over_the_first_time_are_head():
    """The headline ("… – as it happened | Scott Murray", or "…: England v West Germany live!") and one
    paragraph under it, even a whole sentence, are head when a post's time follows."""
    from tui.core.parse.outlets.guardian.head import is_headline

    assert is_headline("Juventus v Dortmund: Champions League last-16 – as it happened | Scott Murray")
    assert is_headline("World Cup final 1966: England v West Germany live!")
    assert not is_headline("The goal is given: what a finish, we're live!")
    feed, _ = parse(
        """Scott Murray's Blog, page 169
November 28, 2015
Leicester City v Manchester United: Premier League – as it happened
Jamie Vardy scored yet again, making it 11 matches in a row, and erasing Ruud van Nistelrooy from the record books.
7.20pm GMT
And that’s that. Leicester hold on for a point.
7.18pm GMT
90 min +1: There will be two added minutes.
"""
    )
    assert [post.body[0].text[:10] for post in feed.posts] == ["And that’s", "There will"]


def test_a_closing_note_under_the_headline_is_still_a_post():
    feed, _ = parse(
        """Leicester City v Manchester United: Premier League – as it happened
We will now be closing this blog.
7.20pm GMT
And that’s that. Leicester hold on for a point.
"""
    )
    assert [post.body[0].text[:10] for post in feed.posts] == ["We will no", "And that’s"]


def _firsts(feed):
    return [(post.title, post.body[0].text[:12] if post.body else None) for post in feed.posts]


def test_an_over_by_over_copy_keeps_its_entry_headings_embeds_and_related_links():
    """Under the lead photo, "Close of play" over "2nd over: …" is that entry's title; a video's title closed
    by "Updated" is a post; "Here's …" over a quotation leads into it; readers' emails signed "… says Name"
    open their own posts, except inside an over's entry."""
    feed, _ = parse(
        """Ashes 2019: England v Australia first Test, day one – as it happened

Steve Smith leads his teammates from the field.
Steve Smith leads his teammates from the field. Photograph: Tom Jenkins/The Guardian

Steve Smith's reacts to his perfect return

Updated

Here’s Jos Buttler, chatting on Sky Sports

“It’s a little bit frustrating in the end. We bowled fantastically well this morning.”

Close of play

2nd over: England 10-0 (Burns 4, Roy 6) Roy drives Pattinson through extra cover for four.

“Who of the England XI would get in the Australia team?” says Gary Naylor. “Joe Root, I fear.”

1st over: England 3-0 (Burns 3, Roy 0) Cummins goes around the wicket to Burns.
"""
    )
    assert _firsts(feed) == [
        ("Steve Smith's reacts to his perfect return", None),
        (None, "Here’s Jos B"),
        ("Close of play", "2nd over: En"),
        (None, "1st over: En"),
    ]


def test_readers_emails_after_the_match_are_posts_and_related_links_under_the_standfirst_are_one():
    feed, _ = parse(
        """Ashes 2017-18: Australia v England third Test, day three – as it happened

Steve Smith’s epic 229 not out gave Australia complete control of the Test on a desperate day for England

Related: Australia’s Mitchell Marsh admits after century: ‘I was in a pretty bad place’

Related: Steve Smith’s double ton has Australia motoring out of England’s Ashes sight

152nd over: Australia 549-4 (Smith 229, M Marsh 181) In the final over, Smith brings up the 300 partnership.
"""
    )
    assert [first for _, first in _firsts(feed)] == ["Related: Aus", "152nd over: "]
    feed, _ = parse(
        """Ashes 2019: Australia beat England by 251 runs in first Test – as it happened

Well, that’s it for today’s blog. Thanks for your company and emails. See you at Lord’s!

“Isn’t that going a bit far?” says Stuart MacKenzie. “I could be a lot more chuffed for him.”

That’s why I’m so chuffed for him, because he suffered the kind of public shaming that would destroy most of us.

“Afternoon Rob,” says Simon McMahon. “Well, yeah, well done Australia, but it wasn’t a semi-final, was it?”
"""
    )
    assert [first for _, first in _firsts(feed)] == ["Well, that’s", "“Isn’t that ", "“Afternoon R"]


def test_a_feed_archive_page_with_two_blogs_items_keeps_each_items_head_apart():
    """Counters and a standfirst under each blog's title are head, the feed's copyright footer is chrome,
    and the second item's preamble is a post of its own."""
    feed, _ = parse(
        """Quantcast
Channel: Over by over reports | The Guardian

Pakistan v England: day three – live! | Jacob Steinberg and Rob Smyth

$
0
0

Follow it on the sly with our pop-up report and email us your thoughts

Morning. There England were, happily trundling along without a care in the world. It's set to be a fascinating day.


guardian.co.uk © 2012 Guardian News and Media Limited or its affiliated companies. All rights reserved.


Pakistan v England, day four – as it happened | Tom Lutz and James Dart

$
0
0

Chasing 145 to win, England capitulated for 72 as Pakistan won the second Test

Morning. It was Smyth's birthday last night so the least popular mem
"""
    )
    assert [first for _, first in _firsts(feed)] == ["Morning. The", "Morning. It "]


def test_an_older_report_head_run_into_one_line_with_its_date_is_head():
    from tui.core.parse.outlets.guardian.head import is_head_line, is_headline

    assert is_headline("England v India - day one as it happened")
    assert is_head_line(
        "England were dismissed for 221 on a tricky first day at Trent Bridge Andy Bull (morning and evening "
        "session) and Rob Smyth (afternoon session) guardian.co.uk, Friday 29 July 2011 05.05 EDT"
    )


def test_with_no_quotation_at_all_curly_apostrophes_tip_an_unmarked_page_to_the_guardian():
    from tui.core.parse.dump import read_feed

    text = (
        "Hello world!\nTest One, Day Four, and if England were at all right in their reading of this pitch this is "
        "the day when the surface will deteriorate and batting will become bothersome.\nEngland really should have "
        "taken a few yesterday, but clearly this is a pitch on which batsmen can hunker down and score runs.\n"
        "Another 572, England’s victory target, remains an outlandishly unlikely prospect, but where there’s life "
        "there’s hope.\nSo welcome! Let’s hunker down and see what happens, shall we?\n"
    )
    assert read_feed(text.encode("utf-8"), "page.txt").source == "guardian"
    assert read_feed(text.replace("’", "'").encode("utf-8"), "page.txt").source == "bbc"


def test_a_2011_blog_head_and_a_closing_note_over_a_recap_post():
    """ "… as it happened: part 1" is a headline; "This blog will now continue here." at the top is a post of
    its own even when the post under it announces a summary (a closing round-up's own sign-off does not
    split that round-up)."""
    from tui.core.parse.outlets.guardian.head import is_headline
    from tui.core.parse.outlets.guardian.lines import is_chrome

    assert is_headline("Libya uprising - Tuesday 1 March as it happened: part 1")
    assert is_chrome("Click here for the latest summary of key events")
    feed, _ = parse(
        """Libya in turmoil - live updates

This blog will now continue here.

Libyan state TV broadcast a live interview with Gaddafi. Here is a summary of the key points of the speech:

Osama bin Laden and his followers are behind the protests sweeping the country, he said.

The situation in Libya is very different to that in Egypt or Tunisia, which have both seen revolutions.
"""
    )
    assert [post.body[0].text[:12] for post in feed.posts] == ["This blog wi", "Libyan state"]


def test_an_older_blogs_stock_picture_labels_are_furniture_wherever_they_stand():
    """The 2010-2012 blogs label their stock pictures on a line of their own ("Live blog: quote", "Live blog -
    market down"); at a page's end, cut short ("Live blog - Gr"), the label is not the last post's paragraph.
    A sentence that opens with the words stays text."""
    from tui.core.parse.outlets.guardian.lines import is_chrome

    assert is_chrome("Live blog: quote")
    assert is_chrome("Live blog - market down")
    assert is_chrome("Live blog – Greek flag")
    assert not is_chrome("Live blog - we will be here all day. Send us your views.")
    assert not is_chrome("Live blog readers have been asking about the vote")
    feed, _ = parse(
        """Eurozone crisis live: markets rally - 23 January 2012

7.30pm: Time to wrap things up here.

Thanks for reading and commenting. See you tomorrow? Goodnight!

Live blog - Gr
"""
    )
    assert [block.text for block in feed.posts[-1].body][-1].startswith("Thanks for reading")


def test_an_untimed_clockwatch_reads_an_exclamation_over_one_result_and_goals_under_the_scores():
    """On a clockwatch with its times lost, an exclamation over one result ("Game over!" / "Stoke 1-1 Man City") is a
    post's heading over its text, not the last line of the scores above; a goal's exclamation in title case under
    it ("Goal!!! Fulham 3-0 West Brom") is the next post's heading, not a result of the list; a short exclamation
    the page sets apart by two blank lines heads a post even over a paragraph the copy cut short."""
    feed, _ = parse(
        """Premier League clockwatch – as it happened

Full-time scores

Fulham 3-0 West Brom

Arsenal 6-1 Southampton

Stoke 1-1 Man City

Game over!

Stoke 1-1 Man City

Goal!!! Fulham 3-0 West Brom

And if it weren't for Ben Foster in the West Brom net, it would probably be a lot more than three to Fulham.


Tackling is overrated, says the subject line in the email

Shahrul Anaz is the one who reckons so. Not me. I like tackling, and I say so every week.


Another miss!

Oh Zamora! He has the easiest of chances to put QPR into the lead but he somehow manages
"""
    )
    assert [(post.title, post.body[0].text[:12]) for post in feed.posts] == [
        ("Full-time scores", "Fulham 3-0 W"),
        ("Game over!", "Stoke 1-1 Ma"),
        ("Goal!!! Fulham 3-0 West Brom", "And if it we"),
        ("Tackling is overrated, says the subject line in the email", "Shahrul Anaz"),
        ("Another miss!", "Oh Zamora! H"),
    ]


def test_an_over_by_over_report_reads_balls_breaks_in_play_and_posts_under_an_over():
    """A ball's entry in a chase's last over ("19.4 overs: …") opens a post as an over's does; a break in play
    labelled in capitals over the score ("STUMPS DAY FOUR: Australia 23-2 (Renshaw 7)") is a heading, though it
    ends with a bracket, and a pointer to the match report does not make it a list's item; under an over told in
    one paragraph, a reader's email and a sentence carrying on the over stay in its entry, while an exclamation of
    a few words (a wicket), a greeting or "Meanwhile" opens a post of its own."""
    feed, _ = parse(
        """India win second T20 international against Australia – as it happened

19.4 overs: India 195-4 (Pandya 42*, Shreyas 12*) Target 195.

19.3 overs: India 189-4 (Pandya 36, Shreyas 12) Target 195. Pandya tries to uppercut the short ball but misses!

19th over: India 181-4 (Pandya 28, Shreyas 12) Target 195. Pandya down the ground for a couple, well run.
"""
    )
    assert [first for _, first in _firsts(feed)] == ["19.4 overs: ", "19.3 overs: ", "19th over: I"]
    feed, _ = parse(
        """Australia on ropes as India take control of third Test on day four – as it happened

And here’s your match report:

Related: Australia under pressure after India dominate day four of third Test

STUMPS DAY FOUR: Australia 23-2 (Renshaw 7)

Stumps here on day four - a day where India made monumental strides toward victory in Ranchi.

8th over: Australia 23-2 (Renshaw 7)

Bowled him! Lyon plays for a straight one but Jadeja gets it to grip.
"""
    )
    assert _firsts(feed) == [
        (None, "And here’s y"),
        ("STUMPS DAY FOUR: Australia 23-2 (Renshaw 7)", "Stumps here "),
        (None, "8th over: Au"),
    ]
    feed, _ = parse(
        """India v England: third one-day international – live!

38th over: England 212-4 (Bairstow 47) For India, a wicket lost and a wicket gained. Buttler gone, Bairstow remains.

Oh Jos. Pandya’s worst ball – a half volley that screams “HIT ME” – is slapped straight to Rahul at cover.

37th over: England 210-3 (Bairstow 46, Buttler 10) Aerial and to midwicket, but no trouble of a catch.

“The ground has filled up but still a good many empty seats,” says David Malcolm. “Poor for such a match.”

The excellent Bairstow defends the final ball of the over, which ends with England on the brink.

36th over: England 205-3 (Bairstow 42, Buttler 9) Stokes is padded up.

Meanwhile, here’s our star columnist on the possible impact of a free-to-air World Cup final. If if if.
"""
    )
    assert [first for _, first in _firsts(feed)] == [
        "38th over: E",
        "Oh Jos. Pand",
        "37th over: E",
        "36th over: E",
        "Meanwhile, h",
    ]
    assert [len(post.body) for post in feed.posts][2] == 3


def test_a_flattened_copy_keeps_a_caveat_with_its_report_and_ends_a_post_on_a_pointer_to_the_rest():
    """A copy flattened to one paragraph per line, its times and most headlines lost: the live feed's filter ("From 1h
    ago") is the page's, not a post's; a caveat on what was just reported ("The Guardian has not verified this
    independently.") stays in its post; a pointer to the rest whose link was lost ("… responses are here:") ends
    its post, and the next lead opens one."""
    feed, _ = parse(
        """From 1h ago
Russia’s Wagner group of mercenaries has taken full control of the village of Berkhivka, Prigozhin said.
The Guardian has not verified this independently.
How will the war in Ukraine develop during 2023?
The Guardian has asked a panel of experts to weigh in.
Russian investigative journalists Andrei Soldatov and Irina Borogan say we are in for a long fight.
The rest of the panel’s responses are here:
Buildings and monuments across Ukraine have been illuminated in blue and yellow lights tonight.
In Kyiv, the main post office was lit up in the colours of the flag, and crowds gathered outside it at dusk.
"""
    )
    assert [(post.title, [b.text[:20] for b in post.body]) for post in feed.posts] == [
        (None, ["Russia’s Wagner grou", "The Guardian has not"]),
        (
            "How will the war in Ukraine develop during 2023?",
            ["The Guardian has ask", "Russian investigativ", "The rest of the pane"],
        ),
        (None, ["Buildings and monume", "In Kyiv, the main po"]),
    ]


def test_a_feed_page_reads_each_live_blogs_item_and_leaves_the_articles_items_to_the_feed():
    """A news-wire page of the Guardian's feed: a closed blog's item (its note, then its newest post: a schedule's
    lead-in over its first entry), an article's item (all the feed's), a live blog's item whose title names its
    subject before "as it happened", and a last live item cut inside its standfirst (the feed's)."""
    feed, _ = parse(
        """Nato summit live: Stoltenberg says Ukraine membership is ‘not if, but when’ – as it happened

This live blog is now closed. For more on the governments’ statement at the summit, read our report:

Here’s the schedule for today’s talks in Washington (all in local time).

8:15am: Nato secretary general’s doorstep

Continue reading...

Move to reduce Lords retirement age to 80 is not about Joe Biden, says Keir Starmer

Ahead of UK-US bilateral talks, PM says primary driver for cutting peers’ retirement age is size of Lords chamber

Keir Starmer has denied that his decision to bring in a retirement age of 80 for the House of Lords means anything.

Continue reading...

Police officers injured amid standoff in Plymouth – England riots as it happened

Devon & Cornwall police report violence against officers and damaged police van as calls grow for recall

Local people joined council workers to clear up around the Holiday Inn Express hotel in Manvers on Monday morning.

Continue reading...

Keir Starmer dismisses king’s speech as ‘exercise in economic miserabilism’ – politics live

Labour party leader criticises speech as ‘admission that government has no faith in Britain
"""
    )
    assert [[b.text[:20] for b in post.body] for post in feed.posts] == [
        ["Here’s the schedule ", "8:15am: Nato secreta"],
        ["Local people joined "],
    ]


def test_a_stage_race_reads_its_distance_entries_and_a_one_line_copy_splits_at_times_before_a_distance():
    """A stage race's entries open with the distance to go ("14km to go: …"), a reader's email inside one; a copy run
    onto one line is cut at each zoned time, though the text after it opens with a distance or is another time (a
    post whose video was lost), and a mirror's date line under the headline ("08 July 2019 11:51") is no post's time."""
    feed, _ = parse(
        """14km to go: “Wonderful to see the photos from people at the side of the route,” emails Craig. “Lovely.”
I’ve never been to a mountain stage (although it isn’t hard: go to France is a great start). Easy, cheap and fun.
14.5km to go: Jorgenson now joins forces with the Vingegaard group. So Visma have four riders there.
15km to go: “I don’t know what Visma was thinking, letting Jorgenson run up the road like that,” emails Stephen.
"""
    )
    assert [[b.text[:16] for b in post.body] for post in feed.posts] == [
        ["14km to go: “Won", "I’ve never been "],
        ["14.5km to go: Jo"],
        ["15km to go: “I d"],
    ]
    line = (
        "Live updates from the first hilly stage 12.51pm BST 144km to go: Tony Martin continues to lead the bunch."
        " 12.48pm BST The GCN is a veritable treasure trove of hot cycling content. 12.22pm BST 12.18pm BST 167km to"
        " go: The 106th Tour de France left Belgium and entered France."
    )
    flat = parse_lines(["Tour de France: stage three – live!", "", "08 July 2019 11:51", line], "copy.txt", "guardian")
    assert [(post.stamp.text if post.stamp else None, [b.text[:16] for b in post.body]) for post in flat.posts] == [
        ("12.51pm BST", ["144km to go: Ton"]),
        ("12.48pm BST", ["The GCN is a ver"]),
        ("12.22pm BST", []),
        ("12.18pm BST", ["167km to go: The"]),
    ]


def test_a_one_line_copy_splits_at_a_zoned_time_before_a_tweets_handle():
    """A post that opens with a tweet (".@name: …", "#tag …") is cut from the one before at its zoned time, as a post
    opening with a capital is."""
    line = (
        "Rolling coverage of the talks 6.37pm GMT Pierre Moscovici repeats that an extension is the only option."
        " 6.36pm GMT .@J_Dijsselbloem: Within the framework of a program things can change #Greece"
        " 6.35pm GMT #eurogroup ministers are leaving the building. 6.34pm GMT Next question: a bridging programme?"
    )
    flat = parse_lines(["Greek bailout: talks collapse – live updates", "", line], "copy.txt", "guardian")
    assert [(post.stamp.text if post.stamp else None, [b.text[:16] for b in post.body]) for post in flat.posts] == [
        ("6.37pm GMT", ["Pierre Moscovici"]),
        ("6.36pm GMT", [".@J_Dijsselbloem"]),
        ("6.35pm GMT", ["#eurogroup minis"]),
        ("6.34pm GMT", ["Next question: a"]),
    ]


def test_see_you_somewhere_next_year_signs_the_writer_off():
    """ "See you in Austria next year!" ends the closing post, as "See you tomorrow" does: the next paragraph opens
    a post of its own."""
    feed, _ = parse(
        """Eurovision song contest 2014: the winners and the losers - as it happened

And, as Conchita belts out her song for one last time, it's time for me to go and get some sleep. We made it!

As always, thank you so much for joining in with all your comments tonight. See you in Austria next year!

Anyway, Conchita is the winner of Eurovision. This is wonderful news. Conchita is crying her eyes out.
"""
    )
    assert [[b.text[:12] for b in post.body] for post in feed.posts] == [
        ["And, as Conc", "As always, t"],
        ["Anyway, Conc"],
    ]


def test_a_clockwatch_keeps_its_round_up_to_the_sign_off_its_whistle_headings_and_its_team_sheets():
    """Under a headline ending "– as it happened!": the closing round-up runs to the writer's sign-off told in
    sentences ("Thanks for reading. Until next time, bye!"), which is its last paragraph, not the next post's
    heading; "Full-time! West Ham 1-2 Leicester" is a heading though "And …" follows it; a line-ups post keeps its
    team sheet (sides, subs and referee over a colon)."""
    feed, _ = parse(
        """Premier League, Football League and more: Saturday clockwatch – as it happened!

Well, well, well. Where do Sunderland go from here? Dick Advocaat needs to reinstate John O’Shea first off.

At Upton Park West Ham looked poor in the first half, and Leicester were good value for their win.

Swansea coasted against Newcastle, especially when Daryl Janmaat was dismissed. Watford drew.

Thanks for reading. Until next time, bye!

Full-time! West Ham 1-2 Leicester

And Leicester are still 100% after holding West Ham at bay. Who needs Pearson when you have The Tinkerman?

Burnley v Norwich City line-ups

Burnley: Pope, Lowton, Tarkowski, Collins, Taylor, Lennon, Brownhill, Westwood, McNeil, Vydra, Wood.

Subs: Cork, Gudmundsson, Barnes, Hennessey, Rodriguez, Pieters, Norris, Bardsley, Long.

Norwich: Krul, Aarons, Kabak, Hanley, Gibson, Giannoulis, Lees-Melou, Normann, McLean, Sargent, Pukki.

Referee: Kevin Friend (Leicestershire)
"""
    )
    assert [(post.title, len(post.body)) for post in feed.posts] == [
        (None, 4),
        ("Full-time! West Ham 1-2 Leicester", 1),
        ("Burnley v Norwich City line-ups", 4),
    ]


def test_a_statement_without_its_stop_over_the_next_timed_entry_ends_the_post_above():
    """On a page whose entries open with their time, an unstopped line over the next entry is that entry's headline
    when it reads as one, but the post's last words when it states what something is ("Nour Ali is the pseudonym for
    a journalist based in Damascus")."""
    feed, _ = parse(
        """Libya: rebels move government to Tripoli - live updates

2.28pm: That prediction that African Union would recognise the National Transitional Council now looks premature.

2.11pm: Inspired by events in Libya several protests in Syria today called for protection, writes Nour Ali.

Further protests are expected tonight as more people turn out to the mosque for Laylat al-Qudr.

Nour Ali is the pseudonym for a journalist based in Damascus

1.58pm: Our correspondent in Benghazi says the rebels' council will meet in Tripoli on Saturday.
"""
    )
    assert [(post.title, [b.text[:12] for b in post.body]) for post in feed.posts] == [
        (None, ["That predict"]),
        (None, ["Inspired by ", "Further prot", "Nour Ali is "]),
        (None, ["Our correspo"]),
    ]


def test_a_bare_note_that_the_blog_is_about_to_wrap_up_keeps_the_days_points_under_it():
    """ "We're going to wrap up our live blog coverage … for the day." and nothing else announces the wrap-up that
    follows (the day's points are its post); a note that points elsewhere ("The latest summary … is here.") still
    ends its post."""
    points = """
The death toll in the United States now stands at 48, including 18 in New York.

As many as 8.5 million households in 17 states were without power earlier this afternoon. Every coastal state flooded.

President Obama announced that he would appear with New Jersey Governor Chris Christie tomorrow to survey damage.
"""
    feed, _ = parse(
        "Sandy: 'Major disaster' in New York and New Jersey - as it happened\n\n"
        "We're going to wrap up our live blog coverage of the aftermath of super-storm Sandy for the day.\n" + points
    )
    assert [len(post.body) for post in feed.posts] == [4]
    feed, _ = parse(
        "Syria crisis: US weighs military options - as it happened\n\n"
        "We're going to wrap up our live blog for the day. The latest summary of the day's developments is here.\n"
        + points
    )
    assert [len(post.body) for post in feed.posts][0] == 1


def test_a_share_line_under_each_post_closes_it_on_a_page_with_no_times():
    """A copy that lost every time but kept each post's "Share" footer: each post ends at its footer, so the next
    paragraph opens the next post (a leaderboard's lines stay in their post)."""
    feed, _ = parse(
        """The Open 2024: final round updates – live | The Open

Key events

A big mistake by the world’s best player on 6. Scottie Scheffler’s tee shot finds a fairway bunker.

-5: Rose (5), Lawrence (4), Horschel (4)
-4: Henley (5)

Share

Billy Horschel bounces back from his bogey at 3 with birdie at 4, straight down the middle. A tie at the top.

Share

Jon Rahm finds his first ball at 11. He takes a penalty drop and lashes it back into play.

Share
"""
    )
    assert [[b.text[:12] for b in post.body] for post in feed.posts] == [
        ["A big mistak", "-5: Rose (5)", "-4: Henley ("],
        ["Billy Horsch"],
        ["Jon Rahm fin"],
    ]


def test_a_leaderboards_places_are_the_posts_lines_and_see_you_next_month_signs_off():
    """A golf leaderboard's places ("-5: McIlroy, Cabrera-Bello") are lines of the post that lists them, never
    headings; "See you next month for the PGA!" signs the writer off, so the paragraph under it opens a post."""
    feed, _ = parse(
        """Jordan Spieth wins the Open 2017: final round, as it happened

All that’s left, after another Open Championship for the ages, is a rundown of the final standings.

-12: Spieth
-9: Kuchar
-5: McIlroy, Cabrera-Bello
-4: Southgate, Leishman, Noren, Grace, Koepka
E: Scott, Lovemark, Bland, Fowler, Ramsay

See you next month for the PGA!

Spieth is given the Claret Jug, and he takes to the mic to give his winner’s speech. “Thank you. We as players …”
"""
    )
    assert [post.title for post in feed.posts][-1] is None
    assert [b.text[:12] for b in feed.posts[0].body][:6] == [
        "All that’s l",
        "-12: Spieth",
        "-9: Kuchar",
        "-5: McIlroy,",
        "-4: Southgat",
        "E: Scott, Lo",
    ]
    assert feed.posts[-1].body[0].text.startswith("Spieth is given")


def test_a_related_link_ends_its_untimed_post_unless_more_links_or_an_embed_follow():
    """A copy that lost the times: the "Related: …" links a post ends with close it, and the next paragraph opens
    the next post; a run of links stays in one post, and so does an embedded post's text under a link."""
    feed, _ = parse(
        """India beat Bangladesh – as it happened

Related: Rohit Sharma leads India into semi-finals

And with that, I’m off. Here’s some England-related reading. Bye!

Related: Eoin Morgan tells England to focus on victory

Related: England’s hopes hang on New Zealand game

Here are the latest standings.

Related: Cricket World Cup 2019: latest standings

Give @nicholaswatt the Pulitzer: “I said to one minister, why is the vote being held?”

Rohit Sharma is named man of the match, for his 92-ball 104.
"""
    )
    assert [[b.text[:20] for b in post.body] for post in feed.posts] == [
        ["Related: Rohit Sharm"],
        ["And with that, I’m o", "Related: Eoin Morgan", "Related: England’s h"],
        ["Here are the latest ", "Related: Cricket Wor", "Give @nicholaswatt t"],
        ["Rohit Sharma is name"],
    ]


def test_a_scoring_event_after_its_minute_is_the_entry_title():
    """A minute-by-minute entry whose line after the minute is a scoring event over the match's score ("80 min +1:
    TRY! Lions 59-8 Barbarians", "76 min: CONVERSION. …") is titled with it, the minute its label; a side's name
    may join its words with "and" ("FULL TIME: British and Irish Lions 59-8 Barbarians")."""
    feed, _ = parse(
        """British & Irish Lions v Barbarians – as it happened

FULL TIME: British and Irish Lions 59-8 Barbarians

And so the whistle goes on a hot and humid match.

80 min +1: TRY! Lions 59-8 Barbarians

Pressing for an extra score, Alun Wyn-Jones goes over down the right.

78 min: Rokocoko isn't too far from romping away down the right.

76 min: CONVERSION. Lions 54-8 Barbarians

He certainly can! That's a brilliant kick.
"""
    )
    assert [(post.title, post.label_texts, post.body[0].text[:16]) for post in feed.posts] == [
        ("FULL TIME: British and Irish Lions 59-8 Barbarians", [], "And so the whist"),
        ("TRY! Lions 59-8 Barbarians", ["80+1 min"], "Pressing for an "),
        (None, ["78 min"], "Rokocoko isn't t"),
        ("CONVERSION. Lions 54-8 Barbarians", ["76 min"], "He certainly can"),
    ]


def test_a_sports_blogs_standfirst_points_with_the_writers_invitation_are_head():
    """A copy that opens with the standfirst's dashed points, one of them the writer's invitation ("- Email … or
    Tweet @…"), a question among them: the points are the page's head, the first over's entry its first post. Dashed
    lines with no such invitation stay text."""
    page = """- Live updates from Cardiff as the first Ashes Test gets underway
- The moment of truth: can new England survive Australia onslaught?
- Email john.ashdown@theguardian.com or Tweet @John_Ashdown
16th over: England 43-3 (Ballance 16, Root 0) Ballance plays out a watchful maiden.
15th over: England 43-3 (Ballance 16, Root 0) Root inside edges onto his pads.
"""
    feed, _ = parse(page)
    assert [post.body[0].text[:11] for post in feed.posts] == ["16th over: ", "15th over: "]
    plain, _ = parse(page.replace("- Email john.ashdown@theguardian.com or Tweet @John_Ashdown", "- Drinks are taken."))
    assert [len(post.body) for post in plain.posts] == [3, 1, 1]  # the points read as a post's list


def test_a_closing_notes_video_stays_with_it_and_a_chart_credited_image_is_a_picture():
    """The video a closing note leaves the reader with ("… this video of the ceremony today." / "… – video") is that
    post's embed, and the next paragraph opens a post; a picture credited "Image: …" (not "Photograph: …") is a
    picture, its alt text no title."""
    feed, _ = parse(
        """Nelson Mandela funeral – as it happened

I'll leave you with this video of the ceremony today. Thanks for all your comments.

Nelson Mandela laid to rest at Qunu ancestral home - video

Mona Chalabi writes:

Since his death, over 1m tweets from Romania to Nicaragua have mentioned the words Nelson Mandela.

Mandela Twitter users
Image: Tweetmap

Today, the hashtag #mandelafuneral is dominating all conversations on Twitter.
"""
    )
    assert [(post.title, [block.kind for block in post.body]) for post in feed.posts] == [
        (None, ["paragraph", "embed"]),
        (None, ["paragraph", "quote", "image", "caption", "paragraph"]),
    ]
    assert feed.posts[1].body[3].credit == "Tweetmap"


def test_a_two_word_pun_in_title_case_put_as_a_question_is_a_heading():
    """ "What's Cooking?" set apart over a paragraph on a page with no time lines is its post's headline, as "What a
    day!" is; two capitalised words with no question or exclamation stay text."""
    feed, _ = parse(
        """iPhone 5 launch: live coverage of the Apple event

The Foo Fighters wrap things up, and the lights come up over the stage in San Francisco.


What's Cooking?

And now back Tim Cook, with a run-through of what we've learnt from the whole morning.
"""
    )
    assert [post.title for post in feed.posts][-1] == "What's Cooking?" and len(feed.posts) == 2


def test_a_news_agencys_report_quoted_one_paragraph_to_a_line_is_one_quotation():
    """Under "PA have this report:", the report's paragraphs printed one to a line with no blank line between are one
    quotation inside the post, to the next blank line; the blog's closing note run into a summary's lead-in ("The
    liveblog is closing for the night. In summary") opens the closing post under the head, as text, not a title."""
    feed, _ = parse(
        """Woolwich attack: aftermath and reaction to killing on London street – as it happened

Picture taken from ITV News video of Woolwich suspect in killing. Photograph: ITV News

The liveblog is closing for the night. In summary

  • Two men were being treated in hospital after being shot by police
  • Both were arrested on suspicion of murdering a man they believed to be soldier

Good night.

Police arrested two men trying to vandalise mosques, and the English Defence League threw bottles. PA have this report:

Two men were arrested tonight after separate attacks on mosques following the terrorist incident in Woolwich.
A 43-year-old man is in custody on suspicion of attempted arson after reportedly walking into a mosque with a knife.
Supporters of the English Defence League gathered at Woolwich Arsenal train station near the scene.

The home secretary will chair a meeting of the government's emergency committee in the morning.
"""
    )
    closing, report = feed.posts[0], feed.posts[1]
    assert closing.title is None and closing.body[0].text.startswith("The liveblog is closing")
    assert [block.kind for block in report.body] == ["paragraph", "quote", "quote", "quote"]  # (the blank line ends it)


def test_a_heading_run_into_its_first_sentence_with_no_space_is_the_posts_title():
    """A copy that ran a post's heading into its first sentence ("… to lift lockdownProfessor Peter Horby, …") has
    the heading as the post's title, and a line above it is the page's headline; a name in camel case inside a
    sentence ("… on YouTube …") is no such seam."""
    feed, _ = parse(
        """Follow here for the latest updates on the pandemic

Third Sage member warns too soon to lift lockdownProfessor Peter Horby, a Sage member, said we could lose control.
“We really can’t go back to a situation where we’ve got the numbers of cases and deaths we’ve had,” he said.
"""
    )
    assert feed.posts[0].title == "Third Sage member warns too soon to lift lockdown"
    assert feed.posts[0].body[0].text.startswith("Professor Peter Horby, a Sage member")
    assert "Follow here for the latest updates on the pandemic" in [part.text for part in feed.page_parts]
    plain, _ = parse("The minister posted a video on YouTube this morning explaining the new rules to families.\n")
    assert plain.posts[0].title is None


def test_a_wickets_post_whose_heading_a_copy_lost_opens_under_an_overs_entry():
    """On an over-by-over page, a paragraph telling of a dismissal under an over's entry ("… he still dislodges the
    bails …", "… he's done for the England captain!") opens the wicket's post whose "WICKET!" heading the copy lost,
    and so does the next one under it; an exclaimed sentence telling of one is no heading. A paragraph going on
    with the over's entry ("Plenty of intent from Cook, then, but no runs again") stays in it."""
    feed, _ = parse(
        """4th over: England 22-3 (Roy 10, Stokes 1) There’s a delay while a physio patches up Ronchi’s chin.

A bad start for England, then, and time for Jason Roy to stop the rot.

Morgan tries to cart his first ball over cow corner, and doesn’t get enough on it!

Root advances to Santner, misjudges the flight of the ball. Ronchi fumbles, but he still dislodges the bails.

3rd over: England 20-1 (Roy 9, Root 4) A scratchy start to the innings.

Plenty of intent from Cook, then, but no runs again from the over.
"""
    )
    assert [post.body[0].text[:16] for post in feed.posts] == [
        "4th over: Englan",
        "Morgan tries to ",
        "Root advances to",
        "3rd over: Englan",
    ]
    assert all(post.title is None for post in feed.posts)


def test_a_heading_the_page_repeats_over_its_posts_heads_each_and_its_siblings():
    """A short line the page sets alone between blank lines over two posts or more ("Athletics") heads each, and on
    such a page so does another one-word heading ("Swimming") or an exclamation ("It is bronze for Britain!"); a
    one-word line on a page with no repeated heading stays text."""
    page = """London Paralympics 2012 – day seven as it happened

Athletics

A procession for Tatyana McFadden of the USA in the women's T54 800m final. Gold is hers.

It is bronze for Britain!

The result is up on the big screen and it turns out is another medal tonight for the relay team.

Swimming

Britain's Louise Watkin wins silver in the women's 50m freestyle final S9 but she's just pipped to gold.

Athletics

Well the women's 100m T46 wasn't much of a contest as the remarkable Yunidis Castillo sprints off.
"""
    feed, _ = parse(page)
    assert [post.title for post in feed.posts][-4:] == [
        "Athletics",
        "It is bronze for Britain!",
        "Swimming",
        "Athletics",
    ]
    single, _ = parse(page.replace("Athletics\n\nWell", "Cycling\n\nWell"))
    assert "Swimming" not in [post.title for post in single.posts]


def test_closing_notes_that_hand_over_to_the_next_days_blog_end_their_posts():
    """ "Right, that's about all I've got for you. … here's day nine!" and "Day 13 turns into day 14 and a brand-new
    live blog: see you over there." close the blog; the pointer under the first ("Follow all the action here, live,
    …", however long) is its tail, and the next paragraph opens a post of its own though it opens with "And"."""
    feed, _ = parse(
        """Rio Olympics: Michael Phelps bows out with another Olympic gold – as it happened

Right, that’s about all I’ve got for you. We’re pulling down the curtains on day eight, but here’s day nine!

Follow all the action here, live, during a day that finishes with, guess who – a certain Jamaican and a short race. Yes.

And at the Riocentro for boxing, Kazakhstan’s Ivan Dychko has ended the campaign of Azerbaijan’s Majidov.
"""
    )
    assert [post.body[0].text[:10] for post in feed.posts][-2:] == ["Right, tha", "And at the"]
    assert [block.text[:10] for block in feed.posts[-2].body] == ["Right, tha", "Follow all"]
    other, _ = parse(
        """Rio 2016 Olympics: Usain Bolt takes 200m gold – as it happened

Day 13 turns into day 14 and a brand-new live blog: see you over there.

Usain Bolt turns 30 this weekend and repeated after his stupendous 200m victory that this is really it for him.
"""
    )
    assert [post.body[0].text[:10] for post in other.posts][-2:] == ["Day 13 tur", "Usain Bolt"]


def test_an_entry_time_with_no_space_after_its_colon_still_opens_the_entry():
    """ "9.05am:Good morning everybody, …" (a copy dropped the space) opens a timed entry as "9.05am: Good …" does;
    a ratio or a score with a colon inside a sentence ("at 3:1 odds") opens nothing."""
    feed, _ = parse(
        """Euro 2012 live blog: 7 June

Just to let you know about our live coverage for Euro 2012, with a live blog every day of the tournament.

9.05am:Good morning everybody, Glendenning here. Let's get the ball rolling with six players to watch.

The bookmakers have Spain at 3:1 odds to retain the trophy in Kiev, a price that looks generous to us.
"""
    )
    assert [(post.stamp.text if post.stamp else None, post.body[0].text[:12]) for post in feed.posts][-1] == (
        "9.05am",
        "Good morning",
    )


def test_an_excerpt_lead_in_pointing_to_the_whole_piece_goes_on_into_the_excerpt() -> None:
    """ "Here's a snatch from Andrew's piece, which you can read in full here:" points elsewhere, as a link-out
    line that ends a post does, but presents the passage quoted under it: the passage is the same post's."""
    feed, _ = parse(
        "Liveblog: Pope Benedict XVI officially resigns\n\n"
        "As we close down the blog now, here is a summary of developments today:\n\n"
        "Whoever they decide upon faces a daunting list of challenges, which the Guardian's Andrew Brown has "
        "been looking at.\n\n"
        "Here's a snatch from Andrew's piece, which you can read in full here:\n\n"
        "It seems to me that there are many challenges ahead for the church and its new leader.\n"
    )
    assert len(feed.posts) == 1
    assert feed.posts[0].body[-1].text.startswith("It seems to me")
    # a plain pointer still ends its post
    pointed, _ = parse(
        "Liveblog: Pope Benedict XVI officially resigns\n\n"
        "As we close down the blog now, here is a summary of developments today:\n\n"
        "Read the full story here:\n\n"
        "It seems to me that there are many challenges ahead for the church and its new leader.\n"
    )
    assert len(pointed.posts) == 2
