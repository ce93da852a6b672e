// Filters for the long tables (actors, figures ledger): rows whose text
// holds what the reader typed, matched without diacritics, tatweel or
// hamza and ya/ta marbuta variants, as the search does.
(function () {
  function key(s) {
    return (s || "")
      .replace(/[\u0610-\u061a\u064b-\u065f\u0670\u0640\u200b-\u200f]/g, "")
      .replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه").replace(/ؤ/g, "و").replace(/ئ/g, "ي")
      .replace(/[٠-٩]/g, function (d) { return String(d.charCodeAt(0) - 0x0660); })
      .toLowerCase();
  }
  function apply(target) {
    var box = document.getElementById(target);
    if (!box) return;
    var text = document.querySelector('.bf-filter-input[data-target="' + target + '"]');
    var select = document.querySelector('.bf-filter-select[data-target="' + target + '"]');
    var q = key(text ? text.value.trim() : "");
    var kind = select ? select.value : "";
    var col = select ? parseInt(select.getAttribute("data-column"), 10) : -1;
    box.querySelectorAll("tbody tr").forEach(function (tr) {
      var ok = (!q || key(tr.textContent).indexOf(q) >= 0) &&
        (!kind || (tr.children[col] && tr.children[col].textContent.trim() === kind));
      tr.style.display = ok ? "" : "none";
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".bf-filter-input, .bf-filter-select").forEach(function (el) {
      var target = el.getAttribute("data-target");
      el.addEventListener("input", function () { apply(target); });
      el.addEventListener("change", function () { apply(target); });
    });
  });
})();

// Material's script takes every link[rel=alternate] of a page for a
// language version and fetches sitemap.xml beside it, at DOMContentLoaded:
// from a copy on disk a request the browser refuses (an error in the
// console on every page), on a server a file of every page's address,
// which nothing here reads (the site has one language). The feed links
// are hidden from it while it looks (this script runs after Material's
// and before that event) and given back once it has looked, for the
// browser and the feed readers that look later; the page's HTML keeps
// them as they are for readers that read it.
(function () {
  var feeds = Array.prototype.slice.call(document.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]'));
  if (!feeds.length || document.readyState !== "loading") return;
  feeds.forEach(function (l) { l.setAttribute("rel", "bf-feed"); });
  document.addEventListener("DOMContentLoaded", function () {
    feeds.forEach(function (l) { l.setAttribute("rel", "alternate"); });
  });
})();
