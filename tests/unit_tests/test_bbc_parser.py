"""BBC parser rules, each on a small hand-written page."""

from tests.conftest import lines_of
from tests.coverage import unaccounted_lines
from tui.core.parse.outlets.bbc.parser import parse_bbc

PAGE = """Summary

  • First summary point

  • Second summary point

  1. Analysis

    Big question remains open for leaderspublished at 14:05 British Summer Time 3 June

    Jane Smith
    Political correspondent

    A crowd outside the stadiumImage source, PA Media

    The first paragraph says something.

    "A whole quoted paragraph."

    • A bullet inside the post
    • Another bullet

    Read more on this story here:

  2. BreakingMinisters meet unionspublished at 13:50 BST 3 June

    Someone waving a flag
    Image caption,

    The caption text

    Image source, .

    Credit-less image above. This is a paragraph.

  3. Postpublished at 13:40 GMT 3 June 2024

    Body of a generic post.
"""


def parse(text: str):
    lines = lines_of(text)
    return parse_bbc(lines, "page.txt"), lines


def test_summary_bullets_and_heading():
    feed, _ = parse(PAGE)
    assert [b.text for b in feed.summary] == ["First summary point", "Second summary point"]
    assert [p.kind for p in feed.page_parts] == ["heading"]


def test_analysis_label_title_time_and_byline():
    feed, _ = parse(PAGE)
    first = feed.posts[0]
    assert first.title == "Big question remains open for leaders"
    assert first.label_texts == ["Analysis"]
    assert (first.stamp.hour, first.stamp.minute, first.stamp.day, first.stamp.month) == (14, 5, 3, 6)
    assert (first.byline.name, first.byline.role) == ("Jane Smith", "Political correspondent")


def test_body_blocks_are_typed():
    feed, _ = parse(PAGE)
    kinds = [(b.kind, b.text) for b in feed.posts[0].body]
    assert kinds == [
        ("image", "A crowd outside the stadium"),
        ("paragraph", "The first paragraph says something."),
        ("quote", '"A whole quoted paragraph."'),
        ("bullet", "A bullet inside the post"),
        ("bullet", "Another bullet"),
        ("link-out", "Read more on this story here:"),
    ]
    assert feed.posts[0].body[0].credit == "PA Media"


def test_fused_breaking_label_and_caption_blocks():
    feed, _ = parse(PAGE)
    second = feed.posts[1]
    assert second.title == "Ministers meet unions"
    assert "Breaking" in second.label_texts
    body = [(b.kind, b.text, b.marker, b.credit) for b in second.body]
    assert body[0] == ("image", "Someone waving a flag", None, None)
    assert body[1] == ("caption", "The caption text", "Image caption,", None)
    assert body[2] == ("image", "", None, ".")


def test_generic_title_is_marked():
    feed, _ = parse(PAGE)
    third = feed.posts[2]
    assert third.title == "Post" and third.title_generic
    assert third.display_title == "Body of a generic post."
    assert third.stamp.year == 2024 and third.stamp.utc_offset_minutes == 0


def test_every_line_has_one_place():
    feed, lines = parse(PAGE)
    assert unaccounted_lines(feed, lines) == ([], [])


def test_flattened_copy_without_numbers_or_indentation():
    flat = "\n".join(line.strip() for line in PAGE.splitlines() if line.strip() not in ("Summary",))
    flat = flat.replace("1. Analysis", "Analysis").replace("2. Breaking", "Breaking").replace("3. Post", "Post")
    feed, lines = parse(flat)
    assert [p.title for p in feed.posts] == ["Big question remains open for leaders", "Ministers meet unions", "Post"]
    assert feed.posts[0].label_texts == ["Analysis"]
    assert unaccounted_lines(feed, lines) == ([], [])


