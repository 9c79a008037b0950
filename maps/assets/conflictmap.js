/* conflictmap map runtime (MIT, part of conflictmap). Needs Leaflet 1.9.
 * Shape markers (canvas and SVG), GeoJSON layers styled from one style table, bilingual search,
 * DOM controls, and a registry (window.cm) that tests and users can inspect.
 * All popup/tooltip HTML arrives pre-escaped from Python, either as a string or as a list of
 * fragments (ints index the shared table cm.T, strings are used as they are) that cm.html()
 * concatenates; this file never builds HTML from data except through cm.esc().
 */
(function () {
  "use strict";
  var cm = window.cm = window.cm || {};
  cm.S = cm.S || {};          // style key -> Leaflet path options (+ shape)
  cm.layers = cm.layers || {}; // layer id -> L.Layer
  cm.timelines = cm.timelines || [];
  cm.index = cm.index || [];   // search entries
  cm.data = cm.data || {};
  cm.pending = cm.pending || []; // [layer, group] indexed on the first search (fast page load)
  cm.T = cm.T || [];           // shared HTML fragments (see cm.html)

  cm.esc = function (s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  };

  cm.styles = function (table) { for (var k in table) { cm.S[k] = table[k]; } };
  cm.strs = function (table) { cm.T = table; };

  /** Pre-escaped HTML of a feature property: a string, or fragments joined (ints -> cm.T). */
  cm.html = function (v) {
    if (v == null || typeof v === "string") { return v; }
    var out = "";
    for (var i = 0; i < v.length; i++) { out += typeof v[i] === "number" ? cm.T[v[i]] : v[i]; }
    return out;
  };

  function shapePoints(shape, x, y, r) {
    var i, pts = [], rr;
    switch (shape) {
      case "square": return [[x - r, y - r], [x + r, y - r], [x + r, y + r], [x - r, y + r]];
      case "triangle": return [[x, y - 1.25 * r], [x + 1.15 * r, y + 0.85 * r], [x - 1.15 * r, y + 0.85 * r]];
      case "triangle-down": return [[x, y + 1.25 * r], [x + 1.15 * r, y - 0.85 * r], [x - 1.15 * r, y - 0.85 * r]];
      case "diamond": return [[x, y - 1.35 * r], [x + r, y], [x, y + 1.35 * r], [x - r, y]];
      case "star":
        for (i = 0; i < 10; i++) {
          rr = i % 2 === 0 ? 1.4 * r : 0.6 * r;
          pts.push([x + rr * Math.sin(i * Math.PI / 5), y - rr * Math.cos(i * Math.PI / 5)]);
        }
        return pts;
      case "cross":
        var a = 0.35 * r, b = 1.1 * r;
        return [[x - a, y - b], [x + a, y - b], [x + a, y - a], [x + b, y - a], [x + b, y + a], [x + a, y + a],
                [x + a, y + b], [x - a, y + b], [x - a, y + a], [x - b, y + a], [x - b, y - a], [x - a, y - a]];
      case "hexagon":
        for (i = 0; i < 6; i++) {
          pts.push([x + 1.15 * r * Math.cos(Math.PI / 6 + i * Math.PI / 3), y + 1.15 * r * Math.sin(Math.PI / 6 + i * Math.PI / 3)]);
        }
        return pts;
      default: return null;  // circle, ring
    }
  }
  cm.shapePoints = shapePoints;

  L.Canvas.include({
    _updateShape: function (layer) {
      if (!this._drawing || layer._empty()) { return; }
      var p = layer._point, r = Math.max(Math.round(layer._radius), 1);
      var pts = shapePoints(layer.options.shape, p.x, p.y, r);
      if (!pts) { return this._updateCircle(layer); }
      var ctx = this._ctx;
      ctx.beginPath();
      for (var i = 0; i < pts.length; i++) { if (i) { ctx.lineTo(pts[i][0], pts[i][1]); } else { ctx.moveTo(pts[i][0], pts[i][1]); } }
      ctx.closePath();
      this._fillStroke(ctx, layer);
    }
  });
  L.SVG.include({
    _updateShape: function (layer) {
      var p = layer._point, r = Math.max(Math.round(layer._radius), 1);
      var pts = shapePoints(layer.options.shape, p.x, p.y, r);
      if (!pts) { return this._updateCircle(layer); }
      var d = "M" + pts.map(function (q) { return q[0].toFixed(1) + "," + q[1].toFixed(1); }).join("L") + "z";
      this._setPath(layer, d);
    }
  });
  L.ShapeMarker = L.CircleMarker.extend({
    options: {shape: "circle"},
    _updatePath: function () { this._renderer._updateShape(this); }
  });
  L.shapeMarker = function (ll, options) { return new L.ShapeMarker(ll, options); };

  function styleOf(feature) {
    var st = cm.S[(feature.properties || {}).s] || {};
    return st;
  }
  cm.style = styleOf;

  cm.pointToLayer = function (feature, latlng) {
    var st = styleOf(feature), p = feature.properties || {};
    if (p.m) { return L.circle(latlng, L.extend({}, st, {radius: p.m})); }
    if (st.label_only) {
      return L.circleMarker(latlng, L.extend({}, st, {radius: st.radius || 2}));
    }
    return L.shapeMarker(latlng, L.extend({}, st, p.r ? {radius: p.r} : {}));
  };

  cm.bindFeature = function (feature, layer) {
    var p = feature.properties || {};
    if (p.p) { layer.bindPopup(function () { return cm.html(p.p); }, POPUP); }
    if (p.l) {
      layer.bindTooltip(cm.html(p.l), {permanent: true, direction: p.ld || "center", className: "cm-label " + (p.lc || ""), interactive: false});
    } else if (p.t) {
      layer.bindTooltip(cm.html(p.t), {sticky: true, direction: "top", className: "cm-tip"});
    }
  };

  var POPUP = {maxWidth: 380, minWidth: 220, className: "cm-popup"};

  /** Open the popup of one feature layer (bound lazily, on first use). */
  cm.openFeature = function (sub, latlng) {
    var p = (sub.feature || {}).properties || {};
    if (!p.p) { return false; }
    if (!sub.getPopup()) { sub.bindPopup(cm.html(p.p), POPUP); }
    sub.openPopup(latlng);
    return true;
  };

  function lazyEvents(group) {
    // one handler per layer group instead of one popup/tooltip object per feature
    group.on("click", function (e) {
      if (e.layer && !e.layer.getPopup()) { cm.openFeature(e.layer, e.latlng); }
    });
    group.on("mouseover", function (e) {
      var sub = e.layer, p = ((sub && sub.feature) || {}).properties || {};
      if (p.t && !p.l && !sub.getTooltip()) {
        sub.bindTooltip(cm.html(p.t), {sticky: true, direction: "top", className: "cm-tip"});
        sub.openTooltip(e.latlng);
      }
    });
  }

  function bindLabel(feature, layer) {
    var p = feature.properties || {};
    if (p.l) {
      layer.bindTooltip(cm.html(p.l), {permanent: true, direction: p.ld || "center", className: "cm-label " + (p.lc || ""), interactive: false});
    }
  }

  /** A GeoJSON layer drawn from the global style table; registered as cm.layers[id]. */
  cm.layer = function (id, data, opts) {
    opts = opts || {};
    var options = {pointToLayer: cm.pointToLayer, style: styleOf, onEachFeature: bindLabel};
    if (opts.canvas) { options.renderer = L.canvas({padding: 0.5}); }
    if (opts.pane) { options.pane = opts.pane; }
    var layer = L.geoJSON(data, options);
    lazyEvents(layer);
    layer.cmId = id;
    cm.layers[id] = layer;
    if (opts.search) { cm.pending.push([layer, opts.search]); }
    return layer;
  };

  cm.tiles = function (id, url, options) {
    var layer = L.tileLayer(url, options || {});
    layer.cmId = id;
    cm.layers[id] = layer;
    return layer;
  };

  cm.group = function (id, members) {
    var g = L.layerGroup(members);
    g.cmId = id;
    cm.layers[id] = g;
    return g;
  };

  // ---------- search (Arabic or English) ----------
  cm.norm = function (s) {
    s = String(s || "");
    if (s.normalize) { s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }
    s = s.toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
      .replace(/[\u0623\u0625\u0622\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647")
      .replace(/\u0624/g, "\u0648").replace(/\u0626/g, "\u064A")
      .replace(/[\u2018\u2019'`\u02BF\u02BE\u2011-]/g, "")
      .replace(/\s+/g, " ").trim();
    return s;
  };
  function stripArticle(s) {
    return s.replace(/(^| )\u0627\u0644/g, "$1").replace(/(^| )(al|el|as|ad|ar|ash|az|an|at) ?/g, "$1");
  }

  cm.addToIndex = function (layer, group) {
    layer.eachLayer(function (sub) {
      var p = (sub.feature || {}).properties || {};
      if (!p.n && !p.na) { return; }
      var key = cm.norm((p.n || "") + " " + (p.na || ""));
      cm.index.push({n: p.n || "", na: p.na || "", key: key, key2: stripArticle(key), group: group,
                     owner: layer, layer: sub});
    });
  };

  // data layers first, then reference layers
  cm.searchPriority = {"claim": 0, "timeline-claims": 0, "control": 1, "timeline-control": 1, "place": 2,
                       "area": 3, "zone": 4, "town": 5, "governorate": 6};

  cm.search = function (query, limit) {
    while (cm.pending.length) { var item = cm.pending.shift(); cm.addToIndex(item[0], item[1]); }
    var q = cm.norm(query), q2 = stripArticle(q), hits = [], seen = {};
    if (!q) { return hits; }
    for (var i = 0; i < cm.index.length; i++) {
      var e = cm.index[i];
      if (e.key.indexOf(q) >= 0 || (q2 && e.key2.indexOf(q2) >= 0)) {
        var sig = e.n + "|" + e.na + "|" + e.group;
        if (!seen[sig]) { seen[sig] = 1; hits.push([cm.searchPriority[e.group] === undefined ? 9 : cm.searchPriority[e.group], i, e]); }
      }
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return hits.slice(0, limit || 12).map(function (h) { return h[2]; });
  };

  cm.reveal = function (map, entry) {
    if (!map.hasLayer(entry.owner)) { map.addLayer(entry.owner); }
    var ll = entry.layer.getLatLng ? entry.layer.getLatLng() : entry.layer.getBounds().getCenter();
    map.setView(ll, Math.max(map.getZoom(), 10), {animate: false});
    cm.openFeature(entry.layer, ll);
  };

  L.Control.CmSearch = L.Control.extend({
    options: {position: "topleft"},
    onAdd: function (map) {
      var box = L.DomUtil.create("div", "leaflet-bar cm-search");
      var input = L.DomUtil.create("input", "", box);
      input.type = "search";
      input.setAttribute("aria-label", "Search places by Arabic or English name");
      input.placeholder = "Search place \u00b7 \u0627\u0628\u062d\u062b \u0639\u0646 \u0645\u0643\u0627\u0646";
      input.setAttribute("dir", "auto");
      var list = L.DomUtil.create("ul", "cm-results", box);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      function pick(entry) { list.innerHTML = ""; cm.reveal(map, entry); }
      function refresh() {
        var hits = cm.search(input.value, 12);
        list.innerHTML = "";
        hits.forEach(function (e) {
          var li = L.DomUtil.create("li", "", list);
          li.innerHTML = cm.esc(e.n) + (e.na ? ' <span class="cm-ar" dir="rtl" lang="ar">' + cm.esc(e.na) + "</span>" : "") +
            ' <small>' + cm.esc(e.group) + "</small>";
          L.DomEvent.on(li, "click", function () { pick(e); });
        });
        return hits;
      }
      L.DomEvent.on(input, "input", refresh);
      L.DomEvent.on(input, "keydown", function (ev) {
        if (ev.key === "Enter") { var hits = refresh(); if (hits.length) { pick(hits[0]); } }
      });
      this.input = input;
      return box;
    }
  });

  /** Move a pre-rendered DOM element (legend, title, article list) into a Leaflet control. */
  cm.domControl = function (map, elementId, position) {
    var Ctl = L.Control.extend({
      onAdd: function () {
        var el = document.getElementById(elementId);
        el.style.display = "";
        L.DomEvent.disableClickPropagation(el);
        L.DomEvent.disableScrollPropagation(el);
        return el;
      }
    });
    return new Ctl({position: position}).addTo(map);
  };

  /** Show small-town labels only when zoomed in. */
  cm.zoomClasses = function (map) {
    function update() {
      var z = map.getZoom(), c = map.getContainer();
      L.DomUtil[z < 8 ? "addClass" : "removeClass"](c, "cm-zoom-low");
    }
    map.on("zoomend", update);
    update();
  };

  cm.fmtDate = function (ms) { return new Date(ms).toISOString().slice(0, 10); };

  cm.init = function (map) { cm.map = map; cm.zoomClasses(map); };
})();
