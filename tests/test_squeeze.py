"""Pages lose the theme's indentation, never white space that means something."""

from __future__ import annotations

from briefings.site.squeeze import squeeze


def test_indentation_goes_and_preformatted_text_stays():
    page = ("<div>\n    <p>نص   عربي</p>\n\n   <pre>  a\n    b</pre>\n  <script>if (a)\n    b();</script>\n"
            "  <TEXTAREA>\n  x</TEXTAREA>\n</div>")
    assert squeeze(page) == ("<div>\n<p>نص   عربي</p>\n<pre>  a\n    b</pre>\n<script>if (a)\n    b();</script>\n"
                             "<TEXTAREA>\n  x</TEXTAREA>\n</div>")


def test_a_page_without_indentation_is_unchanged():
    page = "<p>a <b>b</b></p>\n<p>c</p>"
    assert squeeze(page) == page