def test_older_live_reporting_page_without_times():
    page = """  1. Crowds gather in the square

    People have been arriving since dawn.

  2. Police close roads

    Several roads are shut.
"""
    feed, lines = parse(page)
    assert [p.title for p in feed.posts] == ["Crowds gather in the square", "Police close roads"]
    assert all(p.stamp is None for p in feed.posts)
    assert unaccounted_lines(feed, lines) == ([], [])


def test_sport_fixture_label_and_edited_by():
    page = """Edited by Sam Jones

  1. Spurs v Arsenal (17:30 BST)

    Team news is inpublished at 16:45 BST 3 May 2025

    Both sides are unchanged.
"""
    feed, lines = parse(page)
    assert feed.posts[0].label_texts == ["Spurs v Arsenal (17:30 BST)"]
    assert [p.kind for p in feed.page_parts] == ["editor"]
    assert unaccounted_lines(feed, lines) == ([], [])


def test_degraded_copy_is_summary_and_untitled_text():
    page = """Leaders meet in Washington
Ceasefire talks continue - officials
The first paragraph of a post.
The second paragraph, still untitled.
"""
    feed, lines = parse(page)
    assert feed.format == "bbc-degraded"
    assert [b.text for b in feed.summary] == ["Leaders meet in Washington", "Ceasefire talks continue - officials"]
    assert len(feed.posts) == 1 and feed.posts[0].title is None
    assert [b.text for b in feed.posts[0].body] == [
        "The first paragraph of a post.",
        "The second paragraph, still untitled.",
    ]
    assert unaccounted_lines(feed, lines) == ([], [])


def test_social_embed_consent_text_is_an_embed_block():
    page = """  1. Reaction pours inpublished at 10:00 BST 1 May 2025

    Skip twitter post by BBC News

    Allow Twitter content?

    End of twitter post by BBC News

    A paragraph.
"""
    feed, _ = parse(page)
    assert [b.kind for b in feed.posts[0].body] == ["embed", "embed", "embed", "paragraph"]


def test_one_quoted_entry_signed_by_its_writer_is_read_as_an_entry():
    """A forum quoting a single entry of a 2011 page: its time, then its writer's name and role, is enough
    to read the text as the BBC's (one unsigned clock line is not)."""
    from tui.core.parse.dump import read_feed

    text = (
        "Riots are now spreading like wildfire (no pun intended).\nQuote:\n"
        "0816: Robin Brant Political correspondent, Downing Street\n"
        "What this boils down to for the prime minister and the government is who is in charge? There is a "
        "perception when you look at the pictures that it isn't the police or the politicians who are in charge.\n|\n"
    )
    feed = read_feed(text.encode("utf-8"), "forum.txt")
    assert feed.source == "bbc"
    [post] = feed.posts
    assert (post.stamp.hour, post.stamp.minute) == (8, 16)
    assert post.byline is not None and post.byline.name == "Robin Brant"
    assert [block.text[:12] for block in post.body] == ["What this bo"]


def test_a_copys_dash_list_of_entries_with_keywords_run_into_their_text():
    """ "- 1522:TENNISFormer world No 1 …": the time opens the entry, the capitalised keyword is its title,
    and a writer's role and name before the keyword are its byline."""
    from tui.core.parse.dump import read_feed

    text = (
        "Sportsday - Breaking sports newsLIVE\nLive Reporting\n"
        "- 1522:TENNISFormer world No 1 Arantxa Sanchez Vicario is accusing her parents of losing 45m euros.\n"
        '- 1512:REDKNAPP ACQUITTALLord Sugar tells BBC Radio 5 live: "It wouldn\'t have gone to court."\n'
        "- 1450:BBC Sport's chief sport writer Tom FordyceBRADLEY DAVIES BANMore from Welsh RU CEO Roger Lewis.\n"
        "- 1447:The day's session finishes at 1600 GMT, so stay with our live text commentary until then.\n"
    )
    feed = read_feed(text.encode("utf-8"), "copy.txt")
    assert [(p.title, p.body[0].text[:12]) for p in feed.posts] == [
        ("TENNIS", "Former world"),
        ("REDKNAPP ACQUITTAL", "Lord Sugar t"),
        ("BRADLEY DAVIES BAN", "More from We"),
        (None, "The day's se"),
    ]
    assert feed.posts[2].byline is not None and feed.posts[2].byline.name == "Tom Fordyce"


