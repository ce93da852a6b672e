// Arabic-aware search over the briefings, with no server and no outside
// host: works from `mkdocs serve`, any static server, and a copy on disk.
// The index (written by briefings/site/search_index.py) is split into
// small scripts that register themselves through __bfSearch; a query loads
// only the shards of its words.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = script ? script.src.replace(/assets\/javascripts\/search\.js(\?.*)?$/, "") : "./";
  var store = { t: {}, c: {}, d: {}, m: {}, r: {}, f: {}, x: {} };
  var waiting = {};
  var PANEL_SIZE = 10, PAGE_SIZE = 50, API_SIZE = 20;
  var KINDS = [["person", 1, "شخص"], ["organization", 2, "منظمة"], ["place", 4, "مكان"]];

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
      (waiting[k] = waiting[k] || []).push(function (failed) { resolve(failed ? null : store[kind][name]); });
      if (!first) return;
      var s = document.createElement("script");
      s.src = root + "assets/search/" + path;
      s.async = true;
      // a part that failed to load is not kept as missing: the queries
      // waiting for it read it as absent, and the next one asks again (a
      // dropped connection, or `mkdocs serve` rebuilding the folder)
      s.onerror = function () {
        s.remove();
        var fns = waiting[k] || [];
        delete waiting[k];
        fns.forEach(function (fn) { fn(true); });
      };
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
  // The tables base() and readings() may read for a word, loaded at once
  // rather than one after another: the word, and it without one or two
  // clitic runs.
  function prefetch(k) {
    var keys = [k];
    function cut(w) {
      var out = [];
      rules.prefixes.forEach(function (p) { if (w.indexOf(p[0]) === 0 && w.length > p[0].length) out.push(w.slice(p[0].length)); });
      return out;
    }
    cut(k).forEach(function (r) { keys.push(r); keys.push.apply(keys, cut(r)); });
    var shards = {};
    keys.forEach(function (x) { shards[formShard(x)] = true; });
    return Promise.all(Object.keys(shards).map(function (n) { return load("f", n, "f/" + n + ".js"); }));
  }
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
  // A key outside the vocabulary may still carry a clitic the corpus
  // could not tell: its readings without each clitic run that leaves
  // rules.minBare letters (match.readings).
  function readings(t) {
    return form(t).then(function (f) {
      if (f !== undefined) return [];
      var rs = rules.prefixes.filter(function (p) { return t.indexOf(p[0]) === 0 && length(t) - length(p[0]) >= rules.minBare; });
      return Promise.all(rs.map(function (p) { return base(t.slice(p[0].length)); })).then(function (bs) {
        var out = [];
        bs.forEach(function (b) { if (b !== t && out.indexOf(b) < 0) out.push(b); });
        return out;
      });
    });
  }
  window.briefingsSearchReadings = function (word) {
    return loadRules().then(function () { return base(key(word)).then(readings); });
  };

  function hex(p) {
    return Array.from(p).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }
  // The shard of a term: its first two letters, one more for each of its
  // beginnings the index split (meta.split), as search_index.shard_of.
  var split = null;
  function prefixOf(t) {
    var cs = Array.from(t), k = 2;
    while (k < cs.length && split[cs.slice(0, k).join("")]) k++;
    return cs.slice(0, k).join("");
  }
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;

  // The words of a query: each its search key; the last one, while the
  // reader is still typing it (no space after it), also as the beginnings
  // of longer words.
  function queryWords(q) {
    return loadRules().then(function (r) {
      if (!r) return null;
      var open = !/\s$/.test(q);
      var ks = key(q).match(WORD) || [];
      var last = ks.length - 1;
      // a word being typed that is no word yet may have been cut where it
      // has no clitic (بغد → غد): its beginning is matched as typed too
      var typed = open && last >= 0 ? form(ks[last]) : Promise.resolve(true);
      // hamza on a waw or a ya is one word's two spellings in this press
      // (مسؤول and مسئول, شؤون and شئون: about one in twenty is written
      // with ئ), but two keys: a word typed with either seat also reads as
      // typed with the other (the swap keeps the words where they are)
      var seat = (key(q.replace(/[ؤئ]/g, function (c) { return c === "ؤ" ? "ئ" : "ؤ"; })).match(WORD) || []);
      var other = ks.map(function (k, i) { return seat.length === ks.length && seat[i] !== k ? seat[i] : null; });
      var bases = Promise.all(ks.concat(other.filter(Boolean)).map(prefetch)).then(function () { return Promise.all(ks.map(base)); });
      var seats = bases.then(function () { return Promise.all(other.map(function (o) { return o ? base(o) : null; })); });
      var alts = Promise.all([bases, seats]).then(function (r) {
        return Promise.all(r[0].concat(r[1].filter(Boolean)).map(readings));
      });
      return Promise.all([bases, typed, alts, seats]).then(function (r) {
        var bs = r[0], known = r[1] !== undefined, out = [], seen = {}, n = bs.length;
        var sb = r[3], j = n;
        bs.forEach(function (b, i) {
          var alt = r[2][i].slice();
          var s = sb[i] && sb[i] !== b ? sb[i] : null;
          if (sb[i]) {
            var more = r[2][j++];
            if (s) [s].concat(more).forEach(function (x) { if (x !== b && alt.indexOf(x) < 0) alt.push(x); });
          }
          if (length(b) < 2 || seen[b]) return;
          seen[b] = true;
          var w = { term: b, prefixes: [], alts: alt };
          if (open && i === last) {
            [b].concat(known ? [] : [ks[i]], s ? [s] : []).forEach(function (p) { if (length(p) >= 2 && w.prefixes.indexOf(p) < 0) w.prefixes.push(p); });
          }
          out.push(w);
        });
        return out;
      });
    });
  }
  window.briefingsSearchKey = function (word) {
    return loadRules().then(function () { return base(key(word)); });
  };

  // Every document that matches the query's words, best first: those with
  // the most of the words, then the most found whole, then by weight (a key
  // actor's name weighs most; a word matched only by its beginning counts
  // half). A beginning the
  // index split offers its commonest terms (c/*.js) rather than all.
  function find(words) {
    return load("m", "meta", "meta.js").then(function (meta) {
      if (!meta) return null;
      if (!split) { split = {}; meta.split.forEach(function (p) { split[p] = true; }); }
      var need = [];
      function want(kind, p) { var n = hex(p); if (need.indexOf(kind + n) < 0) need.push(kind + n); }
      words.forEach(function (w) {
        want("t", prefixOf(w.term));
        w.alts.forEach(function (a) { want("t", prefixOf(a)); });
        w.prefixes.forEach(function (p) { var s = prefixOf(p); want("t", s); if (split[s]) want("c", s); });
      });
      return Promise.all(need.map(function (k) {
        var kind = k[0], n = k.slice(1);
        return load(kind, n, kind + "/" + n + ".js");
      })).then(function () {
        var scores = {}, counts = {}, exact = {}, where = {}, kinds = {};
        words.forEach(function (w) {
          var matched = [];  // [table, term, weight factor]
          var seenTerm = {};
          var sh = store.t[hex(prefixOf(w.term))];
          if (sh && sh.p[w.term]) { matched.push([sh, w.term, 1]); seenTerm[w.term] = true; }
          w.alts.forEach(function (a) {
            var s = store.t[hex(prefixOf(a))];
            if (s && s.p[a] && !seenTerm[a]) { matched.push([s, a, 0.9]); seenTerm[a] = true; }
          });
          w.prefixes.forEach(function (p) {
            var s = prefixOf(p);
            [store.t[hex(s)], split[s] ? store.c[hex(s)] : null].forEach(function (table) {
              if (!table) return;
              Object.keys(table.p).forEach(function (t) {
                if (t.indexOf(p) === 0 && !seenTerm[t]) { seenTerm[t] = true; matched.push([table, t, 0.5]); }
              });
            });
          });
          var seen = {}, whole = {};
          matched.forEach(function (m) {
            // a document is written as the step from the term's previous one
            var table = m[0], t = m[1], f = m[2], flat = table.p[t], doc = 0;
            for (var j = 0; j < flat.length; j += 3) {
              doc += flat[j];
              var sent = flat[j + 2];
              scores[doc] = (scores[doc] || 0) + flat[j + 1] * f;
              if (!seen[doc]) { counts[doc] = (counts[doc] || 0) + 1; seen[doc] = true; }
              if (f > 0.5 && !whole[doc]) { exact[doc] = (exact[doc] || 0) + 1; whole[doc] = true; }
              if (where[doc] === undefined || (where[doc] < 0 && sent >= 0)) where[doc] = sent;
            }
            var marks = table.k[t] || [], marked = 0;
            for (var k = 0; k < marks.length; k += 2) { marked += marks[k]; kinds[marked] = (kinds[marked] || 0) | marks[k + 1]; }
          });
        });
        var docs = Object.keys(scores).map(Number);
        var most = 0;
        docs.forEach(function (d) { if (counts[d] > most) most = counts[d]; });
        // the documents with the most of the words are the results
        docs = docs.filter(function (d) { return counts[d] === most; });
        // a word found whole ranks above one whose beginning was typed
        docs.sort(function (a, b) { return ((exact[b] || 0) - (exact[a] || 0)) || (scores[b] - scores[a]) || (a - b); });
        return {
          meta: meta,
          docs: docs.map(function (d) { return { doc: d, score: scores[d], sentence: where[d], kinds: kinds[d] || 0, all: most === words.length }; }),
        };
      });
    });
  }

  // Keeps the results an outlet, a month or a kind of actor allows; the
  // outlets and months of every document load only when one is chosen.
  function filter(found, opts) {
    var kind = KINDS.filter(function (k) { return k[0] === opts.kind; })[0];
    var byKind = function (h) { return !kind || (h.kinds & kind[1]) !== 0; };
    if (!opts.outlet && !opts.month) return Promise.resolve(found.docs.filter(byKind));
    return load("x", "facets", "facets.js").then(function (fx) {
      if (!fx) return [];
      var o = found.meta.outlets.indexOf(opts.outlet), m = found.meta.months.indexOf(opts.month);
      return found.docs.filter(function (h) {
        // a copy group's briefing has each of its outlets (a list)
        var of = fx.o[h.doc], byOutlet = Array.isArray(of) ? of.indexOf(o) >= 0 : of === o;
        return byKind(h) && (!opts.outlet || byOutlet) && (!opts.month || fx.m[h.doc] === m);
      });
    });
  }

  // Of a partitioned site (one index at the top level for every
  // partition): the folder of the partition that holds a document.
  function partOf(meta, doc) {
    var part = "";
    (meta.parts || []).forEach(function (p) { if (p[0] <= doc) part = p[1]; });
    return part;
  }

  function details(meta, hits) {
    var chunks = {};
    hits.forEach(function (h) { chunks[Math.floor(h.doc / meta.chunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) { return load("d", c, "d/" + c + ".js"); })).then(function () {
      hits.forEach(function (h) {
        var chunk = store.d[Math.floor(h.doc / meta.chunk)];
        var row = chunk && chunk[h.doc % meta.chunk];
        if (row) { h.part = partOf(meta, h.doc); h.id = row[0]; h.title = row[1]; h.date = row[2]; h.outlet = row[3]; h.summary = row[4]; h.long = row[5] === 1; h.also = row[6] || []; }
      });
      return hits.filter(function (h) { return h.id; });
    });
  }

  // A query's results: `total` of them, the first `limit` with their
  // details. opts: {outlet, month, kind, limit, offset}.
  function search(q, opts) {
    opts = opts || {};
    var limit = opts.limit || API_SIZE, offset = opts.offset || 0;
    load("m", "meta", "meta.js");  // wanted next: loaded while the words are read
    return queryWords(q).then(function (words) {
      if (words === null) return { terms: [], words: [], hits: [], total: 0, error: true };
      var terms = words.map(function (w) { return w.term; });
      if (!words.length) return { terms: terms, words: words, hits: [], total: 0 };
      return find(words).then(function (found) {
        if (!found) return { terms: terms, words: words, hits: [], total: 0, error: true };
        return filter(found, opts).then(function (docs) {
          return details(found.meta, docs.slice(offset, offset + limit)).then(function (hits) {
            return { terms: terms, words: words, hits: hits, total: docs.length, meta: found.meta };
          });
        });
      });
    });
  }
  window.briefingsSearch = search;

  // Whether a word of the text is one the query matched: its key, or its
  // key without a clitic run rules.js lists, is a query term (or begins
  // with the word being typed).
  function matcher(words) {
    return function (w) {
      var k = key(w);
      var forms = [k];
      rules.prefixes.forEach(function (p) { if (k.indexOf(p[0]) === 0 && length(k) - length(p[0]) >= 2) forms.push(k.slice(p[0].length)); });
      return words.some(function (q) {
        return forms.some(function (f) {
          return f === q.term || q.alts.indexOf(f) >= 0 || q.prefixes.some(function (p) { return f.indexOf(p) === 0; });
        });
      });
    };
  }

  // Text with the matched words in <mark>; the text is never markup.
  function highlight(el, text, words) {
    el.textContent = "";
    if (!rules || !words.length) { el.textContent = text; return; }
    var hit = matcher(words), at = 0, m;
    var re = new RegExp(WORD.source, "gu");
    while ((m = re.exec(text)) !== null) {
      if (!hit(m[0])) continue;
      if (m.index > at) el.appendChild(document.createTextNode(text.slice(at, m.index)));
      var mark = document.createElement("mark");
      mark.className = "bf-search__hit";
      mark.textContent = m[0];
      el.appendChild(mark);
      at = m.index + m[0].length;
    }
    if (at < text.length) el.appendChild(document.createTextNode(text.slice(at)));
  }

  // The sentence a result matched, in the article's own words; from a copy
  // on disk (no fetch there) the summary stands in.
  function snippet(h, el, words) {
    highlight(el, h.summary || "", words);
    if (h.sentence < 0 || location.protocol === "file:" || !window.fetch) return;
    // the page that holds the text has each sentence as #s-N
    var page = root + (h.part || "") + "briefings/" + h.id + (h.long ? "-text" : "") + ".html";
    fetch(page).then(function (r) { return r.ok ? r.text() : null; }).then(function (html) {
      if (!html) return;
      var s = new DOMParser().parseFromString(html, "text/html").getElementById("s-" + h.sentence);
      if (s) highlight(el, s.textContent, words);
    }).catch(function () {});
  }

  function monthName(m) {
    var p = m.split("-");
    try {
      return new Date(Date.UTC(+p[0], +p[1] - 1, 1)).toLocaleDateString("ar-u-nu-latn", { month: "long", year: "numeric", timeZone: "UTC" });
    } catch (e) { return m; }
  }
  function count(n) {
    return n === 0 ? "لا نتائج" : n === 1 ? "نتيجة واحدة" : n === 2 ? "نتيجتان" : n + (n % 100 >= 3 && n % 100 <= 10 ? " نتائج" : " نتيجة");
  }
  // A query whose last word was still being typed (no space after it)
  // matched that word's beginning too: its link says so (`prefix=1`), so
  // that the results page a reader opens from the header counts and lists
  // what the header counted, not only the whole words (النفط: 14 there,
  // 13 as whole words). A linked query without it is whole words.
  function isOpen(q) { return !/\s$/.test(q); }
  function resultsUrl(q, opts, open) {
    var p = new URLSearchParams();
    p.set("q", q.trim());
    ["outlet", "month", "kind"].forEach(function (k) { if (opts[k]) p.set(k, opts[k]); });
    if (open && q.trim()) p.set("prefix", "1");
    return root + "search.html?" + p.toString();
  }

  // The filters: an outlet, a month, a kind of actor the words name.
  function filters(el, meta, opts, changed) {
    if (el.dataset.ready !== "1" && meta) {
      el.dataset.ready = "1";
      el.textContent = "";
      var make = function (name, label, all, options) {
        var sel = document.createElement("select");
        sel.className = "bf-search__filter";
        sel.name = name;
        sel.setAttribute("aria-label", label);
        [["", all]].concat(options).forEach(function (o) {
          var opt = document.createElement("option");
          opt.value = o[0]; opt.textContent = o[1];
          sel.appendChild(opt);
        });
        sel.value = opts[name] || "";
        sel.addEventListener("change", function () { opts[name] = sel.value; changed(); });
        el.appendChild(sel);
      };
      make("outlet", "المصدر", "كل المصادر", meta.outlets.map(function (o) { return [o, o]; }));
      make("month", "الشهر", "كل الأشهر", meta.months.map(function (m) { return [m, monthName(m)]; }));
      make("kind", "نوع الفاعل", "كل الفاعلين", KINDS.map(function (k) { return [k[0], k[2]]; }));
    }
  }

  function item(h, words) {
    var li = document.createElement("li");
    li.className = "bf-search__item";
    li.setAttribute("role", "option");
    var a = document.createElement("a");
    // a long article's sentences are on its full-text page
    var page = h.long && h.sentence >= 0 ? h.id + "-text.html" : h.id + ".html";
    a.href = root + (h.part || "") + "briefings/" + page + (h.sentence >= 0 ? "#s-" + h.sentence : "");
    highlight(a, h.title, words);
    var info = document.createElement("span");
    info.className = "bf-search__info";
    info.textContent = [h.date, h.outlet].filter(Boolean).join(" · ") +
      (h.also && h.also.length ? " · نُشر أيضاً في " + h.also.join("، ") : "");
    var snip = document.createElement("p");
    snip.className = "bf-search__snippet";
    snippet(h, snip, words);
    li.appendChild(a); li.appendChild(info); li.appendChild(snip);
    return li;
  }

  // One view of results (the header's panel or the results page): a count,
  // the filters, the list, and keys to move through it.
  function View(el, size, full) {
    el.innerHTML = '<p class="bf-search__meta" aria-live="polite"></p><div class="bf-search__filters"></div>' +
      '<ol class="bf-search__results" role="listbox"></ol>' + (full ? '<button type="button" class="bf-search__more md-button" hidden>المزيد</button>' : '');
    this.el = el; this.size = size; this.full = full;
    this.meta = el.querySelector(".bf-search__meta");
    this.filters = el.querySelector(".bf-search__filters");
    this.list = el.querySelector(".bf-search__results");
    this.more = el.querySelector(".bf-search__more");
    this.opts = {}; this.q = ""; this.active = -1; this.shown = 0;
    var self = this;
    if (this.more) this.more.addEventListener("click", function () { self.show(self.shown); });
  }
  View.prototype.run = function (q) {
    this.q = q;
    this.show(0);
  };
  View.prototype.show = function (offset) {
    var self = this, q = this.q, opts = this.opts;
    var asked = { outlet: opts.outlet, month: opts.month, kind: opts.kind, limit: this.size, offset: offset };
    return search(q, asked).then(function (res) {
      if (self.q !== q) return;  // a newer query has been typed
      if (offset === 0) { self.list.textContent = ""; self.active = -1; }
      filters(self.filters, res.meta, opts, function () { self.changed(); });
      self.meta.textContent = "";
      self.meta.appendChild(document.createTextNode(res.error ? "تعذّر تحميل فهرس البحث" : count(res.total)));
      if (!self.full && res.total > res.hits.length) {
        var all = document.createElement("a");
        all.className = "bf-search__all";
        all.href = resultsUrl(q, opts, isOpen(q));
        all.textContent = "كل النتائج";
        self.meta.appendChild(document.createTextNode(" · "));
        self.meta.appendChild(all);
      }
      res.hits.forEach(function (h) { self.list.appendChild(item(h, res.words)); });
      self.shown = offset + res.hits.length;
      if (self.more) self.more.hidden = self.shown >= res.total;
      self.el.dataset.q = q;  // the query the view shows: what a script (or a test) can wait on
      self.el.dispatchEvent(new CustomEvent("bf-results", { detail: res }));
    });
  };
  View.prototype.changed = function () { if (this.onchange) this.onchange(); this.show(0); };
  View.prototype.move = function (step) {
    var items = this.list.querySelectorAll(".bf-search__item");
    if (!items.length) return;
    if (this.active >= 0 && items[this.active]) { items[this.active].classList.remove("bf-search__item--active"); items[this.active].removeAttribute("aria-selected"); }
    this.active = Math.max(-1, Math.min(items.length - 1, this.active + step));
    if (this.active >= 0) {
      var it = items[this.active];
      it.classList.add("bf-search__item--active");
      it.setAttribute("aria-selected", "true");
      it.scrollIntoView({ block: "nearest" });
    }
  };
  View.prototype.current = function () {
    var it = this.list.querySelectorAll(".bf-search__item")[this.active];
    return it ? it.querySelector("a") : null;
  };

  function keys(input, view, onEnter) {
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") { e.preventDefault(); view.move(e.key === "ArrowDown" ? 1 : -1); }
      if (e.key === "Enter") {
        e.preventDefault();
        var a = view.current();
        if (a) a.click(); else onEnter();
      }
    });
  }

  function ui() {
    var header = document.querySelector(".md-header__inner");
    if (!header) return;
    var box = document.createElement("div");
    box.className = "bf-search";
    box.innerHTML = '<input type="search" class="bf-search__input" placeholder="ابحث في الموجزات ( / )" aria-label="بحث" autocomplete="off">' +
      '<div class="bf-search__panel" hidden></div>';
    header.appendChild(box);
    var input = box.querySelector("input"), panel = box.querySelector(".bf-search__panel");
    var view = new View(panel, PANEL_SIZE, false);
    var timer = null, last = "";
    function run() {
      var q = input.value;
      if (q === last) return;
      last = q;
      if (!q.trim()) { panel.hidden = true; return; }
      panel.hidden = false;
      view.run(q);
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 80); });
    keys(input, view, function () { if (input.value.trim()) location.href = resultsUrl(input.value, view.opts, isOpen(input.value)); });
    input.addEventListener("keydown", function (e) { if (e.key === "Escape") { panel.hidden = true; input.blur(); } });
    document.addEventListener("click", function (e) { if (!box.contains(e.target)) panel.hidden = true; });
    // `/` anywhere but in a field puts the cursor in the search box
    document.addEventListener("keydown", function (e) {
      var t = e.target, tag = t && t.tagName;
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (t && t.isContentEditable)) return;
      e.preventDefault();
      input.focus();
      input.select();
    });
    var results = document.getElementById("bf-results");
    if (results) page(results, input);
  }

  // The results page (search.html?q=…&outlet=…&month=…&kind=…): a search
  // that can be linked.
  function page(el, headerInput) {
    var params = new URLSearchParams(location.search);
    var form = document.createElement("input");
    form.type = "search";
    form.className = "bf-search__input bf-search__input--page";
    form.setAttribute("aria-label", "بحث");
    form.placeholder = "ابحث في الموجزات";
    form.value = params.get("q") || "";
    var out = document.createElement("div");
    out.className = "bf-search__page";
    el.appendChild(form); el.appendChild(out);
    var view = new View(out, PAGE_SIZE, true);
    ["outlet", "month", "kind"].forEach(function (k) { if (params.get(k)) view.opts[k] = params.get(k); });
    var title = document.title;
    // the address holds the query as the view ran it (whole words, or the
    // last one's beginning too), so that reloading it shows the same
    function sync() {
      var q = form.value.trim() ? view.q || "" : "";
      try { history.replaceState(null, "", "?" + resultsUrl(q, view.opts, isOpen(q)).split("?")[1]); } catch (e) { /* kept as it was */ }
      document.title = q.trim() ? q.trim() + " · " + title : title;
    }
    view.onchange = sync;
    var timer = null;
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { if (form.value.trim()) view.run(form.value); sync(); }, 80);
    });
    keys(form, view, function () {});
    if (headerInput) headerInput.value = form.value;
    // a linked query is whole words, unless its last word was being typed
    if (form.value.trim()) view.run(form.value.trim() + (params.get("prefix") === "1" ? "" : " "));
    else out.querySelector(".bf-search__meta").textContent = "اكتب كلمة للبحث";
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ui); else ui();
})();
