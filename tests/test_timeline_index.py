"""What the timeline's index shows on arrival (site/pages._latest): the
latest events up to a month after the newest briefing, newest first; a
forecast's 2050 or a misprinted year waits on its year's page."""

from __future__ import annotations

from briefings.site.pages import TIMELINE_ROWS, _latest


def _events(*dates: str) -> list[dict]:
    return [{"date": d, "id": f"b{i}", "sentence": 0} for i, d in enumerate(sorted(dates))]


def test_the_index_leads_with_the_latest_events_not_the_far_future():
    events = _events("1999", "2015", "2015-07-20", "2015-07-26", "2015-08-02", "2015-09-01", "2050", "4102")
    assert [ev["date"] for ev in _latest(events, "2015-07-26")] == ["2015-08-02", "2015-07-26", "2015-07-20",
                                                                  "2015", "1999"]
    # December's month after is January of the next year
    assert [ev["date"] for ev in _latest(_events("2015-12-30", "2016-01-20", "2016-02-01"), "2015-12-28")] == [
        "2016-01-20", "2015-12-30"]
    # with no dated briefing, the last events
    assert [ev["date"] for ev in _latest(_events("2015", "2050"), "")] == ["2050", "2015"]


def test_the_index_holds_at_most_a_page_of_rows():
    events = _events(*[f"2015-07-{d:02d}" for d in range(1, 29)] * (TIMELINE_ROWS // 10))
    latest = _latest(events, "2015-07-28")
    assert len(latest) == TIMELINE_ROWS and latest[0]["date"] == "2015-07-28"


def test_a_newest_briefing_dated_by_month_or_year_alone_still_bounds_the_index():
    """A briefing's date may be a month or a year (readers keep 2015-07 and
    2015): the index then runs to a month after that month's or year's end,
    not to the 2050 of a forecast."""
    events = _events("2015-07-20", "2015-08-30", "2015-09-01", "2016-01-31", "2016-02-01", "2050")
    assert [ev["date"] for ev in _latest(events, "2015-07")] == ["2015-08-30", "2015-07-20"]
    assert [ev["date"] for ev in _latest(events, "2015")] == ["2016-01-31", "2015-09-01", "2015-08-30",
                                                             "2015-07-20"]