def test_a_name_alone_under_a_title_is_the_byline_when_the_page_names_that_writer():
    """A name with no role under a title is a picture's name ("Chris Batty", the commuter the post is about) unless
    the page names that person among its writers or editors ("Edited by Alice Evans and …"): then it is the byline."""
    page = """Live Reporting

Edited by Alice Evans and Francesca Gillett

All times stated are UK

  1. How have schools been hit by teacher strikes?

    Alice Evans

    Last time we had national teacher strikes, the government released figures.

  2. Dorset commuter loses sympathy with rail strikers

    Chris Batty

    A commuter forced to take holiday after rail strikes said he has lost sympathy.
"""
    feed = parse_bbc(lines_of(page), "page.txt")
    assert [str(post.byline) if post.byline else None for post in feed.posts] == ["Alice Evans", None]
    assert [(b.kind, b.text) for b in feed.posts[1].body][0] == ("image", "Chris Batty")
    assert [b.text for b in feed.posts[0].body] == [
        "Last time we had national teacher strikes, the government released figures."
    ]


def test_how_to_send_a_message_under_a_get_involved_title_is_the_posts_first_line_not_its_event():
    """Under a stamped "Get Involved" title labelled "get involved", the line saying how to send a message ("#bbctennis
    or text 81111 (UK only)") is the post's text, though it is short and unstopped like an event's line."""
    page = """Summary

  • Novak Djokovic beats Roger Federer

  1. get involved

    Get Involvedpublished at 13:40 British Summer Time 14 July 2019

    #bbctennis or text 81111 (UK only)

    Philip West: If Federer is going to win this title, he’ll have serve like never before.

  2. Practice sessionpublished at 13:39 British Summer Time 14 July 2019

    Both players have eased off the joints and knocked out any kinks from their game in morning practice.
"""
    feed = parse_bbc(lines_of(page), "page.txt")
    post = feed.posts[0]
    assert [label.text for label in post.labels] == ["get involved"]
    assert [b.text[:20] for b in post.body] == ["#bbctennis or text 8", "Philip West: If Fede"]


def test_a_later_page_numbers_its_posts_from_where_it_starts_and_its_travel_alerts_read_whole():
    """A page cut above its first entries numbers its titled posts from 3, skipping 6; an alert's "Envelope update"
    icon on the number's line labels the alert titled under it, and the line giving the number to ring is its text,
    not a picture's name. A copy that lost the first number's indent still numbers the rest."""
    page = """Live Reporting

All times stated are UK

  3. Envelope update

    Severe disruption: M1 West Yorkshire southbound

    M1 West Yorkshire southbound severe disruption, after J39 for A636 Denby Dale Road Wakefield.

    To report traffic and travel incidents dial 0330 123 0184 at any time

  4. Leeds recycles almost 200,000 coffee cups in new project

    Leeds has recycled almost 200,000 coffee cups since October as part of a new waste project.

  7. Police concern over number of Yorkshire firearms offences

    The number of firearms offences recorded in Yorkshire has doubled since 2013.
"""
    feed = parse_bbc(lines_of(page), "page.txt")
    assert [post.title for post in feed.posts] == [
        "Severe disruption: M1 West Yorkshire southbound",
        "Leeds recycles almost 200,000 coffee cups in new project",
        "Police concern over number of Yorkshire firearms offences",
    ]
    assert [label.text for label in feed.posts[0].labels] == ["Envelope update"]
    assert [b.kind for b in feed.posts[0].body] == ["paragraph", "paragraph"]
    page = """1. Date set for delayed Leeds Clean Air Zonepublished at 11:55 British Summer Time 11 September 2019

    A date has been set for the introduction of the delayed Clean Air Zone in Leeds.

  2. Chapel Walk scaffolding deadline is extendedpublished at 11:27 British Summer Time 11 September 2019

    Plans to remove scaffolding put up in Sheffield city centre two years ago have been delayed.
"""
    feed = parse_bbc(lines_of(page), "page.txt")
    assert [post.title for post in feed.posts] == [
        "Date set for delayed Leeds Clean Air Zone",
        "Chapel Walk scaffolding deadline is extended",
    ]


