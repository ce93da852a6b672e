// Arabic-aware search over the briefings, with no server and no outside
// host: works from `mkdocs serve`, any static server, and a copy on disk.
// The index (written by briefings/search_index.py) is split into small
// scripts that register themselves through __bfSearch; a query loads only
// the shards of its words.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = script ? script.src.replace(/assets\/javascripts\/search\.js(\?.*)?$/, "") : "./";
  var store = { t: {}, d: {}, m: {}, r: {}, f: {} };
  var waiting = {};

  window.__bfSearch = function (kind, name, data) {
    store[kind][name] = data;
    var k = kind + ":" + name;
    (waiting[k] || []).forEach(function (fn) { fn(); });
    delete waiting[k];
  };

  function load(kind, name, path) {
    return new Promise(function (resolve) {
      if (store[kind][name] !== undefined) return resolve(store[kind][name]);
      var k = kind + ":" + name;
      var first = !waiting[k];
      (waiting[k] = waiting[k] || []).push(function () { resolve(store[kind][name]); });
      if (!first) return;
      var s = document.createElement("script");
      s.src = root + "assets/search/" + path;
      s.async = true;
      s.onerror = function () { store[kind][name] = null; window.__bfSearch(kind, name, null); };
      document.head.appendChild(s);
    });
  }

  // A word's search key, made from the tables Python writes beside the
  // index (briefings/lang/ar/match.py): rules.js normalizes, f/*.js holds
  // every vocabulary word's key, and a word outside it is tried without
  // each clitic run rules.js lists, in its order. No rule of Arabic is
  // written here.
  var rules = null, dropRe = null, mapRe = null;
  function loadRules() {
    return load("r", "rules", "rules.js").then(function (r) {
      if (r && !rules) {
        rules = r;
        var cls = r.drop.map(function (d) { return "\\u{" + d[0].toString(16) + "}-\\u{" + d[1].toString(16) + "}"; }).join("");
        dropRe = new RegExp("[" + cls + "]", "gu");
        mapRe = new RegExp("[" + Object.keys(r.map).join("") + "]", "gu");
      }
      return rules;
    });
  }
  function key(w) {
    return w.replace(dropRe, "").replace(mapRe, function (c) { return rules.map[c]; }).toLowerCase();
  }
  function formShard(k) {
    var h = 0x811c9dc5;
    for (var i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193) >>> 0;
    return h % rules.shards;
  }
  // the key of a vocabulary word (undefined for any other)
  function form(k) {
    var n = String(formShard(k));
    return load("f", n, "f/" + n + ".js").then(function (table) {
      if (!table || !Object.prototype.hasOwnProperty.call(table, k)) return undefined;
      var v = table[k];
      return typeof v === "number" ? k.slice(v) : v;
    });
  }
  function length(s) { return Array.from(s).length; }
  function base(k) {
    return form(k).then(function (b) {
      if (b !== undefined) return b;
      var ps = rules.prefixes.filter(function (p) { return k.indexOf(p[0]) === 0; });
      // first a run of clitics before a vocabulary word, then one ending in the article
      function known(i) {
        if (i === ps.length) return sure(0);
        var rest = k.slice(ps[i][0].length);
        if (length(rest) < rules.minWord) return known(i + 1);
        return form(rest).then(function (b2) { return b2 !== undefined ? b2 : known(i + 1); });
      }
      function sure(i) {
        if (i === ps.length) return k;
        var rest = k.slice(ps[i][0].length);
        return ps[i][1] && length(rest) >= rules.minBare ? base(rest) : sure(i + 1);
      }
      return known(0);
    });
  }
  function shardOf(t) {
    return Array.from(t.slice(0, 2)).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;

  function queryTerms(q) {
    return loadRules().then(function (r) {
      if (!r) return null;
      return Promise.all((key(q).match(WORD) || []).map(base)).then(function (bs) {
        var out = [];
        bs.forEach(function (b) { if (length(b) >= 2 && out.indexOf(b) < 0) out.push(b); });
        return out;
      });
    });
  }
  window.briefingsSearchKey = function (word) {
    return loadRules().then(function () { return base(key(word)); });
  };

  // Postings of a term; the last word of a query also matches as a prefix,
  // so results come while the reader is still typing.
  function postings(term, prefix) {
    var table = store.t[shardOf(term)];
    if (!table) return null;
    if (!prefix) return table[term] ? [table[term]] : [];
    var lists = [];
    Object.keys(table).forEach(function (t) { if (t.indexOf(term) === 0) lists.push(table[t]); });
    return lists;
  }

  function search(q) {
    return queryTerms(q).then(function (ts) {
      if (ts === null) return { terms: [], hits: [], error: true };
      if (!ts.length) return { terms: [], hits: [] };
      return find(ts);
    });
  }

  function find(ts) {
    var needed = ts;
    return load("m", "meta", "meta.js").then(function (meta) {
      if (!meta) return { terms: ts, hits: [], error: true };
      return Promise.all(needed.map(function (t) {
        var s = shardOf(t);
        return meta.shards.indexOf(s) >= 0 ? load("t", s, "t/" + s + ".js") : Promise.resolve(null);
      })).then(function () {
        var scores = {}, counts = {}, where = {};
        needed.forEach(function (t, i) {
          var lists = postings(t, i === needed.length - 1) || [];
          var seen = {};
          lists.forEach(function (flat) {
            for (var j = 0; j < flat.length; j += 3) {
              var doc = flat[j], w = flat[j + 1], sent = flat[j + 2];
              scores[doc] = (scores[doc] || 0) + w;
              if (!seen[doc]) { counts[doc] = (counts[doc] || 0) + 1; seen[doc] = true; }
              if (where[doc] === undefined || (where[doc] < 0 && sent >= 0)) where[doc] = sent;
            }
          });
        });
        var docs = Object.keys(scores).map(Number);
        // every word found first, then by score
        docs.sort(function (a, b) { return (counts[b] - counts[a]) || (scores[b] - scores[a]) || (a - b); });
        var hits = docs.slice(0, 20).map(function (d) { return { doc: d, score: scores[d], sentence: where[d], all: counts[d] === needed.length }; });
        var chunks = {};
        hits.forEach(function (h) { chunks[Math.floor(h.doc / meta.chunk)] = true; });
        return Promise.all(Object.keys(chunks).map(function (c) { return load("d", c, "d/" + c + ".js"); })).then(function () {
          hits.forEach(function (h) {
            var chunk = store.d[Math.floor(h.doc / meta.chunk)];
            var row = chunk && chunk[h.doc % meta.chunk];
            if (row) { h.id = row[0]; h.title = row[1]; h.date = row[2]; h.outlet = row[3]; h.summary = row[4]; h.long = row[5] === 1; }
          });
          return { terms: ts, hits: hits.filter(function (h) { return h.id; }) };
        });
      });
    });
  }
  window.briefingsSearch = search;

  // The sentence a result matched, in the article's own words; from a copy
  // on disk (no fetch there) the summary stands in.
  function snippet(h, el) {
    el.textContent = h.summary || "";
    if (h.sentence < 0 || location.protocol === "file:" || !window.fetch) return;
    // the page that holds the text has each sentence as #s-N
    var page = root + "briefings/" + h.id + (h.long ? "-text" : "") + ".html";
    fetch(page).then(function (r) { return r.ok ? r.text() : null; }).then(function (html) {
      if (!html) return;
      var s = new DOMParser().parseFromString(html, "text/html").getElementById("s-" + h.sentence);
      if (s) el.textContent = s.textContent;
    }).catch(function () {});
  }

  function ui() {
    var header = document.querySelector(".md-header__inner");
    if (!header) return;
    var box = document.createElement("div");
    box.className = "bf-search";
    box.innerHTML = '<input type="search" class="bf-search__input" placeholder="ابحث في الموجزات" aria-label="بحث" autocomplete="off">' +
      '<div class="bf-search__panel" hidden><p class="bf-search__meta"></p><ol class="bf-search__results"></ol></div>';
    header.appendChild(box);
    var input = box.querySelector("input"), panel = box.querySelector(".bf-search__panel");
    var meta = box.querySelector(".bf-search__meta"), list = box.querySelector(".bf-search__results");
    var timer = null, last = "";
    function run() {
      var q = input.value.trim();
      if (q === last) return;
      last = q;
      if (!q) { panel.hidden = true; return; }
      search(q).then(function (res) {
        if (input.value.trim() !== q) return;
        list.innerHTML = "";
        panel.hidden = false;
        meta.textContent = res.error ? "تعذّر تحميل فهرس البحث" : res.hits.length ? res.hits.length + " نتيجة" : "لا نتائج";
        res.hits.forEach(function (h) {
          var li = document.createElement("li");
          li.className = "bf-search__item";
          var a = document.createElement("a");
          // a long article's sentences are on its full-text page
          var page = h.long && h.sentence >= 0 ? h.id + "-text.html" : h.id + ".html";
          a.href = root + "briefings/" + page + (h.sentence >= 0 ? "#s-" + h.sentence : "");
          a.textContent = h.title;
          var info = document.createElement("span");
          info.className = "bf-search__info";
          info.textContent = [h.date, h.outlet].filter(Boolean).join(" · ");
          var snip = document.createElement("p");
          snip.className = "bf-search__snippet";
          snippet(h, snip);
          li.appendChild(a); li.appendChild(info); li.appendChild(snip);
          list.appendChild(li);
        });
      });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { run(); var first = list.querySelector("a"); if (first && !panel.hidden) first.click(); }
      if (e.key === "Escape") { panel.hidden = true; input.blur(); }
    });
    document.addEventListener("click", function (e) { if (!box.contains(e.target)) panel.hidden = true; });
    var params = new URLSearchParams(location.search);
    if (params.get("q")) { input.value = params.get("q"); run(); }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ui); else ui();
})();
