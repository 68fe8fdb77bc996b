"""Reading OPML files: feeds kept, unusable addresses refused with their line."""

from newsdesk.monitor.opml import read_opml

OPML = b"""<?xml version="1.0"?>
<opml version="2.0"><head><title>Outlets</title></head><body>
<outline text="Saltreach Courier" xmlUrl="https://courier.example/feed.xml"/>
<outline text="No host" xmlUrl="http:///feed.xml"/>
<outline text="Local file" xmlUrl="file:///etc/passwd"/>
<outline text="Gopher" xmlUrl="gopher://old.example/1"/>
<outline text="Bad port" xmlUrl="http://courier.example:99999/feed"/>
<outline text="Folder"><outline text="Sahel" xmlUrl="http://sahel.example/rss"/>
</outline></body></opml>
"""


def test_web_feeds_are_read():
    document = read_opml(OPML)
    assert [(f.url, f.outlet_name) for f in document.feeds] == [
        ("https://courier.example/feed.xml", "Saltreach Courier"),
        ("http://sahel.example/rss", "Sahel"),
    ]


def test_addresses_without_a_host_or_a_web_scheme_are_refused_with_their_line():
    problems = read_opml(OPML).problems
    assert len(problems) == 4
    assert problems[0].startswith("line 4: skipped, the address names no host")
    assert problems[1].startswith("line 5: skipped, not a web address")
    assert "'file:///etc/passwd'" in problems[1]
    assert problems[2].startswith("line 6: skipped, not a web address")
    assert problems[3].startswith("line 7: skipped, not a valid address")