def test_a_flattened_local_page_keeps_its_writers_line_and_reads_its_teasers_and_icons():
    """Flattened to a line per paragraph: the writers under "Live Reporting" (with or without "By") are the page's;
    an "Envelope update" icon opens the alert titled under it; "Read more" run onto a teaser's last sentence is the
    page's link, so the teaser is its title's text; a title alone over another (a video the copy lost) is a post,
    and a title over the copy's cut last line has that line as its text."""
    page = """Live Reporting
Andrew Barton and Oli Constable
All times stated are UK
Envelope update
Severe disruption: M1 South Yorkshire southbound
M1 South Yorkshire southbound severe disruption, at J34 for A631 Tinsley Viaduct.
Masked raider attacks 90-year-old woman
The balaclava-wearing man stole cash from the woman's house in Bradford before leaving, police say.Read more
Global landmarks made out of Lego
Braintree Town v FC Halifax Town
Live coverage of Saturday's National League game between Br
"""
    feed = parse_bbc(lines_of(page), "page.txt")
    assert [post.title for post in feed.posts] == [
        "Severe disruption: M1 South Yorkshire southbound",
        "Masked raider attacks 90-year-old woman",
        "Global landmarks made out of Lego",
        "Braintree Town v FC Halifax Town",
    ]
    assert feed.posts[1].body[0].text.endswith("police say.")
    assert "Andrew Barton and Oli Constable" in [part.text for part in feed.page_parts]


def test_someones_words_after_what_they_spoke_on_are_an_untimed_entry_on_the_older_sport_pages():
    """Among entries opening with their four-digit time, a paragraph of someone's words after who they are and what
    they spoke on ('Fernando Alonso on qualifying in third: "…"', 'Virgin's Timo Glock (grid position 22) on BBC One:
    "…"') is an untimed entry, and so is one under a picture's caption ("A celeb has been spotted"); a reader's
    message ('From HCP on 606: "…"') and words after a speech verb stay in the entry above."""
    page = """BBC Sport formula1

British Grand Prix qualifying at Silverstone as it happened

By David Ornstein

1455: Apologies, golf fans, but still no sign of play at the Scottish Open.

Fernando Alonso on qualifying in third: "I'm very, very happy."

Virgin's Timo Glock (grid position 22) on BBC One: "We gambled a bit with the set-up."

A celeb has been spotted
Red Bull Racing on Twitter: "Famous faces with us in the Energy Station over the day."

1450: Vettel takes pole.

From HCP on 606: "A poor performance by both teams."

Horner told reporters on the grid: "A good day."
"""
    feed = parse_bbc(lines_of(page), "page.txt")
    assert [[block.text[:20] for block in post.body] for post in feed.posts] == [
        ["Apologies, golf fans"],
        ["Fernando Alonso on q"],
        ["Virgin's Timo Glock "],
        ["A celeb has been spo", "Red Bull Racing on T"],
        ["Vettel takes pole.", 'From HCP on 606: "A ', "Horner told reporter"],
    ]


def test_a_readers_question_trailing_off_is_a_title_a_pictures_name_over_its_credit_is_a_picture():
    """On a numbered page a reader's question put as a title may be long when it trails off ("… you had not
    started…."); a short line over a "Copyright: …" line, a blank line between, is the picture's name."""
    page = """Live Reporting

  1. I asked which long cycling routes you look forward to and which do you wish you had not started….

    Colin: Weirdly same route for both! Fred Whitton in Cumbria, 112 miles over all the major passes.

  2. Post update

    As promised…

    Raymond Poulidor

    Copyright: @ITV4
"""
    feed = parse_bbc(lines_of(page), "page.txt")
    assert feed.posts[0].title.startswith("I asked which long cycling routes")
    assert [(block.kind, block.text, block.credit) for block in feed.posts[1].body] == [
        ("paragraph", "As promised…", None),
        ("image", "Raymond Poulidor", "@ITV4"),
    ]


def test_a_paragraph_a_copy_broke_where_a_link_was_lost_is_joined_again():
    """A paragraph stopping on a word no sentence ends on ("here's the"), one blank line, then a line opening in lower
    case ("report on Gilbert's victory."): one paragraph; a stopped paragraph is not joined to the next."""
    page = """Stage one as it happened

1700: Thanks for all your texts and tweets. In the meantime, here’s the

report on Gilbert’s victory.

1655: That’s got to be better than any prologue.

and the fun continues tomorrow with the team time trial.
"""
    feed = parse_bbc(lines_of(page), "page.txt")
    assert [[block.text for block in post.body] for post in feed.posts] == [
        ["Thanks for all your texts and tweets. In the meantime, here’s the report on Gilbert’s victory."],
        ["That’s got to be better than any prologue.", "and the fun continues tomorrow with the team time trial."],
    ]


def test_an_as_it_happened_page_written_oldest_first_reads_its_untimed_entries():
    """An "As it happened" page written oldest first: the welcome under the head, set apart by two blank lines, is
    an entry, and so is each paragraph two blank lines apart after the first timed entry ("1008: Lyse Doucet BBC
    News, Tahrir Square" over its text)."""
    page = """Egypt protests: As it happened

Key points

  • Egypt activists have staged mass protests against the country's military rulers
  • All times in GMT

Terms and conditions


    Hello and welcome to the BBC's minute-by-minute coverage of Egypt, where mass protests have been called.

    1008: Lyse Doucet BBC News, Tahrir Square

    The BBC's Lyse Doucet in Tahrir Square in Cairo says hour by hour the crowds are getting larger.


    The website of the state-owned Egyptian daily Al-Ahram is reporting that the council has accepted the resignation.


    Egypt's stock market has taken a beating for the third consecutive day, falling by almost 3.1%.
"""
    feed = parse_bbc(lines_of(page), "page.txt")
    assert [(post.stamp.text if post.stamp else None, post.body[0].text[:16]) for post in feed.posts] == [
        (None, "Hello and welcom"),
        ("1008:", "The BBC's Lyse D"),
        (None, "The website of t"),
        (None, "Egypt's stock ma"),
    ]


def test_a_short_line_the_page_was_cut_after_is_the_last_entry_s_text_when_no_entry_has_a_title() -> None:
    """The last numbered entry's one line, straight under its time with nothing after it ("4. 2010:" /
    "Cardinal Antonio Maria Rouco", then only blank lines), is its cut text on a page whose entries have no
    titles; under it a paragraph would make it a title."""
    page = """Live Text

Skip To Latest Live Text

  1. 2028:

    Australian Cardinal George Pell told The Australian newspaper he only found out just before the press conference.

  2. 2025:

    New Zealanders are waking up to the news that Pope Benedict has chosen to resign from the papacy.

  3. 2010:
    Cardinal Antonio Maria Rouco

"""
    page += "   \n"  # the copy's last line: spaces
    feed = parse_bbc(lines_of(page), "page.txt")
    assert [(post.title, post.body[0].text if post.body else None) for post in feed.posts][-1] == (
        None,
        "Cardinal Antonio Maria Rouco",
    )
    titled = parse_bbc(lines_of(page + "    He said the decision was brave and right.\n"), "page.txt")
    assert titled.posts[-1].title == "Cardinal Antonio Maria Rouco"


def test_the_newest_entry_added_without_its_time_under_the_writer_is_an_entry_with_its_icon() -> None:
    """On the older sport pages the head ends at the writer's line (a team's too: "By the BBC Sport team at
    Wimbledon"), so a paragraph between it and the first timed entry is the newest entry, added without its time
    (the day's sign-off); the icon's label over it is its label, as over a timed entry. The cricket pages' note on
    sending messages under the writer ("e-mail (with 'For Tom Fordyce' in the subject), text 81111 … (Not all
    comments can be used)") is furniture, not an entry."""
    page = """By the BBC Sport team at Wimbledon


It's good news for a Briton at Wimbledon
Let's end on a high note. Jamie Murray is through to the second round of the mixed doubles, 3-6 7-6 6-2.

Join us on Thursday for more from Commentary Box Four.

1936: We are going to be wrapping up the live soon but before we go fans of Roger Federer, rejoice.

1910: It is pretty chilly out on Centre and the droves seem to be largely pottering home.
"""
    feed, _ = parse(page)
    assert [post.stamp.text if post.stamp else None for post in feed.posts] == [None, "1936:", "1910:"]
    newest = feed.posts[0]
    assert [label.text for label in newest.labels] == ["It's good news for a Briton at Wimbledon"]
    assert [block.text[:20] for block in newest.body] == ["Let's end on a high ", "Join us on Thursday "]

    note = "e-mail (with 'For Tom Fordyce' in the subject), text 81111 (with \"CRICKET\" as first word) or use 606 (Not"
    cricket = f"""By Tom Fordyce

{note} all comments can be used)


1859: No more staggering today - play has been abandoned for the day. Thanks for all the splendid emails.

1839: Play isn't officially over for the day - they're waiting until 7pm.
"""
    feed, _ = parse(cricket)
    assert [post.stamp.text if post.stamp else None for post in feed.posts] == ["1859:", "1839:"]


def test_a_us_election_page_reads_eastern_times_and_untimed_entries_set_apart_after_the_timed_ones() -> None:
    """The 2012 'As it happened' pages for a US election print some times with the Eastern zone ("0638 EST:", alone
    on the line over the text): an entry, its stamp in that zone, and the page's bare times ("0639:") are in it too.
    Untimed entries follow timed ones, set apart by two blank lines where a timed entry's time stands one blank line
    over its text: each is an entry."""
    page = """As it happened: Election reaction

    0638 EST:

    The following is archive text of BBC News coverage of the US election.

    0639: The BBC's Tulip Mazumdar

    says: "In his message to President Obama, Pakistan President Asif Ali Zardari expressed hope."


    President Zardari added that he was confident the leadership of the two countries would deepen relations.


    This from BBC Monitoring: Obama's Kenyan grandmother has congratulated her grandson.

    0659 EST:

    John Cassidy of The New Yorker magazine writes that Obama's win was a triumph of moderation.
"""
    feed, _ = parse(page)
    assert [(post.stamp.text, post.stamp.zone) if post.stamp else None for post in feed.posts] == [
        ("0638 EST:", "EST"),
        ("0639:", "EST"),
        None,
        None,
        ("0659 EST:", "EST"),
    ]
    assert feed.posts[0].stamp is not None and feed.posts[0].stamp.utc_offset_minutes == -300
    assert [post.body[0].text[:12] for post in feed.posts][2:4] == ["President Za", "This from BB"]


def test_a_formula_one_page_opens_its_entries_with_the_lap_and_a_readers_text_is_one_of_them() -> None:
    """The 2009-2011 Formula 1 live text opens its untimed entries with the race's lap ("Lap 23: …"), as a match page
    with its minute: the lap labels the entry. On a copy that lost every blank line a reader's text on its own line is
    an entry too, and the sport pages' head over the live text ("LIVE TEXT COMMENTARY (all times BST)", the 606 box)
    is furniture."""
    page = """Live - Brazilian Grand Prix
LIVE TEXT COMMENTARY (all times BST)
No need to reload page, content below updates automatically. More info
606: DEBATE
Your thoughts on the action
By Caroline Cheese
Lap 23: Nico Rosberg and Sebastien Buemi stop from second and third - and Jenson Button gets past Kobayashi.
Lap 22: Nick Heidfeld has stopped. Not sure why.
From Debbie, Oswestry, via text on 81111: "Never seen Jenson drive like this, come on lad."
Lap 17: Rubens Barrichello has responded with a purple lap.
"""
    feed, _ = parse(page)
    assert [([label.text for label in post.labels], post.body[0].text[:12]) for post in feed.posts] == [
        (["Lap 23"], "Nico Rosberg"),
        (["Lap 22"], "Nick Heidfel"),
        ([], "From Debbie,"),
        (["Lap 17"], "Rubens Barri"),
    ]
    furniture = [part.text for part in feed.page_parts if part.kind == "chrome"]
    assert "LIVE TEXT COMMENTARY (all times BST)" in furniture and "606: DEBATE" in furniture


def test_a_local_live_pages_share_tools_under_each_post_are_furniture() -> None:
    """The 2017-2019 pages close each post with its share tools ("Article share tools" / "• Share this post" / "Read
    more about sharing BBC content externally", cut short at a page's end): furniture, neither text nor a post."""
    from tui.core.parse.outlets.bbc.lines import is_chrome

    assert is_chrome("  • Share this post") and is_chrome("Read more about sharing BBC conten")
    page = """Live Reporting

All times stated are UK

Severe disruption: M6 Staffordshire southbound

BBC News Travel

M6 Staffordshire southbound severe disruption, between J10A for M54 and J10 for A454.

To report traffic and travel incidents dial 0330 123 0184 at any time

Article share tools

  • Share this post
    Read more about sharing BBC content externally

Severe accident: M42 West Midlands southbound

BBC News Travel

M42 West Midlands southbound severe accident, between J6 for A45 Birmingham Airport and J5 for A41.

To report traffic and travel incidents dial 0330 123 0184 at any time

Article share tools

  • Share this post
    Read more about sharing BBC conten
"""
    feed, _ = parse(page)
    assert [(post.title, post.body[-1].text[:9]) for post in feed.posts] == [
        ("Severe disruption: M6 Staffordshire southbound", "To report"),
        ("Severe accident: M42 West Midlands southbound", "To report"),
    ]


def test_a_pictures_caption_numbered_as_an_item_of_its_own_is_the_picture_of_the_entry_above() -> None:
    """A copy of a 2012 "As it happened" page numbers each picture's caption as a list item between the entries that
    open with their time ("3. 1615:" / text / "4. Flooded street in Brooklyn" / "5. 1606:"): the caption is the entry
    above's picture, not an entry; an untimed entry of more than one line keeps its number."""
    page = """Live Text

  1. The BBC's Helena Merriman
    tweets: Now driving through snow in West Pennsylvania

  2. 1616:
    New York radio host John Hockenberry says the radio is the only source of news for many New Yorkers.

  3. 1615:
    Water Street in Brooklyn was completely underwater when Rondell Meeks took this picture on Tuesday morning.

  4. Flooded street in Brooklyn

  5. 1606:
    Sara Misenas told the BBC the fire department were closing roads.

  6. 1548:
    A jet bridge dangles over floodwaters at New York's LaGuardia Airport:

  7. An airport bo
"""
    feed, _ = parse(page)
    assert [post.stamp.text if post.stamp else None for post in feed.posts] == [
        None,
        "1616:",
        "1615:",
        "1606:",
        "1548:",
    ]
    assert [(block.kind, block.text) for block in feed.posts[2].body][-1] == ("image", "Flooded street in Brooklyn")
    assert feed.posts[-1].body[-1].text == "An airport bo"


def test_a_page_that_says_all_its_times_are_eastern_keeps_its_bare_times_in_that_zone() -> None:
    """A 2012 US storm page says "All times EDT" in its key points (run into the last point's text); its entries'
    bare times ("1616:") are Eastern, not the home zone's."""
    page = """Key points
  • A week before the US election, President Obama and Mitt Romney have suspended campaigning. All times EDT
Live Text

  1. 1616:
    New York radio host John Hockenberry says the radio is the only source of news for many New Yorkers.

  2. 1615:
    Water Street in Brooklyn was completely underwater on Tuesday morning.
"""
    feed, _ = parse(page)
    assert [(post.stamp.zone, post.stamp.utc_offset_minutes) for post in feed.posts if post.stamp] == [
        ("EDT", -240),
        ("EDT", -240),
    ]


def test_a_wiki_pasted_page_keeps_its_section_headings_out_and_its_inbox_message_as_an_entry() -> None:
    """Live text pasted onto a wiki page: its "[edit]" section headings, one opening with a year that reads like a
    time ("2009 Headingley …"), are furniture, not entries; a reader's "in the TMS inbox" message over the first
    timed entry is an untimed entry; a line in capitals one blank line under an entry and three over the next
    ends the entry above, as text, not a picture's name."""
    page = """2009 Headingley Test v Australia[edit]

1225 to End Of Innings (Sorry For Delay)[edit]

Ian, Fleet, in the TMS inbox: "Surely the best offering from the songbook is this one."

1427: Apologies if you've just spat out your lunch. Onions loops a simple catch to short leg.

ENGLAND 102 ALL OUT



1422: 102 all out WICKET Onions ct Katich b Siddle 0 A ball later and it's over.


1420: 102-9 WICKET Anderson ct Haddin b Siddle 2 After scything a drive through point.
"""
    feed, _ = parse(page)
    assert [post.stamp.text if post.stamp else None for post in feed.posts] == [None, "1427:", "1422:", "1420:"]
    assert feed.posts[0].body[0].text.startswith("Ian, Fleet, in the TMS inbox:")
    assert [(block.kind, block.text) for block in feed.posts[1].body][-1] == ("paragraph", "ENGLAND 102 ALL OUT")
    assert not any("[edit]" in block.text for post in feed.posts for block in post.body)


def test_a_cricket_page_opens_entries_with_a_time_and_a_dash_and_drops_its_box_labels() -> None:
    """The 2009 cricket pages write some entries' time with a dash before the score ("1843 - 479-5 That's …"); a
    break's box label ("Bad light stops play") over an entry is furniture; a pundit's boxed quote keeps its source
    line ("Ian Chappell on TMS") as text, not as a picture's name."""
    page = """By Ben Dirs


1858: Not officially stumps yet, many thanks for making it go a bit quicker.

Ian Chappell
"I think Australia would like to be at least 100 in front at the end of their innings."
Ian Chappell on TMS

Bad light stops play
1845: England skipper Strauss isn't happy about that.

1843 - 479-5 That's the ton up for Broad as North picks up an easy single.

1838 - 477-5 Bumper from Flintoff and Haddin, hurried, plays an ugly hook for two.
"""
    feed, _ = parse(page)
    assert [post.stamp.text if post.stamp else None for post in feed.posts] == ["1858:", "1845:", "1843:", "1838:"]
    assert [(block.kind, block.text) for block in feed.posts[0].body][-1] == ("paragraph", "Ian Chappell on TMS")
    assert [block.text for block in feed.posts[1].body] == ["England skipper Strauss isn't happy about that."]
    assert feed.posts[2].body[0].text.startswith("479-5 That's the ton up")
